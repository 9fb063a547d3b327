import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from './migration';
import { MIGRATIONS } from './migrations';
import { indexTokens } from '../../src-shared/search/searchTokens';

export type { Database };

/**
 * Opens (creating if needed) the app database: WAL for concurrent readers, synchronous=FULL so a committed
 * transaction survives a power cut, foreign keys enforced, then migrated to the newest schema.
 */
export function openDatabase(file: string, options: { migrateTo?: number } = {}): Database {
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -32768'); // 32 MiB of page cache: search and long lists stay in memory
    registerFunctions(db);
    migrate(db, MIGRATIONS, options.migrateTo);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/** SQL functions our schema relies on; they must exist on every connection (the search triggers call them). */
export function registerFunctions(db: Database): void {
  db.function('cd_search_tokens', { deterministic: true }, (text) => indexTokens(String(text ?? '')));
}
