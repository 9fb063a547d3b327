import type { Preservation } from '../../../src-shared/contract/calls/preservationCalls';
import { CallFailure } from '../../../src-shared/contract/errors';
import { dueStatus } from '../../../src-shared/domain/deadlines/dueStatus';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { CallContext, Handler } from '../../services/callContext';
import { chinaDay } from '../ledger/chinaToday';
import { ledgerScope } from '../ledger/ledgerScope';

interface Raw {
  id: string; case_id: string; case_number: string; kind: Preservation['kind']; applicant: string; respondent: string;
  amount: number | null; guarantee: string; ruling_on: string | null; state: Preservation['state']; version: number;
}
interface RawMeasure { id: string; preservation_id: string; description: string; started_on: string; expires_on: string }

function load(ctx: CallContext, where: string, params: Record<string, unknown>): Preservation[] {
  const db = ctx.app.db;
  const today = chinaDay(ctx.app.now());
  const rows = db.prepare(`SELECT v.id, v.case_id, c.case_number, v.kind, v.applicant, v.respondent, v.amount, v.guarantee, v.ruling_on, v.state, v.version
    FROM preservations v JOIN cases c ON c.id = v.case_id WHERE ${where} ORDER BY v.created_at`).all(params) as Raw[];
  const measures = db.prepare(`SELECT id, preservation_id, description, started_on, expires_on FROM preservation_measures
    WHERE preservation_id IN (SELECT value FROM json_each(?)) ORDER BY position, expires_on`).all(JSON.stringify(rows.map((r) => r.id))) as RawMeasure[];
  const items = rows.map((r): Preservation => {
    const own = measures.filter((m) => m.preservation_id === r.id).map((m) => ({
      id: m.id, description: m.description, startedOn: m.started_on, expiresOn: m.expires_on, ...dueStatus(m.expires_on, today),
    }));
    const next = r.state === 'active' ? [...own].sort((a, b) => a.daysLeft - b.daysLeft)[0] ?? null : null;
    return {
      id: r.id, caseId: r.case_id, caseNumber: r.case_number, kind: r.kind, applicant: r.applicant, respondent: r.respondent, amount: r.amount,
      guarantee: r.guarantee, rulingOn: r.ruling_on, state: r.state, measures: own, nextExpiry: next, version: r.version,
    };
  });
  // Nearest expiry first: the centre renews (续行) before a measure lapses.
  return items.sort((a, b) => (a.nextExpiry?.daysLeft ?? Infinity) - (b.nextExpiry?.daysLeft ?? Infinity));
}

export const list: Handler<'preservations.list'> = (input, ctx) => {
  if ('caseId' in input) {
    if (!ctx.app.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(input.caseId)) throw new CallFailure('NOT_FOUND', '案件不存在');
    return { items: load(ctx, 'v.case_id = @caseId', { caseId: input.caseId }) };
  }
  const scope = ledgerScope(ctx.app.db, ctx.actor);
  return { items: load(ctx, `v.state = 'active' AND ${scope.where}`, scope.params) };
};

export const create: Handler<'preservations.create'> = (input, ctx) => {
  if (!ctx.app.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(input.caseId)) throw new CallFailure('NOT_FOUND', '案件不存在');
  const id = uuidv7();
  const now = ctx.app.now().toISOString();
  ctx.write(input.caseId, (tx) => {
    tx.insert('preservation', id, {
      case_id: input.caseId, kind: input.kind, applicant: input.applicant, respondent: input.respondent, amount: input.amount,
      guarantee: input.guarantee, ruling_on: input.rulingOn, created_by: ctx.actor?.userId ?? null, created_at: now, updated_at: now,
    });
    input.measures.forEach((m, position) =>
      tx.insert('preservation_measure', uuidv7(), { preservation_id: id, description: m.description, started_on: m.startedOn, expires_on: m.expiresOn, position }),
    );
  });
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'preservation', caseId: input.caseId } });
  return load(ctx, 'v.id = @id', { id })[0]!;
};

export const lift: Handler<'preservations.lift'> = ({ id, baseVersion }, ctx) => {
  const row = ctx.app.db.prepare('SELECT case_id, state FROM preservations WHERE id = ?').get(id) as { case_id: string; state: string } | undefined;
  if (!row) throw new CallFailure('NOT_FOUND', '保全记录不存在');
  if (row.state === 'lifted') throw new CallFailure('VALIDATION', '该保全已解除');
  ctx.write(row.case_id, (tx) => tx.update('preservation', id, { state: 'lifted', updated_at: ctx.app.now().toISOString() }, baseVersion));
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'preservation', caseId: row.case_id } });
  return load(ctx, 'v.id = @id', { id })[0]!;
};
