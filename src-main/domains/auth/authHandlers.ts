import { CallFailure } from '../../../src-shared/contract/errors';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { Handler } from '../../services/callContext';
import { readSettings } from '../../services/settingsStore';
import { hashPassword, verifyPassword } from './passwordHash';
import { hashToken, newSessionToken } from './sessionStore';
import { findUserById, findUserByName, toUser } from './userRows';

// Verified against when the user does not exist, so a wrong name costs as long as a wrong password.
const DUMMY_HASH = hashPassword('court-desk-timing-equaliser');

export const login: Handler<'auth.login'> = ({ userName, password }, ctx) => {
  const row = findUserByName(ctx.app.db, userName);
  const good = verifyPassword(password, row?.password_hash ?? DUMMY_HASH) && row !== undefined;
  if (!good || !row) {
    ctx.app.logger.warn({ userName, via: ctx.via }, 'login refused');
    throw new CallFailure('BAD_CREDENTIALS');
  }
  if (row.disabled) throw new CallFailure('ACCOUNT_DISABLED');
  const token = newSessionToken();
  const rowId = uuidv7();
  const actor = { userId: row.id, userName: row.user_name, role: row.role, via: ctx.via };
  ctx.write(
    null,
    (tx) =>
      tx.insert('session', rowId, {
        token_hash: hashToken(token),
        user_id: row.id,
        via: ctx.via,
        started_at: ctx.app.now().toISOString(),
      }),
    actor,
  );
  ctx.app.sessions.add(token, {
    rowId,
    userId: row.id,
    userName: row.user_name,
    displayName: row.display_name,
    role: row.role,
    lastActivity: ctx.app.now().getTime(),
    locked: false,
  });
  return { sessionId: token, user: toUser(row), idleLockMinutes: readSettings(ctx.app.db).idleLockMinutes };
};

export const logout: Handler<'auth.logout'> = (_input, ctx) => {
  const { session, sessionToken } = ctx;
  if (session && sessionToken) {
    ctx.write(null, (tx) =>
      tx.update('session', session.rowId, { ended_at: ctx.app.now().toISOString(), end_reason: 'logout' }),
    );
    ctx.app.sessions.delete(sessionToken);
  }
  return {};
};

export const unlock: Handler<'auth.unlock'> = ({ password }, ctx) => {
  const session = ctx.session;
  const row = session ? findUserById(ctx.app.db, session.userId) : undefined;
  if (!session || !row || !verifyPassword(password, row.password_hash)) throw new CallFailure('BAD_CREDENTIALS', '密码错误');
  session.locked = false;
  session.lastActivity = ctx.app.now().getTime();
  return {};
};

export const me: Handler<'auth.me'> = (_input, ctx) => {
  const row = ctx.actor?.userId ? findUserById(ctx.app.db, ctx.actor.userId) : undefined;
  if (!row) throw new CallFailure('NOT_FOUND', '当前身份不是本院用户（本机管理员）');
  return toUser(row);
};
