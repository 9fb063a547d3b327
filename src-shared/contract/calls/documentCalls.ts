import { z } from 'zod';
import { defineCall, needs } from '../defineCall';
import { Id, IsoDateTime } from '../schemas';

export const Bytes = z.instanceof(Uint8Array, { message: '应为文件内容（字节）' });
export const VolumeSchema = z.enum(['main', 'internal']);
export type Volume = z.infer<typeof VolumeSchema>;
export const CategorySchema = z.string().trim().min(1, '请选择类别').max(40);

export const DocumentSchema = z.object({
  id: Id,
  caseId: Id,
  title: z.string(),
  category: z.string(),
  categorySource: z.enum(['auto', 'user', 'scan']),
  /** 0..1 for automatic classification; null when a person chose. */
  confidence: z.number().nullable(),
  volume: VolumeSchema,
  position: z.number().int(),
  pageCount: z.number().int(),
  /** Volume page number of the first page (continuous per volume); null for unnumbered items (封面, 目录…). */
  firstPage: z.number().int().nullable(),
  /** Pages that have no text even after OCR. */
  pagesWithoutText: z.number().int(),
  ocrPages: z.number().int(),
  sizeBytes: z.number().int(),
  mediaType: z.string(),
  originalName: z.string().nullable(),
  createdAt: IsoDateTime,
  version: z.number().int(),
});
export type DossierDocument = z.infer<typeof DocumentSchema>;

export const ImportOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), name: z.string(), documentId: Id, pageCount: z.number().int(), category: z.string(), duplicateOf: Id.nullable() }),
  z.object({ ok: z.literal(false), name: z.string(), code: z.string(), message: z.string() }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

export const documentsList = defineCall({
  name: 'documents.list',
  summary: '案件卷宗材料（按卷、按目录顺序）',
  access: needs('dossier.read'),
  input: z.strictObject({ caseId: Id }),
  output: z.object({ items: z.array(DocumentSchema) }),
  errors: ['NOT_FOUND'],
  example: { caseId: '01900000-0000-7000-8000-000000000000' },
  writes: false,
});

export const documentsImport = defineCall({
  name: 'documents.import',
  summary: '向案件导入材料（PDF、JPEG、PNG），提取文字或识别（OCR），自动编目',
  access: needs('dossier.write'),
  input: z.strictObject({
    caseId: Id,
    /** Chosen by the client so it can match the progress events of this batch. */
    batchId: z.string().min(1).max(64),
    files: z.array(z.strictObject({ name: z.string().min(1).max(255), bytes: Bytes })).min(1, '请选择文件').max(200),
    /** When given, every file goes to this category instead of being classified. */
    category: CategorySchema.optional(),
    password: z.string().max(256).optional(),
  }),
  output: z.object({ outcomes: z.array(ImportOutcomeSchema) }),
  errors: ['NOT_FOUND'],
  example: { caseId: '01900000-0000-7000-8000-000000000000', batchId: 'b1', files: [{ name: 'a.pdf', bytes: new Uint8Array([1]) }] },
  writes: true,
});

export const documentsContent = defineCall({
  name: 'documents.content',
  summary: '材料原件（原始字节，从不修改）；图片材料可取其 PDF 版本',
  access: needs('dossier.read'),
  input: z.strictObject({ id: Id, rendition: z.boolean().default(false) }),
  output: Bytes,
  errors: ['NOT_FOUND'],
  example: { id: '01900000-0000-7000-8000-000000000000' },
  writes: false,
});

export const documentsPageText = defineCall({
  name: 'documents.pageText',
  summary: '某页的文字（PDF 文字层或 OCR 结果）',
  access: needs('dossier.read'),
  input: z.strictObject({ id: Id, pageIndex: z.number().int().min(0) }),
  output: z.object({ text: z.string(), source: z.enum(['pdf', 'ocr', 'none']) }),
  errors: ['NOT_FOUND'],
  example: { id: '01900000-0000-7000-8000-000000000000', pageIndex: 0 },
  writes: false,
});

export const documentsSetCategory = defineCall({
  name: 'documents.setCategory',
  summary: '更正材料类别或所在卷（人工更正会被记住）',
  access: needs('dossier.write'),
  input: z.strictObject({ id: Id, category: CategorySchema, title: z.string().trim().min(1).max(100).optional(), baseVersion: z.number().int().min(1) }),
  output: DocumentSchema,
  errors: ['NOT_FOUND', 'CONFLICT'],
  example: { id: '01900000-0000-7000-8000-000000000000', category: '答辩状', baseVersion: 1 },
  writes: true,
});

export const documentsReorder = defineCall({
  name: 'documents.reorder',
  summary: '调整卷内材料顺序（拖动目录）',
  access: needs('dossier.write'),
  input: z.strictObject({ caseId: Id, volume: VolumeSchema, orderedIds: z.array(Id).min(1).max(5000) }),
  output: z.object({ items: z.array(DocumentSchema) }),
  errors: ['NOT_FOUND'],
  example: { caseId: '01900000-0000-7000-8000-000000000000', volume: 'main', orderedIds: ['01900000-0000-7000-8000-000000000000'] },
  writes: true,
});
