import { z } from 'zod';
import { defineCall, needs, sessionAccess } from '../defineCall';
import { Empty, Id, RoleSchema, UserSchema } from '../schemas';

/** At least 8 characters with a letter and a digit: the floor for a laptop full of case files. */
export const PasswordSchema = z
  .string()
  .min(8, '密码至少 8 位')
  .max(128, '密码过长')
  .regex(/[A-Za-z]/, '密码须包含字母')
  .regex(/\d/, '密码须包含数字');

export const UserNameSchema = z
  .string()
  .trim()
  .min(2, '用户名至少 2 个字符')
  .max(32, '用户名过长')
  .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, '用户名以字母开头，只含字母、数字、下划线、点和短横线');

export const UserListItemSchema = UserSchema.extend({ disabled: z.boolean(), teamName: z.string().nullable() });

export const usersList = defineCall({
  name: 'users.list',
  summary: '本院用户列表',
  access: needs('user.manage'),
  input: Empty,
  output: z.object({ items: z.array(UserListItemSchema), teams: z.array(z.object({ id: Id, name: z.string() })) }),
  errors: [],
  example: {},
  writes: false,
});

export const usersCreate = defineCall({
  name: 'users.create',
  summary: '新增用户（指定角色与审判团队）',
  access: needs('user.manage'),
  input: z.strictObject({
    userName: UserNameSchema,
    displayName: z.string().trim().min(1, '请输入姓名').max(32),
    role: RoleSchema,
    teamId: Id.nullable().default(null),
    password: PasswordSchema,
  }),
  output: UserSchema,
  errors: ['CONFLICT', 'NOT_FOUND'],
  example: { userName: 'newclerk', displayName: '新书记员', role: 'clerk', password: 'initial-2026' },
  writes: true,
});

export const usersSetDisabled = defineCall({
  name: 'users.setDisabled',
  summary: '停用或启用用户（停用后不能登录，历史记录保留）',
  access: needs('user.manage'),
  input: z.strictObject({ id: Id, disabled: z.boolean() }),
  output: UserListItemSchema,
  errors: ['NOT_FOUND', 'VALIDATION'],
  example: { id: '01900000-0000-7000-8000-000000000000', disabled: true },
  writes: true,
});

export const usersResetPassword = defineCall({
  name: 'users.resetPassword',
  summary: '重置用户密码',
  access: needs('user.manage'),
  input: z.strictObject({ id: Id, password: PasswordSchema }),
  output: Empty,
  errors: ['NOT_FOUND'],
  example: { id: '01900000-0000-7000-8000-000000000000', password: 'reset-2026' },
  writes: true,
});

export const authChangePassword = defineCall({
  name: 'auth.changePassword',
  summary: '修改本人密码',
  access: sessionAccess,
  input: z.strictObject({ currentPassword: z.string().min(1, '请输入当前密码').max(128), newPassword: PasswordSchema }),
  output: Empty,
  errors: ['BAD_CREDENTIALS'],
  example: { currentPassword: 'wrong-password', newPassword: 'changed-2026' },
  writes: true,
});
