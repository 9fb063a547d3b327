import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../../src-main/db/openDatabase';

/** A real database file migrated up to `version`, for testing the step to the next one. */
export function databaseAt(version: number): { db: Database; file: string; reopen: (to?: number) => Database; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'court-desk-migration-'));
  const file = join(dir, 'test.sqlite');
  let db = openDatabase(file, { migrateTo: version });
  return {
    db,
    file,
    reopen(to?: number) {
      db.close();
      db = openDatabase(file, to === undefined ? {} : { migrateTo: to });
      return db;
    },
    dispose() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const columns = (db: Database, table: string): string[] =>
  (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
