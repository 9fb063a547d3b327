import type { Handler } from '../../services/callContext';
import { readSettings } from '../../services/settingsStore';
import { APP_VERSION } from '../../app/appContext';

export const status: Handler<'system.status'> = (_input, ctx) => {
  const db = ctx.app.db;
  const court = db.prepare('SELECT name, code FROM courts ORDER BY rowid LIMIT 1').get() as
    | { name: string; code: string }
    | undefined;
  const hasUsers = db.prepare('SELECT 1 FROM users LIMIT 1').get() !== undefined;
  return {
    initialized: hasUsers,
    court: court ?? null,
    appVersion: APP_VERSION,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
  };
};

export const settingsGet: Handler<'settings.get'> = (_input, ctx) => readSettings(ctx.app.db);

export const settingsUpdate: Handler<'settings.update'> = (input, ctx) => {
  ctx.write(null, (tx) => {
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) tx.update('setting', key, { value: String(value) });
    }
  });
  return readSettings(ctx.app.db);
};
