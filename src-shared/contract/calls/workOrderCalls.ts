import { z } from 'zod';
import { WORK_ORDER_KINDS, WORK_ORDER_SIDES, WORK_ORDER_STATES } from '../../domain/serviceCodes';
import { defineCall, needs } from '../defineCall';
import { Id, IsoDate, IsoDateTime } from '../schemas';
import { DueLevelSchema } from './dueInfoSchema';

const EXAMPLE_ID = '01900000-0000-7000-8000-000000000000';

export const WorkOrderSchema = z.object({
  id: Id,
  caseId: Id,
  caseNumber: z.string(),
  kind: z.enum(WORK_ORDER_KINDS),
  note: z.string(),
  fromSide: z.enum(WORK_ORDER_SIDES),
  team: z.object({ id: Id, name: z.string() }).nullable(),
  state: z.enum(WORK_ORDER_STATES),
  dueOn: IsoDate,
  daysLeft: z.number().int(),
  level: DueLevelSchema,
  assignee: z.object({ id: Id, name: z.string() }).nullable(),
  createdBy: z.string(),
  createdAt: IsoDateTime,
  acceptedAt: IsoDateTime.nullable(),
  completedAt: IsoDateTime.nullable(),
  resultNote: z.string(),
  /** Whether the caller is on the receiving side and may accept or complete it. */
  mine: z.boolean(),
  version: z.number().int(),
});
export type WorkOrder = z.infer<typeof WorkOrderSchema>;

export const workOrdersList = defineCall({
  name: 'workOrders.list',
  summary: '工单：本方收到的（待办）、本方发出的，或某案全部',
  access: needs('case.read'),
  input: z.union([
    z.strictObject({ caseId: Id }),
    z.strictObject({ box: z.enum(['incoming', 'outgoing']), includeCompleted: z.boolean().default(false) }),
  ]),
  output: z.object({ items: z.array(WorkOrderSchema) }),
  errors: ['NOT_FOUND'],
  example: { box: 'incoming' },
  writes: false,
});

export const workOrdersCreate = defineCall({
  name: 'workOrders.create',
  summary: '发起工单（审判团队与集约中心之间：补充送达、扫描补录、保全执行…）',
  access: needs('workorder.write'),
  input: z.strictObject({
    caseId: Id,
    kind: z.enum(WORK_ORDER_KINDS),
    note: z.string().trim().max(500).default(''),
    dueOn: IsoDate,
  }),
  output: WorkOrderSchema,
  errors: ['NOT_FOUND'],
  example: { caseId: EXAMPLE_ID, kind: 'scan_backfill', note: '补扫庭审笔录签字页', dueOn: '2026-03-10' },
  writes: true,
});

export const workOrdersAccept = defineCall({
  name: 'workOrders.accept',
  summary: '接收工单（接收方）',
  access: needs('workorder.write'),
  input: z.strictObject({ id: Id, baseVersion: z.number().int().min(1) }),
  output: WorkOrderSchema,
  errors: ['NOT_FOUND', 'CONFLICT', 'FORBIDDEN'],
  example: { id: EXAMPLE_ID, baseVersion: 1 },
  writes: true,
});

export const workOrdersComplete = defineCall({
  name: 'workOrders.complete',
  summary: '办结工单（接收方，写明办理结果）',
  access: needs('workorder.write'),
  input: z.strictObject({ id: Id, resultNote: z.string().trim().max(500).default(''), baseVersion: z.number().int().min(1) }),
  output: WorkOrderSchema,
  errors: ['NOT_FOUND', 'CONFLICT', 'FORBIDDEN'],
  example: { id: EXAMPLE_ID, resultNote: '已补扫并归档', baseVersion: 2 },
  writes: true,
});
