import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src-main/db/migrations';
import { migrate } from '../../../src-main/db/migration';
import BetterSqlite3 from 'better-sqlite3';
import { registerFunctions } from '../../../src-main/db/openDatabase';

describe('migrations', () => {
  it('each migration has its own test file and versions run 1..n without gaps', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      const name = `m${String(m.version).padStart(4, '0')}${m.name[0]!.toUpperCase()}${m.name.slice(1)}`;
      expect(existsSync(join(__dirname, `${name}.test.ts`)), `${name}.test.ts`).toBe(true);
    });
  });

  it('a failing migration leaves the database at the previous version', () => {
    const db = new BetterSqlite3(':memory:');
    registerFunctions(db);
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'broken', sql: 'CREATE TABLE ok_so_far (x); SELECT * FROM no_such_table;' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'ok_so_far'`).get()).toBeUndefined();
    db.close();
  });
});
