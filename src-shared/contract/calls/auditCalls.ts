import { z } from 'zod';
import { defineCall, needs } from '../defineCall';
import { Empty, Id } from '../schemas';

export const AuditProblemSchema = z.object({
  seq: z.number().int(),
  kind: z.enum(['edited', 'missing', 'reordered', 'head_mismatch']),
  message: z.string(),
});

export const auditVerify = defineCall({
  name: 'audit.verify',
  summary: '校验审计日志哈希链（发现被修改、删除或调换顺序的记录）',
  access: needs('audit.read'),
  input: Empty,
  output: z.object({ intact: z.boolean(), entries: z.number().int(), problems: z.array(AuditProblemSchema) }),
  errors: [],
  example: {},
  writes: false,
});

export const AuditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  userName: z.string(),
  role: z.string(),
  via: z.string(),
  call: z.string(),
  caseId: Id.nullable(),
  digest: z.string(),
});

export const auditList = defineCall({
  name: 'audit.list',
  summary: '审计日志（谁在何时对哪个案件做了什么）',
  access: needs('audit.read'),
  input: z.strictObject({
    caseId: Id.optional(),
    limit: z.number().int().min(1).max(500).default(100),
    beforeSeq: z.number().int().min(1).optional(),
  }),
  output: z.object({ items: z.array(AuditEntrySchema) }),
  errors: [],
  example: { limit: 20 },
  writes: false,
});
