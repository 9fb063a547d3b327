import { z } from 'zod';
import { PRESERVATION_KINDS } from '../../domain/serviceCodes';
import { defineCall, needs } from '../defineCall';
import { Id, IsoDate } from '../schemas';
import { DueLevelSchema } from './dueInfoSchema';

const EXAMPLE_ID = '01900000-0000-7000-8000-000000000000';

export const PreservationMeasureSchema = z.object({
  id: Id,
  description: z.string(),
  startedOn: IsoDate,
  expiresOn: IsoDate,
  daysLeft: z.number().int(),
  level: DueLevelSchema,
});

export const PreservationSchema = z.object({
  id: Id,
  caseId: Id,
  caseNumber: z.string(),
  kind: z.enum(PRESERVATION_KINDS),
  applicant: z.string(),
  respondent: z.string(),
  amount: z.number().nullable(),
  guarantee: z.string(),
  rulingOn: IsoDate.nullable(),
  state: z.enum(['active', 'lifted']),
  measures: z.array(PreservationMeasureSchema),
  /** The earliest expiry among the measures of an active preservation (null when lifted or without measures). */
  nextExpiry: PreservationMeasureSchema.nullable(),
  version: z.number().int(),
});
export type Preservation = z.infer<typeof PreservationSchema>;

export const preservationsList = defineCall({
  name: 'preservations.list',
  summary: '保全记录：某案全部，或全院在保全（按最近到期排序，附到期预警）',
  access: needs('case.read'),
  input: z.union([z.strictObject({ caseId: Id }), z.strictObject({ active: z.literal(true) })]),
  output: z.object({ items: z.array(PreservationSchema) }),
  errors: ['NOT_FOUND'],
  example: { active: true },
  writes: false,
});

const MeasureInput = z
  .strictObject({ description: z.string().trim().min(1, '请填写保全措施').max(200), startedOn: IsoDate, expiresOn: IsoDate })
  .refine((m) => m.expiresOn >= m.startedOn, { message: '到期日不能早于起始日', path: ['expiresOn'] });

export const preservationsCreate = defineCall({
  name: 'preservations.create',
  summary: '登记保全（财产、证据、行为保全）：申请人、被申请人、金额、担保、裁定日期与各项措施的期限',
  access: needs('preservation.write'),
  input: z.strictObject({
    caseId: Id,
    kind: z.enum(PRESERVATION_KINDS),
    applicant: z.string().trim().min(1, '请填写申请人').max(100),
    respondent: z.string().trim().min(1, '请填写被申请人').max(100),
    amount: z.number().min(0).max(1e12).nullable().default(null),
    guarantee: z.string().trim().max(200).default(''),
    rulingOn: IsoDate.nullable().default(null),
    measures: z.array(MeasureInput).max(50).default([]),
  }),
  output: PreservationSchema,
  errors: ['NOT_FOUND'],
  example: {
    caseId: EXAMPLE_ID, kind: 'property', applicant: '张三', respondent: '李四', amount: 100000, guarantee: '保险公司保函',
    rulingOn: '2026-03-01', measures: [{ description: '冻结被申请人银行存款 100000 元', startedOn: '2026-03-02', expiresOn: '2027-03-01' }],
  },
  writes: true,
});

export const preservationsLift = defineCall({
  name: 'preservations.lift',
  summary: '解除保全',
  access: needs('preservation.write'),
  input: z.strictObject({ id: Id, baseVersion: z.number().int().min(1) }),
  output: PreservationSchema,
  errors: ['NOT_FOUND', 'CONFLICT'],
  example: { id: EXAMPLE_ID, baseVersion: 1 },
  writes: true,
});
