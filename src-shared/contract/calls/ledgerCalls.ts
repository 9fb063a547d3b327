import { z } from 'zod';
import { defineCall, needs, sessionAccess } from '../defineCall';
import { Id, IsoDate, IsoDateTime, ProcedureSchema, StageSchema } from '../schemas';
import { Bytes } from './documentCalls';
import { DueInfoSchema, DueLevelSchema } from './dueInfoSchema';
import { ServiceRecordSchema } from './serviceCalls';

const EXAMPLE_ID = '01900000-0000-7000-8000-000000000000';

export const LEDGER_SORT_FIELDS = ['caseNumber', 'filedOn', 'daysLeft', 'stage', 'cause'] as const;
export const LEDGER_SERVICE_STATUSES = ['none', 'pending', 'partial', 'served', 'failed'] as const;
export type LedgerServiceStatus = (typeof LEDGER_SERVICE_STATUSES)[number];

/** What a ledger view is: its filters and its sort (a saved view stores exactly this). */
export const LedgerFilterSchema = z.strictObject({
  query: z.string().trim().max(100).optional(),
  stage: StageSchema.optional(),
  procedure: ProcedureSchema.optional(),
  judgeId: Id.optional(),
  /** Cases whose next deadline is at this level; 'none' = no open deadline. */
  level: z.enum(['overdue', 'today', 'soon', 'ok', 'none']).optional(),
  serviceStatus: z.enum(LEDGER_SERVICE_STATUSES).optional(),
  preservation: z.boolean().optional(),
  /** Closed and archived cases are left out unless asked for. */
  includeClosed: z.boolean().default(false),
  sort: z.strictObject({ field: z.enum(LEDGER_SORT_FIELDS), order: z.enum(['asc', 'desc']) }).default({ field: 'daysLeft', order: 'asc' }),
});
export type LedgerFilter = z.output<typeof LedgerFilterSchema>;
export type LedgerFilterInput = z.input<typeof LedgerFilterSchema>;

export const LedgerRowSchema = z.object({
  id: Id,
  caseNumber: z.string(),
  cause: z.string(),
  plaintiffs: z.array(z.string()),
  defendants: z.array(z.string()),
  stage: StageSchema,
  procedure: ProcedureSchema,
  team: z.object({ id: Id, name: z.string() }).nullable(),
  judge: z.object({ id: Id, name: z.string() }).nullable(),
  filedOn: IsoDate,
  nextDeadline: DueInfoSchema.nullable(),
  /** Open deadlines of the case (the next one first). */
  openDeadlines: z.number().int(),
  service: z.object({ status: z.enum(LEDGER_SERVICE_STATUSES), served: z.number().int(), total: z.number().int(), failed: z.number().int() }),
  preservation: z.object({ active: z.number().int(), nextExpiry: IsoDate.nullable(), level: DueLevelSchema.nullable() }).nullable(),
  /** The e-dossier check for the rows of this page (null: not checked on this page). */
  dossier: z.object({ complete: z.boolean(), errors: z.number().int(), warnings: z.number().int() }).nullable(),
  /** Years a deadline of this case spans that the calendar has no holiday data for: the dates may shift. */
  unknownYears: z.array(z.number().int()),
  version: z.number().int(),
});
export type LedgerRow = z.infer<typeof LedgerRowSchema>;

export const ledgerList = defineCall({
  name: 'ledger.list',
  summary: '案件台账：本人可见的案件及其下一期限、剩余天数、送达、保全、卷宗完整性（可筛选、排序）',
  access: needs('case.read'),
  input: LedgerFilterSchema.extend({
    limit: z.number().int().min(1).max(500).default(50),
    offset: z.number().int().min(0).default(0),
  }),
  output: z.object({
    total: z.number().int(),
    today: IsoDate,
    /** Cases per level of their next deadline, over the whole filtered set. */
    levels: z.object({ overdue: z.number().int(), today: z.number().int(), soon: z.number().int(), ok: z.number().int(), none: z.number().int() }),
    items: z.array(LedgerRowSchema),
    judges: z.array(z.object({ id: Id, name: z.string() })),
  }),
  errors: [],
  example: { level: 'overdue', sort: { field: 'daysLeft', order: 'asc' } },
  writes: false,
});

