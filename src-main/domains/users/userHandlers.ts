import { CallFailure } from '../../../src-shared/contract/errors';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { Handler } from '../../services/callContext';
import { hashPassword, verifyPassword } from '../auth/passwordHash';
import { findUserById, findUserByName, toUser, type UserRow } from '../auth/userRows';

const listItem = (row: UserRow & { team_name: string | null }) => ({ ...toUser(row), disabled: row.disabled === 1, teamName: row.team_name });

const USER_WITH_TEAM = 'SELECT u.*, t.name AS team_name FROM users u LEFT JOIN teams t ON t.id = u.team_id';

export const list: Handler<'users.list'> = (_input, ctx) => {
  const db = ctx.app.db;
  const rows = db.prepare(`${USER_WITH_TEAM} ORDER BY u.role, u.user_name`).all() as (UserRow & { team_name: string | null })[];
  const teams = db.prepare('SELECT id, name FROM teams ORDER BY name').all() as { id: string; name: string }[];
  return { items: rows.map(listItem), teams };
};

export const create: Handler<'users.create'> = (input, ctx) => {
  const db = ctx.app.db;
  if (findUserByName(db, input.userName)) throw new CallFailure('CONFLICT', `用户名“${input.userName}”已被使用`);
  if (input.teamId && !db.prepare('SELECT 1 FROM teams WHERE id = ?').get(input.teamId)) throw new CallFailure('NOT_FOUND', '审判团队不存在');
  const court = db.prepare('SELECT id FROM courts ORDER BY rowid LIMIT 1').get() as { id: string };
  const id = uuidv7();
  ctx.write(null, (tx) =>
    tx.insert('user', id, {
      court_id: court.id,
      team_id: input.teamId,
      user_name: input.userName,
      display_name: input.displayName,
      role: input.role,
      password_hash: hashPassword(input.password),
      created_at: ctx.app.now().toISOString(),
    }),
  );
  return toUser(findUserById(db, id)!);
};

export const setDisabled: Handler<'users.setDisabled'> = ({ id, disabled }, ctx) => {
  const db = ctx.app.db;
  const row = findUserById(db, id);
  if (!row) throw new CallFailure('NOT_FOUND', '用户不存在');
  if (disabled && id === ctx.actor?.userId) throw new CallFailure('VALIDATION', '不能停用自己的账号');
  if (disabled && row.role === 'admin') {
    const admins = db.prepare(`SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled = 0`).get() as { n: number };
    if (admins.n <= 1) throw new CallFailure('VALIDATION', '至少保留一个可用的系统管理员');
  }
  ctx.write(null, (tx) => tx.update('user', id, { disabled: disabled ? 1 : 0 }));
  if (disabled) ctx.app.sessions.endUser(id);
  return listItem(db.prepare(`${USER_WITH_TEAM} WHERE u.id = ?`).get(id) as UserRow & { team_name: string | null });
};

export const resetPassword: Handler<'users.resetPassword'> = ({ id, password }, ctx) => {
  if (!findUserById(ctx.app.db, id)) throw new CallFailure('NOT_FOUND', '用户不存在');
  ctx.write(null, (tx) => tx.update('user', id, { password_hash: hashPassword(password) }));
  return {};
};

export const changePassword: Handler<'auth.changePassword'> = ({ currentPassword, newPassword }, ctx) => {
  const row = ctx.actor?.userId ? findUserById(ctx.app.db, ctx.actor.userId) : undefined;
  if (!row || !verifyPassword(currentPassword, row.password_hash)) throw new CallFailure('BAD_CREDENTIALS', '当前密码错误');
  ctx.write(null, (tx) => tx.update('user', row.id, { password_hash: hashPassword(newPassword) }));
  return {};
};
