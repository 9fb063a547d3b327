import { CallFailure } from '../../../src-shared/contract/errors';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { Handler } from '../../services/callContext';
import { hashPassword } from '../auth/passwordHash';
import { findUserById, toUser } from '../auth/userRows';

/** First run of a real court: registers the court and its first administrator, in one write. */
export const setup: Handler<'system.setup'> = (input, ctx) => {
  const db = ctx.app.db;
  if (db.prepare('SELECT 1 FROM users LIMIT 1').get()) throw new CallFailure('ALREADY_INITIALIZED');
  const courtId = uuidv7();
  const adminId = uuidv7();
  ctx.write(
    null,
    (tx) => {
      tx.insert('court', courtId, { name: input.courtName, code: input.courtCode });
      tx.insert('user', adminId, {
        court_id: courtId,
        user_name: input.adminUserName,
        display_name: input.adminDisplayName,
        role: 'admin',
        password_hash: hashPassword(input.adminPassword),
        created_at: ctx.app.now().toISOString(),
      });
    },
    ctx.actor ?? { userId: null, userName: '初始化', role: 'admin', via: ctx.via },
  );
  return { court: { name: input.courtName, code: input.courtCode }, admin: toUser(findUserById(db, adminId)!) };
};
