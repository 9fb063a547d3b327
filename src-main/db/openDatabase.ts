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
    // Checkpoints normally run between calls (checkpointWhenIdle, every 64 write commits). This one runs inside
    // the commit that fills the WAL to 4000 pages (~16 MiB): the net for large transactions and for loops that
    // never yield. At SQLite's default of 1000 a burst of one-annotation saves (~12 pages each) paid ~1.5 ms in
    // one save in ~80. Every commit still fsyncs the WAL.
    db.pragma('wal_autocheckpoint = 4000');
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
