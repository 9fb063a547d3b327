import type { Database, Statement } from 'better-sqlite3';

const caches = new WeakMap<Database, Map<string, Statement>>();
/** A guard, not a tuning knob: the hot paths use a few dozen distinct statements per connection. */
const MAX_STATEMENTS = 500;

/**
 * The statement for `sql`, prepared once per connection. Preparing costs about as much as running a small
 * statement, and the write path runs several per call. Callers must not switch a cached statement's mode
 * (raw, pluck, expand) or iterate it: others share it.
 */
export function cachedStatement(db: Database, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    if (cache.size >= MAX_STATEMENTS) cache.clear();
    stmt = db.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}
