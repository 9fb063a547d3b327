import { z } from 'zod';
import { ANNOTATION_LAYERS } from '../../annotations/annotation';
import { defineCall, needs } from '../defineCall';
import { Id } from '../schemas';
import { Bytes, VolumeSchema } from './documentCalls';

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

export const annotationsExportVolumePdf = defineCall({
  name: 'annotations.exportVolumePdf',
  summary: '导出带批注的整卷 PDF（与整卷导出相同的封面、目录、页码，批注放在各材料所在页；或拼合）；原件不变',
  access: needs('dossier.read'),
  input: z.strictObject({
    caseId: Id,
    volume: VolumeSchema,
    flatten: z.boolean().default(false),
    /** Which of the caller's visible annotations go in, by layer; all by default. */
    layers: z.array(z.enum(ANNOTATION_LAYERS)).min(1).default([...ANNOTATION_LAYERS]),
  }),
  output: Bytes,
  errors: ['NOT_FOUND', 'INTERNAL'],
  example: { caseId: EXAMPLE_ID, volume: 'main' },
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
