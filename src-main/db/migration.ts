import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Brings the database to the newest schema. Each migration runs in its own transaction together with
 * the `user_version` bump, so a failed migration leaves the database at the previous version.
 * Landed migrations are never edited: add a new one.
 */
export function migrate(db: Database, migrations: readonly Migration[], target = Infinity): number {
  let current = db.pragma('user_version', { simple: true }) as number;
  const newest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > newest) {
    throw new Error(`数据库版本 (${current}) 高于本程序支持的版本 (${newest})，请升级办案台。`);
  }
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current || m.version > target) continue;
    if (m.version !== current + 1) throw new Error(`migration ${m.version} does not follow ${current}`);
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
    current = m.version;
  }
  return current;
}