export const ledgerExportXlsx = defineCall({
  name: 'ledger.exportXlsx',
  summary: '按当前筛选与排序导出台账（.xlsx，中文表头）',
  access: needs('case.read'),
  input: LedgerFilterSchema,
  output: Bytes,
  errors: [],
  example: { stage: 'service' },
  writes: false,
});

export const LedgerViewSchema = z.object({ id: Id, name: z.string(), filter: LedgerFilterSchema, updatedAt: IsoDateTime, version: z.number().int() });

export const ledgerViews = defineCall({
  name: 'ledger.views',
  summary: '本人保存的台账视图',
  access: sessionAccess,
  input: z.strictObject({}),
  output: z.object({ items: z.array(LedgerViewSchema) }),
  errors: [],
  example: {},
  writes: false,
});

export const ledgerSaveView = defineCall({
  name: 'ledger.saveView',
  summary: '保存台账视图（同名视图覆盖）',
  access: needs('case.read'),
  input: z.strictObject({ name: z.string().trim().min(1, '请填写视图名称').max(40), filter: LedgerFilterSchema }),
  output: LedgerViewSchema,
  errors: [],
  example: { name: '本周到期', filter: { level: 'soon' } },
  writes: true,
});

export const ledgerDeleteView = defineCall({
  name: 'ledger.deleteView',
  summary: '删除本人保存的台账视图',
  access: needs('case.read'),
  input: z.strictObject({ id: Id, baseVersion: z.number().int().min(1) }),
  output: z.object({ id: Id }),
  errors: ['NOT_FOUND', 'CONFLICT'],
  example: { id: EXAMPLE_ID, baseVersion: 1 },
  writes: true,
});

export const TrialLimitChangeSchema = z.object({
  id: Id,
  kind: z.enum(['extension', 'deduction']),
  months: z.number().int(),
  days: z.number().int(),
  fromOn: IsoDate.nullable(),
  toOn: IsoDate.nullable(),
  reason: z.string(),
  approver: z.string(),
  approvedOn: IsoDate,
});

export const ledgerCaseDeadlines = defineCall({
  name: 'ledger.caseDeadlines',
  summary: '一件案件的全部计算期限（审限、答辩期、举证期、上诉期…）、送达情况与审限变更',
  access: needs('case.read'),
  input: z.strictObject({ caseId: Id }),
  output: z.object({
    today: IsoDate,
    deadlines: z.array(DueInfoSchema),
    service: z.array(ServiceRecordSchema),
    trialLimitChanges: z.array(TrialLimitChangeSchema),
  }),
  errors: ['NOT_FOUND'],
  example: { caseId: EXAMPLE_ID },
  writes: false,
});

export const trialLimitsRecord = defineCall({
  name: 'trialLimits.record',
  summary: '登记经批准的审限延长或应扣除的期间（公告、鉴定、管辖异议、中止等）',
  access: needs('triallimit.write'),
  input: z
    .strictObject({
      caseId: Id,
      kind: z.enum(['extension', 'deduction']),
      months: z.number().int().min(0).max(24).default(0),
      days: z.number().int().min(0).max(730).default(0),
      fromOn: IsoDate.optional(),
      toOn: IsoDate.optional(),
      reason: z.string().trim().min(1, '请填写事由').max(300),
      approver: z.string().trim().min(1, '请填写批准人').max(50),
      approvedOn: IsoDate,
    })
    .refine((c) => c.kind !== 'extension' || c.months + c.days > 0, { message: '请填写延长的月数或天数', path: ['months'] })
    .refine((c) => c.kind !== 'deduction' || (!!c.fromOn && !!c.toOn && c.toOn >= c.fromOn), { message: '扣除期间须有起止日期，且止日不早于起日', path: ['toOn'] }),
  output: TrialLimitChangeSchema,
  errors: ['NOT_FOUND'],
  example: { caseId: EXAMPLE_ID, kind: 'extension', months: 6, reason: '案情复杂', approver: '院长 赵国强', approvedOn: '2026-05-01' },
  writes: true,
});
