import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../src-shared/util/canonicalJson';
import { cachedStatement } from '../db/statementCache';

export interface AuditEntry {
  seq: number;
  at: string;
  user_id: string | null;
  user_name: string;
  role: string;
  via: string;
  call: string;
  case_id: string | null;
  digest: string;
  prev_hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);
const HEAD_KEY = 'audit.head';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** hash = sha256(prev_hash + canonical entry): each entry seals everything before it. */
export function entryHash(entry: AuditEntry): string {
  return sha256(entry.prev_hash + canonicalJson(entry));
}

/** Appends one entry at the end of the chain. Call inside the write transaction. */
export function appendAudit(db: Database, entry: Omit<AuditEntry, 'seq' | 'prev_hash'>): AuditEntry {
  // The head is read from the table each time, not kept in memory: another process (the CLI) may append too.
  const last = cachedStatement(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const full: AuditEntry = { ...entry, seq: (last?.seq ?? 0) + 1, prev_hash: last?.hash ?? GENESIS_HASH };
  const hash = entryHash(full);
  cachedStatement(
    db,
    `INSERT INTO audit_log (seq, at, user_id, user_name, role, via, call, case_id, digest, prev_hash, hash)
     VALUES (@seq, @at, @user_id, @user_name, @role, @via, @call, @case_id, @digest, @prev_hash, @hash)`,
  ).run({ ...full, hash });
  // The head (count + last hash) lets verify notice entries cut from the end of the chain.
  cachedStatement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    HEAD_KEY,
    JSON.stringify({ seq: full.seq, hash }),
  );
  return full;
}

export interface AuditProblem {
  seq: number;
  kind: 'edited' | 'missing' | 'reordered' | 'head_mismatch';
  message: string;
}

/** Walks the whole chain and names every entry that was edited, deleted or moved. */
export function verifyAudit(db: Database): { entries: number; problems: AuditProblem[] } {
  const problems: AuditProblem[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditEntry & { hash: string }>;
  for (const row of rows) {
    count++;
    const { hash, ...entry } = row;
    if (row.seq !== expectedSeq) {
      problems.push({ seq: expectedSeq, kind: 'missing', message: `第 ${expectedSeq}–${row.seq - 1} 条审计记录缺失（被删除）` });
    }
    if (entryHash(entry) !== hash) {
      problems.push({ seq: row.seq, kind: 'edited', message: `第 ${row.seq} 条审计记录内容与其哈希不符（被修改）` });
    } else if (row.prev_hash !== prevHash && row.seq === expectedSeq) {
      problems.push({ seq: row.seq, kind: 'reordered', message: `第 ${row.seq} 条审计记录与前一条不衔接（顺序被调换或前一条被改动）` });
    }
    prevHash = hash;
    expectedSeq = row.seq + 1;
  }
  const headRow = db.prepare('SELECT value FROM settings WHERE key = ?').get(HEAD_KEY) as { value: string } | undefined;
  if (headRow) {
    const head = JSON.parse(headRow.value) as { seq: number; hash: string };
    if (head.seq !== expectedSeq - 1 || head.hash !== prevHash) {
      problems.push({ seq: head.seq, kind: 'head_mismatch', message: `审计链末端应为第 ${head.seq} 条，实际为第 ${expectedSeq - 1} 条（末尾记录被删除或改动）` });
    }
  } else if (count > 0) {
    problems.push({ seq: 0, kind: 'head_mismatch', message: '审计链末端标记缺失' });
  }
  return { entries: count, problems };
}
