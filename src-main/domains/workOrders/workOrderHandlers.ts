import type { WorkOrder } from '../../../src-shared/contract/calls/workOrderCalls';
import { CallFailure } from '../../../src-shared/contract/errors';
import { dueStatus } from '../../../src-shared/domain/deadlines/dueStatus';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { CallContext, Handler } from '../../services/callContext';
import { chinaDay } from '../ledger/chinaToday';

interface Me { id: string | null; role: string; teamId: string | null }
interface Raw {
  id: string; case_id: string; case_number: string; kind: WorkOrder['kind']; note: string; from_side: WorkOrder['fromSide'];
  team_id: string | null; team_name: string | null; state: WorkOrder['state']; due_on: string; assignee_id: string | null;
  assignee_name: string | null; creator_name: string; created_at: string; accepted_at: string | null; completed_at: string | null;
  result_note: string; version: number;
}

function me(ctx: CallContext): Me {
  const id = ctx.actor?.userId ?? null;
  const row = id ? (ctx.app.db.prepare('SELECT team_id FROM users WHERE id = ?').get(id) as { team_id: string | null } | undefined) : undefined;
  return { id, role: ctx.actor?.role ?? '', teamId: row?.team_id ?? null };
}

/** The centre answers orders from teams; a team answers orders from the centre about its own cases. */
const sideOf = (m: Me): 'centre' | 'team' => (m.role === 'center' ? 'centre' : 'team');
const receives = (m: Me, o: { from_side: string; team_id: string | null }): boolean =>
  m.role === 'admin' || (o.from_side === 'team' ? m.role === 'center' : m.role !== 'center' && !!m.teamId && m.teamId === o.team_id);

function load(ctx: CallContext, where: string, params: Record<string, unknown>): WorkOrder[] {
  const today = chinaDay(ctx.app.now());
  const m = me(ctx);
  const rows = ctx.app.db.prepare(`SELECT w.*, c.case_number, t.name AS team_name, a.display_name AS assignee_name, coalesce(b.display_name, '') AS creator_name
    FROM work_orders w JOIN cases c ON c.id = w.case_id LEFT JOIN teams t ON t.id = w.team_id
    LEFT JOIN users a ON a.id = w.assignee_id LEFT JOIN users b ON b.id = w.created_by
    WHERE ${where} ORDER BY w.state = 'completed', w.due_on, w.created_at`).all(params) as Raw[];
  return rows.map((r) => ({
    id: r.id, caseId: r.case_id, caseNumber: r.case_number, kind: r.kind, note: r.note, fromSide: r.from_side,
    team: r.team_id && r.team_name ? { id: r.team_id, name: r.team_name } : null, state: r.state, dueOn: r.due_on,
    ...dueStatus(r.due_on, today), assignee: r.assignee_id && r.assignee_name ? { id: r.assignee_id, name: r.assignee_name } : null,
    createdBy: r.creator_name ?? '', createdAt: r.created_at, acceptedAt: r.accepted_at, completedAt: r.completed_at, resultNote: r.result_note,
    mine: receives(m, r), version: r.version,
  }));
}

export const list: Handler<'workOrders.list'> = (input, ctx) => {
  if ('caseId' in input) {
    if (!ctx.app.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(input.caseId)) throw new CallFailure('NOT_FOUND', '案件不存在');
    return { items: load(ctx, 'w.case_id = @caseId', { caseId: input.caseId }) };
  }
  const m = me(ctx);
  const side = sideOf(m);
  const done = input.includeCompleted ? '1' : `w.state <> 'completed'`;
  // The centre's boxes cover every team; a team member's cover the team's cases (all, for users outside a team).
  const team = side === 'team' && m.teamId ? 'w.team_id = @team' : '1';
  const from = input.box === 'outgoing' ? side : side === 'centre' ? 'team' : 'centre';
  return { items: load(ctx, `w.from_side = @from AND ${team} AND ${done}`, { from, team: m.teamId }) };
};

export const create: Handler<'workOrders.create'> = (input, ctx) => {
  const db = ctx.app.db;
  const kase = db.prepare('SELECT team_id, filed_on FROM cases WHERE id = ?').get(input.caseId) as { team_id: string | null; filed_on: string } | undefined;
  if (!kase) throw new CallFailure('NOT_FOUND', '案件不存在');
  const now = ctx.app.now();
  if (input.dueOn < chinaDay(now)) throw new CallFailure('VALIDATION', '办理期限不能早于今天', [{ path: ['dueOn'], message: '日期已过' }]);
  const id = uuidv7();
  ctx.write(input.caseId, (tx) =>
    tx.insert('work_order', id, {
      case_id: input.caseId, kind: input.kind, note: input.note, from_side: sideOf(me(ctx)), team_id: kase.team_id, due_on: input.dueOn,
      created_by: ctx.actor?.userId ?? null, created_at: now.toISOString(), updated_at: now.toISOString(),
    }),
  );
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'work_order', caseId: input.caseId } });
  return load(ctx, 'w.id = @id', { id })[0]!;
};

function forReceiver(ctx: CallContext, id: string): Raw {
  const row = ctx.app.db.prepare('SELECT * FROM work_orders WHERE id = ?').get(id) as Raw | undefined;
  if (!row) throw new CallFailure('NOT_FOUND', '工单不存在');
  if (!receives(me(ctx), row)) throw new CallFailure('FORBIDDEN', '只有接收方可以接收或办结此工单');
  return row;
}

export const accept: Handler<'workOrders.accept'> = ({ id, baseVersion }, ctx) => {
  const row = forReceiver(ctx, id);
  if (row.state !== 'created') throw new CallFailure('VALIDATION', row.state === 'accepted' ? '工单已被接收' : '工单已办结');
  const now = ctx.app.now().toISOString();
  ctx.write(row.case_id, (tx) => tx.update('work_order', id, { state: 'accepted', assignee_id: ctx.actor?.userId ?? null, accepted_at: now, updated_at: now }, baseVersion));
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'work_order', caseId: row.case_id } });
  return load(ctx, 'w.id = @id', { id })[0]!;
};

export const complete: Handler<'workOrders.complete'> = ({ id, resultNote, baseVersion }, ctx) => {
  const row = forReceiver(ctx, id);
  if (row.state === 'completed') throw new CallFailure('VALIDATION', '工单已办结');
  const now = ctx.app.now().toISOString();
  // Completing an order nobody accepted accepts it in the same step: the one who did the work is on record.
  ctx.write(row.case_id, (tx) => tx.update('work_order', id, {
    state: 'completed', assignee_id: row.assignee_id ?? ctx.actor?.userId ?? null, accepted_at: row.accepted_at ?? now,
    completed_at: now, result_note: resultNote, updated_at: now,
  }, baseVersion));
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'work_order', caseId: row.case_id } });
  return load(ctx, 'w.id = @id', { id })[0]!;
};
