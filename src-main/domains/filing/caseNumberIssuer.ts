import type { Database } from 'better-sqlite3';
import { formatCaseNumber, type CaseType } from '../../../src-shared/domain/caseNumber';
import { formatProvisionalCaseNumber, PROVISIONAL_SEQUENCE_BASE } from '../../../src-shared/domain/filing/provisionalCaseNumber';
import type { WriteTx } from '../../write/writeTx';

export type NumberingKind = 'official' | 'provisional';

export interface IssuedNumber {
  caseNumber: string;
  /** The value of cases.sequence (provisional numbers sit above PROVISIONAL_SEQUENCE_BASE). */
  sequence: number;
  provisional: boolean;
}

interface Scope {
  courtId: string;
  courtCode: string;
  year: number;
  caseType: CaseType;
}

/**
 * Issues the next case number of a court, year and type. It MUST run inside the write transaction (ctx.write),
 * which SQLite opens with BEGIN IMMEDIATE: the read of the counter and the insert of the case then happen under
 * the database's one write lock, so concurrent filings — in this process or in another process on the same file —
 * take turns and get consecutive numbers. The counter only grows and is written in the same transaction as the
 * case, so a failed filing gives its number back (nothing of it is committed) and a number is never reused.
 * Only a device whose setting says 'official' issues official numbers; others issue provisional (临) ones.
 */
export function issueCaseNumber(db: Database, tx: WriteTx, scope: Scope, kind: NumberingKind): IssuedNumber {
  if (!db.inTransaction) throw new Error('case numbers are issued only inside the write transaction');
  const id = `${scope.courtId}|${scope.year}|${scope.caseType}|${kind}`;
  const counter = db.prepare('SELECT last_sequence FROM case_number_counters WHERE id = ?').get(id) as
    | { last_sequence: number }
    | undefined;
  // Cases that exist without a counter (imported, or filed before the counter existed) are never numbered over.
  const existing = db
    .prepare(`SELECT max(sequence) AS n FROM cases WHERE court_id = ? AND year = ? AND case_type = ? AND number_provisional = ?`)
    .get(scope.courtId, scope.year, scope.caseType, kind === 'provisional' ? 1 : 0) as { n: number | null };
  const base = kind === 'provisional' ? PROVISIONAL_SEQUENCE_BASE : 0;
  const last = Math.max(counter?.last_sequence ?? 0, existing.n === null ? 0 : existing.n - base);
  const next = last + 1;
  if (kind === 'official' && next > 999_999) throw new Error('official case-number sequence exhausted');
  if (counter) tx.update('case_number_counter', id, { last_sequence: next });
  else {
    tx.insert('case_number_counter', id, {
      court_id: scope.courtId, year: scope.year, case_type: scope.caseType, kind, last_sequence: next,
    });
  }
  const parts = { year: scope.year, courtCode: scope.courtCode, caseType: scope.caseType, sequence: next };
  return kind === 'official'
    ? { caseNumber: formatCaseNumber(parts), sequence: next, provisional: false }
    : { caseNumber: formatProvisionalCaseNumber(parts), sequence: base + next, provisional: true };
}
