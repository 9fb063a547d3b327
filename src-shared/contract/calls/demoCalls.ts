import { z } from 'zod';
import { defineCall } from '../defineCall';
import { Empty } from '../schemas';

export const demoSeed = defineCall({
  name: 'demo.seed',
  summary: '载入演示数据（演示法院、各角色用户、约30件各阶段案件及其卷宗材料）',
  access: { kind: 'bootstrap', permission: 'demo.seed' },
  input: Empty,
  output: z.object({ cases: z.number().int(), documents: z.number().int(), users: z.array(z.object({ userName: z.string(), displayName: z.string(), role: z.string(), password: z.string() })) }),
  errors: ['ALREADY_INITIALIZED'],
  example: {},
  writes: true,
});
