import type { Database } from 'better-sqlite3';
import type { Assignment, FiledCase } from '../../../src-shared/contract/calls/filingCalls';
import { CallFailure } from '../../../src-shared/contract/errors';
import type { Actor } from '../../write/runWrite';
import { getCaseSummary } from '../cases/caseQueries';

/** A case as filing.create returns it: the summary plus the filing facts. */
export function getFiledCase(db: Database, id: string): FiledCase | undefined {
  const summary = getCaseSummary(db, id);
  if (!summary) return undefined;
  const row = db
    .prepare(`SELECT number_provisional, received_on, filing_decision_due, claims, claim_amount, fee FROM cases WHERE id = ?`)
    .get(id) as {
    number_provisional: number; received_on: string; filing_decision_due: string; claims: string; claim_amount: number | null; fee: number | null;
  };
  return {
    ...summary,
    numberProvisional: row.number_provisional === 1,
    receivedOn: row.received_on,
    filingDecisionDue: row.filing_decision_due,
    claims: row.claims,
    claimAmount: row.claim_amount,
    fee: row.fee,
  };
}

/**
 * The court a user files for: their own. The CLI's local administrator has no user row and acts for the
 * court of this data folder (a device serves one court).
 */
export function actorCourt(db: Database, actor: Actor | null): { id: string; code: string } {
  const row = actor?.userId
    ? db.prepare('SELECT k.id, k.code FROM users u JOIN courts k ON k.id = u.court_id WHERE u.id = ?').get(actor.userId)
    : db.prepare('SELECT id, code FROM courts ORDER BY rowid LIMIT 1').get();
  if (!row) throw new CallFailure('NOT_FOUND', '本机尚未登记法院，不能立案');
  return row as { id: string; code: string };
}

interface AssignmentRow {
  id: string; mode: 'random' | 'designated'; judge_id: string; reason: string; exclusions: string; candidates: string;
  assigned_by_name: string | null; assigned_at: string;
}

/** The assignments of a case, oldest first, with judges' names and teams resolved. */
export function listAssignments(db: Database, caseId: string): Assignment[] {
  const rows = db
    .prepare(`SELECT a.id, a.mode, a.judge_id, a.reason, a.exclusions, a.candidates, u.display_name AS assigned_by_name, a.assigned_at
              FROM case_assignments a LEFT JOIN users u ON u.id = a.assigned_by WHERE a.case_id = ? ORDER BY a.assigned_at, a.id`)
    .all(caseId) as AssignmentRow[];
  const judge = judgeLookup(db);
  return rows.map((r) => ({
    id: r.id,
    mode: r.mode,
    judge: judge(r.judge_id),
    reason: r.reason,
    candidates: (JSON.parse(r.candidates) as string[]).map(judge),
    exclusions: (JSON.parse(r.exclusions) as { judgeId: string; reason: string }[]).map((e) => ({
      judgeId: e.judgeId, name: judge(e.judgeId).name, reason: e.reason,
    })),
    assignedBy: r.assigned_by_name ?? '系统',
    assignedAt: r.assigned_at,
  }));
}

function judgeLookup(db: Database) {
  const stmt = db.prepare(`SELECT u.id, u.display_name AS name, u.team_id AS teamId, t.name AS teamName
                           FROM users u LEFT JOIN teams t ON t.id = u.team_id WHERE u.id = ?`);
  return (id: string) =>
    (stmt.get(id) as Assignment['judge'] | undefined) ?? { id, name: '（未知用户）', teamId: null, teamName: null };
}
