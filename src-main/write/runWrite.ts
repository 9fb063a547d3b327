import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../src-shared/util/canonicalJson';
import { checkpointWhenIdle } from '../db/checkpointWhenIdle';
import { cachedStatement } from '../db/statementCache';
import { appendAudit, sha256 } from './auditChain';
import { ENTITIES } from './entities';
import { noteWrite } from './writeGeneration';
import { WriteTx } from './writeTx';

/** Who is acting, as the audit log records it. */
export interface Actor {
  userId: string | null;
  userName: string;
  role: string;
  /** The door the call came through: web, ipc, cli. */
  via: string;
}

export interface WriteMeta {
  actor: Actor;
  call: string;
  caseId: string | null;
  now: Date;
}

/**
 * The one write path: in ONE SQLite transaction, run the handler's changes, append the hash-chained audit
 * entry and enqueue the outbox row for sync. If anything throws, nothing of it remains.
 */
export function runWrite<T>(db: Database, meta: WriteMeta, work: (tx: WriteTx) => T): T {
  const result = writeTransaction(db).immediate(meta, work) as T;
  checkpointWhenIdle(db);
  return result;
}

type WriteBody = (meta: WriteMeta, work: (tx: WriteTx) => unknown) => unknown;
const transactions = new WeakMap<Database, ReturnType<typeof transactionOf>>();

/** One transaction function per connection: db.transaction() builds its wrappers anew on every call. */
function writeTransaction(db: Database): ReturnType<typeof transactionOf> {
  let t = transactions.get(db);
  if (!t) transactions.set(db, (t = transactionOf(db)));
  return t;
}

const transactionOf = (db: Database) => db.transaction<WriteBody>((meta, work) => {
  const tx = new WriteTx(db);
  const result = work(tx);
  if (tx.changes.length === 0) return result;
  noteWrite(db);
  const at = meta.now.toISOString();
  appendAudit(db, {
    at,
    user_id: meta.actor.userId,
    user_name: meta.actor.userName,
    role: meta.actor.role,
    via: meta.actor.via,
    call: meta.call,
    case_id: meta.caseId,
    digest: sha256(canonicalJson(tx.changes)),
  });
  const synced = tx.changes.filter((c) => ENTITIES[c.entity].synced);
  if (synced.length > 0) {
    cachedStatement(db, 'INSERT INTO outbox (call, changes, created_at) VALUES (?, ?, ?)').run(meta.call, JSON.stringify(synced), at);
  }
  return result;
});
