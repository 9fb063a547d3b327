import type { Database } from 'better-sqlite3';
import type { CaseSummary } from '../../../src-shared/contract/calls/caseCalls';
import type { CallParsedInput } from '../../../src-shared/contract/contract';

interface CaseRow {
  id: string;
  case_number: string;
  case_type: CaseSummary['caseType'];
  cause: string;
  procedure: CaseSummary['procedure'];
  stage: CaseSummary['stage'];
  judge_id: string | null;
  judge_name: string | null;
  filed_on: string;
  plaintiffs: string | null;
  defendants: string | null;
  version: number;
}

// Party names per side, in their listed order; U+001F separates names (it cannot occur in a name).
const SELECT_SUMMARY = `
SELECT c.id, c.case_number, c.case_type, c.cause, c.procedure, c.stage, c.judge_id, u.display_name AS judge_name,
  c.filed_on, c.version,
  (SELECT group_concat(name, char(31)) FROM (SELECT name FROM parties p WHERE p.case_id = c.id
     AND p.role IN ('plaintiff','appellant','applicant','prosecutor') ORDER BY position)) AS plaintiffs,
  (SELECT group_concat(name, char(31)) FROM (SELECT name FROM parties p WHERE p.case_id = c.id
     AND p.role IN ('defendant','appellee','respondent') ORDER BY position)) AS defendants
FROM cases c LEFT JOIN users u ON u.id = c.judge_id`;

export const toSummary = (r: CaseRow): CaseSummary => ({
  id: r.id,
  caseNumber: r.case_number,
  caseType: r.case_type,
  cause: r.cause,
  procedure: r.procedure,
  stage: r.stage,
  judge: r.judge_id && r.judge_name ? { id: r.judge_id, name: r.judge_name } : null,
  filedOn: r.filed_on,
  plaintiffs: r.plaintiffs ? r.plaintiffs.split('\u001f') : [],
  defendants: r.defendants ? r.defendants.split('\u001f') : [],
  version: r.version,
});

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (ch) => '\\' + ch)}%`;

export function listCases(db: Database, input: CallParsedInput<'cases.list'>): { total: number; items: CaseSummary[] } {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: input.limit, offset: input.offset };
  if (input.query) {
    params.q = likePattern(input.query);
    where.push(`(c.case_number LIKE @q ESCAPE '\\' OR c.cause LIKE @q ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id AND p.name LIKE @q ESCAPE '\\'))`);
  }
  for (const [key, column] of [['stage', 'stage'], ['caseType', 'case_type'], ['procedure', 'procedure'], ['judgeId', 'judge_id']] as const) {
    if (input[key] !== undefined) {
      params[key] = input[key];
      where.push(`c.${column} = @${key}`);
    }
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM cases c ${clause}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`${SELECT_SUMMARY} ${clause} ORDER BY c.filed_on DESC, c.case_number DESC LIMIT @limit OFFSET @offset`)
    .all(params) as CaseRow[];
  return { total, items: rows.map(toSummary) };
}

export function getCaseSummary(db: Database, id: string): CaseSummary | undefined {
  const row = db.prepare(`${SELECT_SUMMARY} WHERE c.id = ?`).get(id) as CaseRow | undefined;
  return row && toSummary(row);
}

export const listJudges = (db: Database): { id: string; name: string }[] =>
  db.prepare(`SELECT id, display_name AS name FROM users WHERE role = 'judge' ORDER BY display_name`).all() as {
    id: string;
    name: string;
  }[];
