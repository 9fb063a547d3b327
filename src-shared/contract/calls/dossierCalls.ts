import { z } from 'zod';
import { defineCall, needs } from '../defineCall';
import { Id } from '../schemas';
import { Bytes, CategorySchema, VolumeSchema } from './documentCalls';

export const CategoryDefSchema = z.object({
  name: z.string(),
  volume: VolumeSchema,
  numbered: z.boolean(),
});

export const dossierCategories = defineCall({
  name: 'dossier.categories',
  summary: '卷宗目录类别（正卷、副卷，按案件类型与顺序）',
  access: needs('dossier.read'),
  input: z.strictObject({ caseId: Id }),
  output: z.object({ categories: z.array(CategoryDefSchema) }),
  errors: ['NOT_FOUND'],
  example: { caseId: '01900000-0000-7000-8000-000000000000' },
  writes: false,
});

export const CheckItemSchema = z.object({
  kind: z.enum(['missing_item', 'missing_service_proof', 'unsigned_record', 'page_without_text', 'out_of_order', 'wrong_volume']),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  documentId: Id.nullable(),
  category: z.string().nullable(),
  pageIndex: z.number().int().nullable(),
});
export type CheckItem = z.infer<typeof CheckItemSchema>;

export const dossierCheck = defineCall({
  name: 'dossier.check',
  summary: '卷宗完整性检查（按案件所处阶段）',
  access: needs('dossier.read'),
  input: z.strictObject({ caseId: Id }),
  output: z.object({ complete: z.boolean(), stage: z.string(), items: z.array(CheckItemSchema) }),
  errors: ['NOT_FOUND'],
  example: { caseId: '01900000-0000-7000-8000-000000000000' },
  writes: false,
});

export const dossierExportVolume = defineCall({
  name: 'dossier.exportVolume',
  summary: '导出整卷 PDF（封面、卷内目录、材料、页码、书签、备考表）',
  access: needs('dossier.read'),
  input: z.strictObject({ caseId: Id, volume: VolumeSchema }),
  output: Bytes,
  errors: ['NOT_FOUND'],
  example: { caseId: '01900000-0000-7000-8000-000000000000', volume: 'main' },
  writes: false,
});

export const dossierCoverSheet = defineCall({
  name: 'dossier.coverSheet',
  summary: '打印扫描封面页（二维码含案号与类别，扫描后自动归入）',
  access: needs('dossier.write'),
  input: z.strictObject({ caseId: Id, category: CategorySchema }),
  output: Bytes,
  errors: ['NOT_FOUND'],
  example: { caseId: '01900000-0000-7000-8000-000000000000', category: '证据材料' },
  writes: false,
});
