import type { Database } from 'better-sqlite3';

/** Commits between checkpoints made off the callers' path: a one-annotation save writes ~12 WAL pages. */
export const COMMITS_PER_IDLE_CHECKPOINT = 64;

const commitsSince = new WeakMap<Database, number>();
const pending = new WeakSet<Database>();

/**
 * Called after every committed write. Every COMMITS_PER_IDLE_CHECKPOINT commits, copies the WAL into the database
 * file in a task of its own (setImmediate), after the caller has its answer, instead of inside the commit that
 * happens to fill the WAL (wal_autocheckpoint: ~4.5 ms on that one save, the saves' p99). Calls reach the main
 * process as separate events, so the checkpoint runs between them. PASSIVE never waits for readers; the
 * autocheckpoint in openDatabase stays as the net for a loop that never yields and for large transactions.
 * Durability does not depend on it: each commit has already fsynced the WAL.
 */
export function checkpointWhenIdle(db: Database): void {
  const commits = (commitsSince.get(db) ?? 0) + 1;
  commitsSince.set(db, commits);
  if (commits < COMMITS_PER_IDLE_CHECKPOINT || pending.has(db)) return;
  pending.add(db);
  setImmediate(() => {
    pending.delete(db);
    commitsSince.set(db, 0);
    if (!db.open || db.inTransaction) return;
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Busy or out of disk: the WAL keeps the data and the next checkpoint tries again.
    }
  });
}
