import { z } from 'zod';
import { FAILURE_REASONS, SERVED_DOCUMENT_KINDS, SERVICE_METHODS, SERVICE_STATES } from '../../domain/serviceCodes';
import { defineCall, needs } from '../defineCall';
import { Id, IsoDate, IsoDateTime } from '../schemas';
import { DueLevelSchema } from './dueInfoSchema';

const EXAMPLE_ID = '01900000-0000-7000-8000-000000000000';

export const ServiceAttemptSchema = z.object({
  id: Id,
  at: IsoDateTime,
  result: z.enum(['success', 'failure']),
  reason: z.enum(FAILURE_REASONS).nullable(),
  note: z.string(),
  recordedBy: z.string(),
});

export const ServiceRecordSchema = z.object({
  id: Id,
  caseId: Id,
  caseNumber: z.string(),
  documentKind: z.enum(SERVED_DOCUMENT_KINDS),
  documentTitle: z.string(),
  documentId: Id.nullable(),
  partyId: Id,
  partyName: z.string(),
  partyRole: z.string(),
  method: z.enum(SERVICE_METHODS),
  address: z.string(),
  emsNumber: z.string().nullable(),
  state: z.enum(SERVICE_STATES),
  servedOn: IsoDate.nullable(),
  /** 公告: the publication day; the service counts from the computed deemed day. */
  announcementPublishedOn: IsoDate.nullable(),
  /** The day service takes effect: the served day, or for 公告 the deemed day (30 days after publication). */
  effectiveServedOn: IsoDate.nullable(),
  proofDocumentId: Id.nullable(),
  proofTitle: z.string().nullable(),
  dueOn: IsoDate,
  /** For records not yet served: how near the target day is. */
  dueLevel: DueLevelSchema.nullable(),
  dueDaysLeft: z.number().int(),
  /** Failed, and no other record for the same paper and person is pending or served: choose another method. */
  needsOtherMethod: z.boolean(),
  assignee: z.object({ id: Id, name: z.string() }).nullable(),
  attempts: z.array(ServiceAttemptSchema),
  version: z.number().int(),
});
export type ServiceRecord = z.infer<typeof ServiceRecordSchema>;

export const ServiceQueueSchema = z.enum(['due', 'failed', 'mine', 'all']);

export const serviceList = defineCall({
  name: 'service.list',
  summary: '送达记录：某案全部，或集约中心的待送达、送达失败（需换方式）、本人队列',
  access: needs('case.read'),
  input: z.union([
    z.strictObject({ caseId: Id }),
    z.strictObject({ queue: ServiceQueueSchema, assigneeId: Id.optional(), limit: z.number().int().min(1).max(1000).default(300) }),
  ]),
  output: z.object({
    items: z.array(ServiceRecordSchema),
    /** Each centre staff member's open records (pending or failed without another method). */
    staff: z.array(z.object({ id: Id, name: z.string(), open: z.number().int() })),
  }),
  errors: ['NOT_FOUND'],
  example: { queue: 'due' },
  writes: false,
});

export const serviceCreate = defineCall({
  name: 'service.create',
  summary: '新建送达记录（一份文书、一名受送达人、一种送达方式）',
  access: needs('service.write'),
  input: z
    .strictObject({
      caseId: Id,
      partyId: Id,
      documentKind: z.enum(SERVED_DOCUMENT_KINDS),
      documentTitle: z.string().trim().max(100).optional(),
      documentId: Id.optional(),
      method: z.enum(SERVICE_METHODS),
      address: z.string().trim().max(300).default(''),
      emsNumber: z.string().trim().regex(/^[A-Za-z0-9]{8,30}$/, 'EMS 单号应为 8–30 位字母或数字').optional(),
      assigneeId: Id.optional(),
    })
    .refine((s) => s.method !== 'postal' || !!s.emsNumber, { message: '邮寄送达须填写 EMS 单号', path: ['emsNumber'] })
    .refine((s) => s.method === 'announcement' || s.address !== '', { message: '请填写送达地址或联系方式', path: ['address'] }),
  output: ServiceRecordSchema,
  errors: ['NOT_FOUND'],
  example: { caseId: EXAMPLE_ID, partyId: EXAMPLE_ID, documentKind: 'complaint', method: 'postal', address: '江苏省南京市玄武区中山路1号', emsNumber: 'EA123456789CN' },
  writes: true,
});

export const serviceRecordAttempt = defineCall({
  name: 'service.recordAttempt',
  summary: '登记一次送达结果（成功，或失败及原因）；公告送达登记公告刊登日',
  access: needs('service.write'),
  input: z
    .strictObject({
      serviceId: Id,
      on: IsoDate,
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm').default('09:00'),
      result: z.enum(['success', 'failure']),
      reason: z.enum(FAILURE_REASONS).optional(),
      note: z.string().trim().max(500).default(''),
      baseVersion: z.number().int().min(1),
    })
    .refine((a) => (a.result === 'failure') === (a.reason !== undefined), { message: '送达失败须选择原因；成功时不填原因', path: ['reason'] }),
  output: ServiceRecordSchema,
  errors: ['NOT_FOUND', 'CONFLICT'],
  example: { serviceId: EXAMPLE_ID, on: '2026-03-02', result: 'failure', reason: 'no_such_person', baseVersion: 1 },
  writes: true,
});

export const serviceLinkProof = defineCall({
  name: 'service.linkProof',
  summary: '将已导入电子卷宗的送达回证或电子送达回执关联到送达记录',
  access: needs('service.write'),
  input: z.strictObject({ serviceId: Id, documentId: Id, baseVersion: z.number().int().min(1) }),
  output: ServiceRecordSchema,
  errors: ['NOT_FOUND', 'CONFLICT'],
  example: { serviceId: EXAMPLE_ID, documentId: EXAMPLE_ID, baseVersion: 2 },
  writes: true,
});
