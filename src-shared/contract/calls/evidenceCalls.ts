import { z } from 'zod';
import { defineCall, needs } from '../defineCall';
import { Id } from '../schemas';
import { Bytes } from './documentCalls';

/** 认可 / 不认可 / 部分认可 — one answer for each of 真实性, 合法性, 关联性. */
export const OPINION_VALUES = ['accept', 'reject', 'partial'] as const;
export const OpinionValueSchema = z.enum(OPINION_VALUES);
export type OpinionValue = z.infer<typeof OpinionValueSchema>;

export const EVIDENCE_LIMITS = { name: 200, purpose: 2000, reason: 2000, changesPerCall: 100 } as const;

export const EvidenceOpinionSchema = z.object({
  id: Id,
  partyId: Id,
  partyName: z.string(),
  partyRole: z.string(),
  hearingId: Id.nullable(),
  authenticity: OpinionValueSchema.nullable(),
  legality: OpinionValueSchema.nullable(),
  relevance: OpinionValueSchema.nullable(),
  reason: z.string(),
  transcriptEntryId: Id.nullable(),
  version: z.number().int(),
});
export type EvidenceOpinion = z.infer<typeof EvidenceOpinionSchema>;

export const EvidenceItemSchema = z.object({
  id: Id,
  partyId: Id.nullable(),
  number: z.number().int(),
  /** 证据一, 证据二 … */
  label: z.string(),
  name: z.string(),
  purpose: z.string(),
  documentId: Id.nullable(),
  documentTitle: z.string().nullable(),
  /** 0-based page indexes of the document, inclusive. */
  pageFrom: z.number().int().nullable(),
  pageTo: z.number().int().nullable(),
  version: z.number().int(),
  opinions: z.array(EvidenceOpinionSchema),
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

const PartyRef = z.object({ id: Id, name: z.string(), role: z.string() });

export const evidenceList = defineCall({
  name: 'evidence.list',
  summary: '案件的证据目录：按提交方分组，每项证据的页码、证明目的及其他各方的质证意见',
  access: needs('case.read'),
  input: z.strictObject({ caseId: Id }),
  output: z.object({
    parties: z.array(PartyRef),
    /** One group per submitting party (party null: evidence the court collected), in party order. */
    groups: z.array(z.object({ party: PartyRef.nullable(), items: z.array(EvidenceItemSchema) })),
    hearings: z.array(z.object({ id: Id, startsAt: z.string(), courtroom: z.string(), state: z.string() })),
  }),
  errors: ['NOT_FOUND'],
  example: { caseId: '01900000-0000-7000-8000-000000000000' },
  writes: false,
});

const EvidenceItemInputSchema = z
  .strictObject({
    id: Id,
    partyId: Id.nullable(),
    /** Omitted: the next number in the submitting party's list. */
    number: z.number().int().min(1).max(9999).optional(),
    name: z.string().trim().min(1, '请填写证据名称').max(EVIDENCE_LIMITS.name, `证据名称最长 ${EVIDENCE_LIMITS.name} 字`),
    purpose: z.string().trim().max(EVIDENCE_LIMITS.purpose, `证明目的最长 ${EVIDENCE_LIMITS.purpose} 字`).default(''),
    documentId: Id.nullable().default(null),
    pageFrom: z.number().int().min(0).nullable().default(null),
    pageTo: z.number().int().min(0).nullable().default(null),
    baseVersion: z.number().int().min(0),
  })
  .refine((i) => (i.pageFrom === null) === (i.pageTo === null) && (i.pageFrom === null || i.documentId !== null), {
    message: '页码范围须同时填写起止页，并选择所在材料',
    path: ['pageFrom'],
  })
  .refine((i) => i.pageFrom === null || i.pageTo === null || i.pageFrom <= i.pageTo, { message: '起始页不能晚于结束页', path: ['pageTo'] });

export const EvidenceChangeSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('upsert'), item: EvidenceItemInputSchema }),
  z.strictObject({ op: z.literal('delete'), id: Id, baseVersion: z.number().int().min(1) }),
]);
export type EvidenceChange = z.output<typeof EvidenceChangeSchema>;

const EXAMPLE_ID = '01900000-0000-7000-8000-000000000000';

export const evidenceSave = defineCall({
  name: 'evidence.save',
  summary: '新增、修改或删除证据目录中的证据（一次写入，全部成功或全部不变）',
  access: needs('evidence.write'),
  input: z.strictObject({
    caseId: Id,
    changes: z.array(EvidenceChangeSchema).min(1, '没有要保存的证据').max(EVIDENCE_LIMITS.changesPerCall),
  }),
  output: z.object({ saved: z.array(z.object({ id: Id, number: z.number().int(), version: z.number().int() })) }),
  errors: ['NOT_FOUND', 'CONFLICT'],
  example: { caseId: EXAMPLE_ID, changes: [{ op: 'upsert', item: { id: EXAMPLE_ID, partyId: null, name: '借条', baseVersion: 0 } }] },
  writes: true,
});

export const evidenceRecordOpinion = defineCall({
  name: 'evidence.recordOpinion',
  summary: '记录一方对一项证据的质证意见（真实性、合法性、关联性），同时写入庭审笔录',
  access: needs('evidence.write'),
  input: z.strictObject({
    evidenceItemId: Id,
    partyId: Id,
    hearingId: Id,
    authenticity: OpinionValueSchema,
    legality: OpinionValueSchema,
    relevance: OpinionValueSchema,
    reason: z.string().trim().max(EVIDENCE_LIMITS.reason, `理由最长 ${EVIDENCE_LIMITS.reason} 字`).default(''),
    /** 0 for a new opinion; the opinion's version to change it. */
    baseVersion: z.number().int().min(0),
  }),
  output: z.object({ id: Id, version: z.number().int(), transcriptEntryId: Id, text: z.string() }),
  errors: ['NOT_FOUND', 'CONFLICT', 'LOCKED'],
  example: {
    evidenceItemId: EXAMPLE_ID, partyId: EXAMPLE_ID, hearingId: EXAMPLE_ID,
    authenticity: 'accept', legality: 'accept', relevance: 'reject', reason: '与本案无关', baseVersion: 0,
  },
  writes: true,
});

export const evidenceExportTable = defineCall({
  name: 'evidence.exportTable',
  summary: '导出证据清单及质证意见（PDF 或 Word .docx）',
  access: needs('case.read'),
  input: z.strictObject({ caseId: Id, format: z.enum(['pdf', 'docx']) }),
  output: Bytes,
  errors: ['NOT_FOUND'],
  example: { caseId: EXAMPLE_ID, format: 'pdf' },
  writes: false,
});
