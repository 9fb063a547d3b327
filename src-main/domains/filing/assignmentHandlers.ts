import type { Database } from 'better-sqlite3';
import { CallFailure } from '../../../src-shared/contract/errors';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { Handler } from '../../services/callContext';
import { getCaseSummary } from '../cases/caseQueries';
import { listAssignments } from './filingRows';
import { drawJudge, eligibleJudges, type JudgeRow } from './randomAssignment';

const caseCourt = (db: Database, caseId: string): string => {
  const row = db.prepare('SELECT court_id FROM cases WHERE id = ?').get(caseId) as { court_id: string } | undefined;
  if (!row) throw new CallFailure('NOT_FOUND', '案件不存在');
  return row.court_id;
};

const invalid = (path: string, message: string) => new CallFailure('VALIDATION', message, [{ path, message }]);

/**
 * 分案. Random: the candidates are the court's active judges minus the excluded ones (each with its reason,
 * e.g. 回避); one is drawn with crypto randomness. Designated (指定分案): the named judge, with the reason.
 * Either way the assignment row keeps mode, judge, team, reason, exclusions and the candidate list, the case
 * gets its judge and team, and a case event says what happened — all in one write, which the audit log records.
 */
export const assign: Handler<'cases.assign'> = (input, ctx) => {
  const db = ctx.app.db;
  const courtId = caseCourt(db, input.caseId);
  const judges = eligibleJudges(db, courtId);
  const byId = new Map(judges.map((j) => [j.id, j]));
  let chosen: JudgeRow;
  let candidates: JudgeRow[] = [];
  let exclusions: { judgeId: string; reason: string }[] = [];
  if (input.mode === 'random') {
    exclusions = input.exclusions;
    input.exclusions.forEach((e, i) => {
      if (!byId.has(e.judgeId)) throw invalid(`exclusions.${i}.judgeId`, '被排除的人员不是本院在岗的员额法官');
    });
    const excluded = new Set(input.exclusions.map((e) => e.judgeId));
    candidates = judges.filter((j) => !excluded.has(j.id));
    if (candidates.length === 0) throw invalid('exclusions', '排除后没有可分案的法官，请减少排除人员或改为指定分案');
    chosen = drawJudge(candidates);
  } else {
    const judge = byId.get(input.judgeId);
    if (!judge) throw invalid('judgeId', '指定的人员不是本院在岗的员额法官');
    chosen = judge;
  }
  const reason = input.mode === 'designated' ? input.reason : '';
  const at = ctx.app.now().toISOString();
  const assignmentId = uuidv7();
  const modeText = input.mode === 'random' ? `随机分案（候选 ${candidates.length} 人${exclusions.length ? `，排除 ${exclusions.length} 人` : ''}）` : `指定分案（理由：${reason}）`;
  ctx.write(input.caseId, (tx) => {
    tx.update('case', input.caseId, { judge_id: chosen.id, team_id: chosen.teamId, updated_at: at }, input.baseVersion);
    tx.insert('case_assignment', assignmentId, {
      case_id: input.caseId, mode: input.mode, judge_id: chosen.id, team_id: chosen.teamId, reason,
      exclusions: JSON.stringify(exclusions), candidates: JSON.stringify(candidates.map((c) => c.id)),
      assigned_by: ctx.actor?.userId ?? null, assigned_at: at,
    });
    const stage = (db.prepare('SELECT stage FROM cases WHERE id = ?').get(input.caseId) as { stage: string }).stage;
    tx.insert('case_event', uuidv7(), {
      case_id: input.caseId, stage, at, note: `${modeText}：承办法官 ${chosen.name}${chosen.teamName ? `（${chosen.teamName}）` : ''}`,
      actor_user_id: ctx.actor?.userId ?? null, actor_name: ctx.session?.displayName ?? ctx.actor?.userName ?? '',
    });
  });
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'case', id: input.caseId } });
  const assignment = listAssignments(db, input.caseId).find((a) => a.id === assignmentId)!;
  return { case: getCaseSummary(db, input.caseId)!, assignment };
};

export const assignments: Handler<'cases.assignments'> = ({ caseId }, ctx) => {
  const db = ctx.app.db;
  const courtId = caseCourt(db, caseId);
  return { eligibleJudges: eligibleJudges(db, courtId), history: listAssignments(db, caseId) };
};
