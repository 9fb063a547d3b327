import { z } from 'zod';
import { defineCall, needs } from '../defineCall';
import { Id } from '../schemas';
import { OcrLineSchema } from '../../reader/ocrLines';

export const documentsPageLines = defineCall({
  name: 'documents.pageLines',
  summary: '扫描页的文字识别结果及每行的位置（阅读器据此在图像上铺不可见的文字层，供查找、选择、复制和高亮）',
  access: needs('dossier.read'),
  input: z.strictObject({ id: Id, pageIndex: z.number().int().min(0) }),
  output: z.object({
    /** Page size as displayed at scale 1 (points): the frame of every box. */
    width: z.number(),
    height: z.number(),
    /**
     * Empty for a page with a PDF text layer, a blank page or one not yet read by OCR. A page read before line
     * boxes were kept is queued to be read again; a `data` event names it when its lines are written.
     */
    lines: z.array(OcrLineSchema),
    /** OCR has yet to read the page (queued or running): its lines come with a `data` event naming the page. */
    reading: z.boolean(),
  }),
  errors: ['NOT_FOUND'],
  example: { id: '01900000-0000-7000-8000-000000000000', pageIndex: 0 },
  writes: false,
});
