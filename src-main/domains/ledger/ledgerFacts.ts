import type { Database } from 'better-sqlite3';
import { appendTo } from '../../../src-shared/util/appendTo';
import type { Scope } from './ledgerScope';

export interface CaseRowFacts {
  id: string;
  case_number: string;
  case_type: string;
  cause: string;
  stage: string;
  procedure: string;
  judge_id: string | null;
  judge_name: string | null;
  team_id: string | null;
  team_name: string | null;
  filed_on: string;
  version: number;
  plaintiffs: string | null;
  defendants: string | null;
}

export interface ServiceFact {
  case_id: string;
  party_id: string;
  party_name: string;
  document_kind: string;
  document_title: string;
  method: string;
  state: string;
  served_on: string | null;
  announcement_published_on: string | null;
  due_on: string;
  has_alternative: number;
}

export interface MeasureFact { case_id: string; description: string; started_on: string; expires_on: string }
export interface ChangeFact { case_id: string; kind: 'extension' | 'deduction'; months: number; days: number; from_on: string | null; to_on: string | null }
export interface HearingFact { case_id: string; starts_at: string }

/** Everything the ledger computes from, for the cases of a scope: one query per kind of fact, grouped by case. */
export interface LedgerFacts {
  cases: CaseRowFacts[];
  service: Map<string, ServiceFact[]>;
  measures: Map<string, MeasureFact[]>;
  changes: Map<string, ChangeFact[]>;
  hearings: Map<string, HearingFact[]>;
  activePreservations: Map<string, number>;
}

const SELECT_CASES = `
SELECT c.id, c.case_number, c.case_type, c.cause, c.stage, c.procedure, c.judge_id, u.display_name AS judge_name,
  c.team_id, t.name AS team_name, c.filed_on, c.version,
  (SELECT group_concat(name, char(31)) FROM (SELECT name FROM parties p WHERE p.case_id = c.id
     AND p.role IN ('plaintiff','appellant','applicant','prosecutor') ORDER BY position)) AS plaintiffs,
  (SELECT group_concat(name, char(31)) FROM (SELECT name FROM parties p WHERE p.case_id = c.id
     AND p.role IN ('defendant','appellee','respondent') ORDER BY position)) AS defendants
FROM cases c LEFT JOIN users u ON u.id = c.judge_id LEFT JOIN teams t ON t.id = c.team_id`;

function grouped<T extends { case_id: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) appendTo(out, r.case_id, r);
  return out;
}

/** Loads the facts of the cases in `scope` that also match `where` (a condition on `c`, e.g. the filters). */
export function loadLedgerFacts(db: Database, scope: Scope, where: string, params: Record<string, unknown>): LedgerFacts {
  const all = { ...scope.params, ...params };
  const cond = `${scope.where} AND ${where}`;
  const inScope = `JOIN cases c ON c.id = x.case_id WHERE ${cond}`;
  return {
    cases: db.prepare(`${SELECT_CASES} WHERE ${cond}`).all(all) as CaseRowFacts[],
    service: grouped(db.prepare(`SELECT x.case_id, x.party_id, p.name AS party_name, x.document_kind, x.document_title, x.method, x.state,
        x.served_on, x.announcement_published_on, x.due_on,
        EXISTS (SELECT 1 FROM service_records o WHERE o.case_id = x.case_id AND o.party_id = x.party_id
          AND o.document_kind = x.document_kind AND o.id <> x.id AND o.state IN ('pending','served')) AS has_alternative
      FROM service_records x JOIN parties p ON p.id = x.party_id ${inScope} ORDER BY x.created_at`).all(all) as ServiceFact[]),
    measures: grouped(db.prepare(`SELECT x.case_id, m.description, m.started_on, m.expires_on FROM preservation_measures m
      JOIN preservations x ON x.id = m.preservation_id ${inScope} AND x.state = 'active' ORDER BY m.expires_on`).all(all) as MeasureFact[]),
    changes: grouped(db.prepare(`SELECT x.case_id, x.kind, x.months, x.days, x.from_on, x.to_on FROM trial_limit_changes x ${inScope}`).all(all) as ChangeFact[]),
    hearings: grouped(db.prepare(`SELECT x.case_id, x.starts_at FROM hearings x ${inScope} AND x.state = 'scheduled' AND x.notice_served_on IS NULL`).all(all) as HearingFact[]),
    activePreservations: new Map((db.prepare(`SELECT x.case_id, count(*) AS n FROM preservations x ${inScope} AND x.state = 'active' GROUP BY x.case_id`)
      .all(all) as { case_id: string; n: number }[]).map((r) => [r.case_id, r.n])),
  };
}
