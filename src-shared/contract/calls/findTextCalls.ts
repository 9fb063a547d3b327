import { z } from 'zod';
import { defineCall, needs } from '../defineCall';
import { Id } from '../schemas';
import { VolumeSchema } from './documentCalls';

/** Most hits one find returns: more than a reader steps through, few enough to send at once. */
export const FIND_HIT_CAP = 5000;

export const documentsFindText = defineCall({
  name: 'documents.findText',
  summary: '在一份材料或一卷中查找文字（阅卷时的“查找”）：每页命中次数，按目录顺序',
  access: needs('dossier.read'),
  input: z.strictObject({
    caseId: Id,
    volume: VolumeSchema,
    /** Only this document of the volume (the single-document reader). */
    documentId: Id.optional(),
    query: z.string().trim().min(1, '请输入要查找的文字').max(100, '查找的文字最长 100 个字'),
  }),
  output: z.object({
    /** Pages with at least one occurrence, in catalogue order, then page order. */
    pages: z.array(z.object({ documentId: Id, pageIndex: z.number().int(), count: z.number().int(), source: z.enum(['pdf', 'ocr', 'none']) })),
    /** All occurrences, up to FIND_HIT_CAP (a total at the cap means "that many or more"). */
    total: z.number().int(),
  }),
  errors: ['NOT_FOUND'],
  example: { caseId: '01900000-0000-7000-8000-000000000000', volume: 'main', query: '借款' },
  writes: false,
});
