import { CallFailure } from '../../../src-shared/contract/errors';
import type { LedgerFilter } from '../../../src-shared/contract/calls/ledgerCalls';
import { LedgerFilterSchema } from '../../../src-shared/contract/calls/ledgerCalls';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { Handler } from '../../services/callContext';
import { loadCourtCalendar } from '../calendar/loadCourtCalendar';
import { listJudges } from '../cases/caseQueries';
import { loadServiceRecords } from '../service/serviceRows';
import { chinaDay } from './chinaToday';
import { loadLedgerFacts } from './ledgerFacts';
import { ledgerRows, withDossierCheck } from './ledgerRows';
import { ledgerScope } from './ledgerScope';
import { ledgerXlsx } from './ledgerXlsx';
import { openDeadlines } from './openDeadlines';

const filterOf = ({ limit: _l, offset: _o, ...filter }: LedgerFilter & { limit?: number; offset?: number }): LedgerFilter => filter;

export const list: Handler<'ledger.list'> = (input, ctx) => {
  const db = ctx.app.db;
  const today = chinaDay(ctx.app.now());
  const rows = ledgerRows(db, ledgerScope(db, ctx.actor), filterOf(input), loadCourtCalendar(db), today);
  const levels = { overdue: 0, today: 0, soon: 0, ok: 0, none: 0 };
  for (const r of rows) levels[r.nextDeadline?.level ?? 'none'] += 1;
  return {
    total: rows.length,
    today,
    levels,
    items: withDossierCheck(db, rows.slice(input.offset, input.offset + input.limit)),
    judges: listJudges(db),
  };
};

export const exportXlsx: Handler<'ledger.exportXlsx'> = async (filter, ctx) => {
  const db = ctx.app.db;
  const today = chinaDay(ctx.app.now());
  const rows = withDossierCheck(db, ledgerRows(db, ledgerScope(db, ctx.actor), filter, loadCourtCalendar(db), today));
  const who = ctx.session?.displayName ?? ctx.actor?.userName ?? '';
  return ledgerXlsx(rows, `案件台账（${today} 导出${who ? `，${who}` : ''}，共 ${rows.length} 件）`);
};

interface ViewRow { id: string; name: string; query: string; updated_at: string; version: number }
const toView = (r: ViewRow) => ({ id: r.id, name: r.name, filter: LedgerFilterSchema.parse(JSON.parse(r.query)), updatedAt: r.updated_at, version: r.version });

const userOf = (ctx: Parameters<Handler<'ledger.views'>>[1]): string => {
  const id = ctx.actor?.userId;
  if (!id) throw new CallFailure('FORBIDDEN', '只有登录的用户才能保存台账视图');
  return id;
};

export const views: Handler<'ledger.views'> = (_input, ctx) => ({
  items: (ctx.app.db.prepare('SELECT id, name, query, updated_at, version FROM ledger_views WHERE user_id = ? ORDER BY name').all(userOf(ctx)) as ViewRow[]).map(toView),
});

export const saveView: Handler<'ledger.saveView'> = ({ name, filter }, ctx) => {
  const db = ctx.app.db;
  const userId = userOf(ctx);
  const now = ctx.app.now().toISOString();
  const existing = db.prepare('SELECT id FROM ledger_views WHERE user_id = ? AND name = ?').get(userId, name) as { id: string } | undefined;
  const id = existing?.id ?? uuidv7();
  ctx.write(null, (tx) => {
    if (existing) tx.update('ledger_view', id, { query: JSON.stringify(filter), updated_at: now });
    else tx.insert('ledger_view', id, { user_id: userId, name, query: JSON.stringify(filter), created_at: now, updated_at: now });
  });
  return toView(db.prepare('SELECT id, name, query, updated_at, version FROM ledger_views WHERE id = ?').get(id) as ViewRow);
};

export const deleteView: Handler<'ledger.deleteView'> = ({ id, baseVersion }, ctx) => {
  const row = ctx.app.db.prepare('SELECT user_id FROM ledger_views WHERE id = ?').get(id) as { user_id: string } | undefined;
  if (!row || row.user_id !== userOf(ctx)) throw new CallFailure('NOT_FOUND', '台账视图不存在');
  ctx.write(null, (tx) => tx.remove('ledger_view', id, baseVersion));
  return { id };
};

export const caseDeadlines: Handler<'ledger.caseDeadlines'> = ({ caseId }, ctx) => {
  const db = ctx.app.db;
  if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) throw new CallFailure('NOT_FOUND', '案件不存在');
  const today = chinaDay(ctx.app.now());
  const calendar = loadCourtCalendar(db);
  // Any user who may open the case sees its deadlines: the scope of a ledger is not a permission.
  const facts = loadLedgerFacts(db, { where: 'c.id = @caseId', params: { caseId }, teamId: null, role: '' }, '1', {});
  const row = facts.cases[0]!;
  const deadlines = openDeadlines({
    row, service: facts.service.get(caseId) ?? [], measures: facts.measures.get(caseId) ?? [],
    changes: facts.changes.get(caseId) ?? [], hearings: facts.hearings.get(caseId) ?? [],
  }, calendar, today);
  const trialLimitChanges = (db.prepare(`SELECT id, kind, months, days, from_on AS fromOn, to_on AS toOn, reason, approver, approved_on AS approvedOn
    FROM trial_limit_changes WHERE case_id = ? ORDER BY approved_on, created_at`).all(caseId)) as never[];
  return { today, deadlines, service: loadServiceRecords(db, 's.case_id = @caseId', { caseId }, calendar, today), trialLimitChanges };
};

export const recordTrialLimit: Handler<'trialLimits.record'> = (input, ctx) => {
  const db = ctx.app.db;
  if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(input.caseId)) throw new CallFailure('NOT_FOUND', '案件不存在');
  const id = uuidv7();
  const deduction = input.kind === 'deduction';
  const fields = {
    case_id: input.caseId, kind: input.kind, months: deduction ? 0 : input.months, days: deduction ? 0 : input.days,
    from_on: deduction ? input.fromOn! : null, to_on: deduction ? input.toOn! : null, reason: input.reason, approver: input.approver,
    approved_on: input.approvedOn, created_by: ctx.actor?.userId ?? null, created_at: ctx.app.now().toISOString(),
  };
  ctx.write(input.caseId, (tx) => tx.insert('trial_limit_change', id, fields));
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'trial_limit_change', caseId: input.caseId } });
  return { id, kind: input.kind, months: fields.months, days: fields.days, fromOn: fields.from_on, toOn: fields.to_on, reason: input.reason, approver: input.approver, approvedOn: input.approvedOn };
};
