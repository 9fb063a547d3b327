import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { CallFailure } from '../../../src-shared/contract/errors';
import type { Handler } from '../../services/callContext';
import { readSettings, settingText } from '../../services/settingsStore';
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

/** Each given key is written through the write path; a key never stored before gets its row inserted. */
export const settingsUpdate: Handler<'settings.update'> = (input, ctx) => {
  const folder = input.scanFolder;
  if (folder && (!isAbsolute(folder) || !isDirectory(folder))) {
    throw new CallFailure('VALIDATION', `扫描目录不存在或不是文件夹：${folder}（请填写本机上的完整路径）`);
  }
  const exists = ctx.app.db.prepare('SELECT 1 FROM settings WHERE key = ?');
  ctx.write(null, (tx) => {
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue;
      if (exists.get(key)) tx.update('setting', key, { value: settingText(value) });
      else tx.insert('setting', key, { value: settingText(value) });
    }
  });
  return readSettings(ctx.app.db);
};

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
