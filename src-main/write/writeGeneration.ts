import type { Database } from 'better-sqlite3';

const localWrites = new WeakMap<Database, number>();

/** Called by the write path for every transaction that changes rows. */
export function noteWrite(db: Database): void {
  localWrites.set(db, (localWrites.get(db) ?? 0) + 1);
}

/**
 * A value that changes whenever the data may have changed: a write through this connection's write path, or a
 * commit by another connection or process (SQLite's data_version). Caches of derived data key on it.
 */
export function writeGeneration(db: Database): string {
  return `${localWrites.get(db) ?? 0}:${db.pragma('data_version', { simple: true }) as number}`;
}
