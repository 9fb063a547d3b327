import { z } from 'zod';
import { defineCall, publicAccess, needs } from '../defineCall';
import { Empty } from '../schemas';

export const systemStatus = defineCall({
  name: 'system.status',
  summary: '查询数据目录状态（是否已初始化、所属法院）',
  access: publicAccess,
  input: Empty,
  output: z.object({
    initialized: z.boolean(),
    court: z.object({ name: z.string(), code: z.string() }).nullable(),
    appVersion: z.string(),
    schemaVersion: z.number(),
  }),
  errors: [],
  example: {},
  writes: false,
});

export const SettingsSchema = z.strictObject({
  idleLockMinutes: z.number().int().min(1).max(240),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const settingsGet = defineCall({
  name: 'settings.get',
  summary: '读取本机设置',
  access: { kind: 'session' },
  input: Empty,
  output: SettingsSchema,
  errors: [],
  example: {},
  writes: false,
});

export const settingsUpdate = defineCall({
  name: 'settings.update',
  summary: '修改本机设置（如空闲锁定时间）',
  access: needs('settings.write'),
  input: SettingsSchema.partial(),
  output: SettingsSchema,
  errors: [],
  example: { idleLockMinutes: 15 },
  writes: true,
});
