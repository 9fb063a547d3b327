import { z } from 'zod';
import { defineCall, publicAccess, needs } from '../defineCall';
import { Empty, UserSchema } from '../schemas';
import { PasswordSchema, UserNameSchema } from './userCalls';

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
  /** The scanner's output folder watched for new PDFs and images (扫描目录); null = not watched. */
  scanFolder: z.string().trim().min(1, '请输入扫描目录').max(1000).nullable(),
  /** Import limits per file: size in bytes, pages, and seconds to read it (text extraction). */
  importMaxBytes: z.number().int().min(1024 * 1024, '单个文件上限不应小于 1 MB').max(2 * 1024 ** 3, '单个文件上限不应超过 2 GB'),
  importMaxPages: z.number().int().min(1).max(100_000),
  importTimeoutSeconds: z.number().int().min(1).max(3600),
  /** 'official': this device is the court's numbering device and issues official case numbers; 'provisional': it issues 临 numbers the sync hub replaces. */
  caseNumbering: z.enum(['official', 'provisional']),
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

export const systemSetup = defineCall({
  name: 'system.setup',
  summary: '初始化数据目录：登记本院并创建第一个系统管理员（仅限空数据目录）',
  access: { kind: 'bootstrap', permission: 'user.manage' },
  input: z.strictObject({
    courtName: z.string().trim().min(4, '请输入法院全称').max(64).regex(/人民法院$/, '法院名称应以“人民法院”结尾'),
    courtCode: z.string().trim().regex(/^[\u4e00-\u9fa5]\d{2,4}$/, '法院代字形如“苏0105”'),
    adminUserName: UserNameSchema,
    adminDisplayName: z.string().trim().min(1, '请输入姓名').max(32),
    adminPassword: PasswordSchema,
  }),
  output: z.object({ court: z.object({ name: z.string(), code: z.string() }), admin: UserSchema }),
  errors: ['ALREADY_INITIALIZED'],
  example: { courtName: '测试区人民法院', courtCode: '苏0198', adminUserName: 'itadmin', adminDisplayName: '信息中心', adminPassword: 'setup-2026' },
  writes: true,
});
