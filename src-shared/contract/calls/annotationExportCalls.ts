import { z } from 'zod';
import { ANNOTATION_LAYERS } from '../../annotations/annotation';
import { defineCall, needs } from '../defineCall';
import { Id } from '../schemas';
import { Bytes } from './documentCalls';

const EXAMPLE_ID = '01900000-0000-7000-8000-000000000000';

export const annotationsExportPdf = defineCall({
  name: 'annotations.exportPdf',
  summary: '导出带批注的材料 PDF（标准 PDF 批注对象，或拼合为页面内容）；原件不变',
  access: needs('dossier.read'),
  input: z.strictObject({
    documentId: Id,
    flatten: z.boolean().default(false),
    /** Which of the caller's visible annotations go in, by layer; all by default. */
    layers: z.array(z.enum(ANNOTATION_LAYERS)).min(1).default([...ANNOTATION_LAYERS]),
  }),
  output: Bytes,
  errors: ['NOT_FOUND'],
  example: { documentId: EXAMPLE_ID },
  writes: false,
});

export const annotationsReadingNotes = defineCall({
  name: 'annotations.readingNotes',
  summary: '生成阅卷笔录（按材料分组的批注、页码、摘录与评论），PDF 或 Word（.docx）',
  access: needs('dossier.read'),
  input: z.strictObject({
    caseId: Id,
    format: z.enum(['pdf', 'docx']).default('pdf'),
    /** Only the caller's own annotations (the usual 阅卷笔录), or everything the caller may see. */
    onlyMine: z.boolean().default(true),
  }),
  output: Bytes,
  errors: ['NOT_FOUND'],
  example: { caseId: EXAMPLE_ID, format: 'docx' },
  writes: false,
});
