import { z } from 'zod';
import { defineCall, needs } from '../defineCall';
import { CaseTypeSchema, Id, IsoDate, PartyRoleSchema, ProcedureSchema, StageSchema } from '../schemas';

export const CaseSummarySchema = z.object({
  id: Id,
  caseNumber: z.string(),
  caseType: CaseTypeSchema,
  cause: z.string(),
  procedure: ProcedureSchema,
  stage: StageSchema,
  judge: z.object({ id: Id, name: z.string() }).nullable(),
  filedOn: IsoDate,
  plaintiffs: z.array(z.string()),
  defendants: z.array(z.string()),
  version: z.number().int(),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const casesList = defineCall({
  name: 'cases.list',
  summary: '案件列表（可按案号、案由、当事人检索，按阶段、类型、承办法官筛选）',
  access: needs('case.read'),
  input: z.strictObject({
    query: z.string().trim().max(100).optional(),
    stage: StageSchema.optional(),
    caseType: CaseTypeSchema.optional(),
    procedure: ProcedureSchema.optional(),
    judgeId: Id.optional(),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  }),
  output: z.object({
    total: z.number().int(),
    items: z.array(CaseSummarySchema),
    judges: z.array(z.object({ id: Id, name: z.string() })),
  }),
  errors: [],
  example: { query: '民初', limit: 10 },
  writes: false,
});

export const PartySchema = z.object({
  id: Id,
  role: PartyRoleSchema,
  name: z.string(),
  kind: z.enum(['person', 'organization']),
  idNumber: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
});

export const CaseDetailSchema = CaseSummarySchema.extend({
  courtName: z.string(),
  claimAmount: z.number().nullable(),
  parties: z.array(PartySchema),
  events: z.array(z.object({ id: Id, stage: StageSchema, at: z.string(), note: z.string(), actorName: z.string() })),
  documents: z.array(z.object({ id: Id, title: z.string(), category: z.string(), pageCount: z.number().int(), sizeBytes: z.number().int() })),
});
export type CaseDetail = z.infer<typeof CaseDetailSchema>;

export const casesGet = defineCall({
  name: 'cases.get',
  summary: '案件详情（当事人、流程节点、卷宗材料）',
  access: needs('case.read'),
  input: z.strictObject({ id: Id }),
  output: CaseDetailSchema,
  errors: ['NOT_FOUND'],
  example: { id: '01900000-0000-7000-8000-000000000000' },
  writes: false,
});

export const casesAdvanceStage = defineCall({
  name: 'cases.advanceStage',
  summary: '推进案件流程节点（记录操作人与时间）',
  access: needs('case.write'),
  input: z.strictObject({
    id: Id,
    toStage: StageSchema,
    note: z.string().trim().max(500).default(''),
    /** The version the user saw; a different current version is a conflict, never a silent overwrite. */
    baseVersion: z.number().int().min(1),
  }),
  output: CaseSummarySchema,
  errors: ['NOT_FOUND', 'CONFLICT'],
  example: { id: '01900000-0000-7000-8000-000000000000', toStage: 'service', baseVersion: 1 },
  writes: true,
});
