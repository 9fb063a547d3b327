import { CallFailure } from '../../../src-shared/contract/errors';
import { CASE_STAGES, STAGE_LABELS } from '../../../src-shared/domain/caseStages';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { Handler } from '../../services/callContext';
import { getCaseSummary, listCases, listJudges } from './caseQueries';

export const list: Handler<'cases.list'> = (input, ctx) => ({
  ...listCases(ctx.app.db, input),
  judges: listJudges(ctx.app.db),
});

export const get: Handler<'cases.get'> = ({ id }, ctx) => {
  const db = ctx.app.db;
  const summary = getCaseSummary(db, id);
  if (!summary) throw new CallFailure('NOT_FOUND', '案件不存在');
  const extra = db
    .prepare('SELECT c.claim_amount, k.name AS court_name FROM cases c JOIN courts k ON k.id = c.court_id WHERE c.id = ?')
    .get(id) as { claim_amount: number | null; court_name: string };
  const parties = db
    .prepare(`SELECT id, role, name, kind, id_number AS idNumber, address, phone FROM parties WHERE case_id = ? ORDER BY position`)
    .all(id) as never[];
  const events = db
    .prepare(`SELECT id, stage, at, note, actor_name AS actorName FROM case_events WHERE case_id = ? ORDER BY at, id`)
    .all(id) as never[];
  const documents = db
    .prepare(`SELECT id, title, category, page_count AS pageCount, size_bytes AS sizeBytes FROM documents
              WHERE case_id = ? ORDER BY volume, position`)
    .all(id) as never[];
  return { ...summary, courtName: extra.court_name, claimAmount: extra.claim_amount, parties, events, documents };
};

export const advanceStage: Handler<'cases.advanceStage'> = ({ id, toStage, note, baseVersion }, ctx) => {
  const db = ctx.app.db;
  const current = getCaseSummary(db, id);
  if (!current) throw new CallFailure('NOT_FOUND', '案件不存在');
  if (CASE_STAGES.indexOf(toStage) <= CASE_STAGES.indexOf(current.stage)) {
    throw new CallFailure(
      'VALIDATION',
      `案件当前处于「${STAGE_LABELS[current.stage].zh}」，只能推进到其后的节点`,
    );
  }
  const at = ctx.app.now().toISOString();
  ctx.write(id, (tx) => {
    tx.update('case', id, { stage: toStage, updated_at: at }, baseVersion);
    tx.insert('case_event', uuidv7(), {
      case_id: id,
      stage: toStage,
      at,
      note,
      actor_user_id: ctx.actor?.userId ?? null,
      actor_name: ctx.session?.displayName ?? ctx.actor?.userName ?? '',
    });
  });
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'case', id } });
  return getCaseSummary(db, id)!;
};
