import { z } from 'zod';
import { defineCall, publicAccess, sessionAccess } from '../defineCall';
import { Empty, UserSchema } from '../schemas';

export const authLogin = defineCall({
  name: 'auth.login',
  summary: '用户名密码登录',
  access: publicAccess,
  input: z.strictObject({
    userName: z.string().trim().min(1, '请输入用户名').max(64),
    password: z.string().min(1, '请输入密码').max(256),
  }),
  output: z.object({ sessionId: z.string(), user: UserSchema, idleLockMinutes: z.number() }),
  errors: ['BAD_CREDENTIALS', 'ACCOUNT_DISABLED'],
  example: { userName: 'clerk', password: 'wrong-password' },
  writes: true,
});

export const authLogout = defineCall({
  name: 'auth.logout',
  summary: '退出登录',
  access: sessionAccess,
  input: Empty,
  output: Empty,
  errors: [],
  example: {},
  writes: true,
});

export const authUnlock = defineCall({
  name: 'auth.unlock',
  summary: '空闲锁定后输入密码解锁',
  access: sessionAccess,
  input: z.strictObject({ password: z.string().min(1, '请输入密码').max(256) }),
  output: Empty,
  errors: ['BAD_CREDENTIALS'],
  example: { password: 'wrong-password' },
  writes: false,
});

export const authMe = defineCall({
  name: 'auth.me',
  summary: '当前登录用户',
  access: sessionAccess,
  input: Empty,
  output: UserSchema,
  errors: [],
  example: {},
  writes: false,
});
