import { z } from 'zod';
import { defineCall, needs } from '../defineCall';
import { Id, IsoDate } from '../schemas';
import { DueInfoSchema } from './dueInfoSchema';

/** A deadline of one of the user's cases that asks for attention: overdue, due today, or due within 7 days. */
export const NotificationSchema = DueInfoSchema.extend({ caseId: Id, caseNumber: z.string() });
export type Notification = z.infer<typeof NotificationSchema>;

export const notificationsList = defineCall({
  name: 'notifications.list',
  summary: '本人案件的期限预警：已超期、今日到期、7 日内到期',
  access: needs('case.read'),
  input: z.strictObject({ limit: z.number().int().min(1).max(500).default(100) }),
  output: z.object({
    today: IsoDate,
    counts: z.object({ overdue: z.number().int(), today: z.number().int(), soon: z.number().int() }),
    items: z.array(NotificationSchema),
  }),
  errors: [],
  example: {},
  writes: false,
});
