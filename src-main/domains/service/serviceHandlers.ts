import type { ServiceRecord } from '../../../src-shared/contract/calls/serviceCalls';
import { CallFailure } from '../../../src-shared/contract/errors';
import { addDays } from '../../../src-shared/domain/deadlines/periods';
import { roleMay } from '../../../src-shared/domain/permissions';
import type { Role } from '../../../src-shared/domain/roles';
import { SERVED_DOCUMENT_LABELS } from '../../../src-shared/domain/serviceCodes';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { Database } from '../../db/openDatabase';
import type { CallContext, Handler } from '../../services/callContext';
import { loadCourtCalendar } from '../calendar/loadCourtCalendar';
import { chinaDay } from '../ledger/chinaToday';
import { ledgerScope } from '../ledger/ledgerScope';
import { SERVICE_TARGET_DAYS } from '../ledger/openDeadlines';
import { loadServiceRecords } from './serviceRows';

const OPEN = `(s.state = 'pending' OR (s.state = 'failed' AND NOT EXISTS (SELECT 1 FROM service_records o WHERE o.case_id = s.case_id
  AND o.party_id = s.party_id AND o.document_kind = s.document_kind AND o.id <> s.id AND o.state IN ('pending','served'))))`;

function records(ctx: CallContext, where: string, params: Record<string, unknown>): ServiceRecord[] {
  const db = ctx.app.db;
  return loadServiceRecords(db, where, params, loadCourtCalendar(db), chinaDay(ctx.app.now()));
}

function one(ctx: CallContext, id: string): ServiceRecord {
  const found = records(ctx, 's.id = @id', { id })[0];
  if (!found) throw new CallFailure('NOT_FOUND', '送达记录不存在');
  return found;
}

export const list: Handler<'service.list'> = (input, ctx) => {
  const db = ctx.app.db;
  if ('caseId' in input) {
    if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(input.caseId)) throw new CallFailure('NOT_FOUND', '案件不存在');
    return { items: records(ctx, 's.case_id = @caseId', { caseId: input.caseId }), staff: [] };
  }
  const scope = ledgerScope(db, ctx.actor);
  const where = [`s.case_id IN (SELECT c.id FROM cases c WHERE ${scope.where})`];
  const params: Record<string, unknown> = { ...scope.params };
  if (input.queue === 'due') where.push(`s.state = 'pending'`);
  if (input.queue === 'failed') where.push(`s.state = 'failed'`, OPEN);
  if (input.queue === 'mine') where.push('s.assignee_id = @me', OPEN);
  if (input.queue === 'all') where.push(`s.state <> 'cancelled'`);
  params.me = ctx.actor?.userId ?? '';
  if (input.assigneeId) {
    where.push('s.assignee_id = @assignee');
    params.assignee = input.assigneeId;
  }
  const staff = db.prepare(`SELECT u.id, u.display_name AS name, (SELECT count(*) FROM service_records s WHERE s.assignee_id = u.id AND ${OPEN}) AS open
    FROM users u WHERE u.disabled = 0 AND (u.role = 'center' OR EXISTS (SELECT 1 FROM service_records s WHERE s.assignee_id = u.id))
    ORDER BY u.display_name`).all() as { id: string; name: string; open: number }[];
  return { items: records(ctx, where.join(' AND '), params).slice(0, input.limit), staff };
};

interface CaseRow { id: string; filed_on: string }

function assigneeFor(db: Database, ctx: CallContext, wanted: string | undefined): string | null {
  if (wanted) {
    const u = db.prepare('SELECT role, disabled FROM users WHERE id = ?').get(wanted) as { role: Role; disabled: number } | undefined;
    if (!u || u.disabled) throw new CallFailure('NOT_FOUND', '承办送达的工作人员不存在或已停用');
    if (!roleMay(u.role, 'service.write')) throw new CallFailure('VALIDATION', '所选人员的角色不办理送达', [{ path: ['assigneeId'], message: '角色不符' }]);
    return wanted;
  }
  return ctx.actor?.role === 'center' ? ctx.actor.userId : null;
}

export const create: Handler<'service.create'> = (input, ctx) => {
  const db = ctx.app.db;
  const kase = db.prepare('SELECT id, filed_on FROM cases WHERE id = ?').get(input.caseId) as CaseRow | undefined;
  if (!kase) throw new CallFailure('NOT_FOUND', '案件不存在');
  if (!db.prepare('SELECT 1 FROM parties WHERE id = ? AND case_id = ?').get(input.partyId, input.caseId)) {
    throw new CallFailure('NOT_FOUND', '受送达人不是本案当事人');
  }
  if (input.documentId && !db.prepare('SELECT 1 FROM documents WHERE id = ? AND case_id = ?').get(input.documentId, input.caseId)) {
    throw new CallFailure('NOT_FOUND', '所送达的文书不在本案卷宗中');
  }
  if (db.prepare(`SELECT 1 FROM service_records WHERE case_id = ? AND party_id = ? AND document_kind = ? AND state = 'served'`).get(input.caseId, input.partyId, input.documentKind)) {
    throw new CallFailure('VALIDATION', '该受送达人的此项文书已送达，无须再送达', [{ path: ['documentKind'], message: '已送达' }]);
  }
  const now = ctx.app.now();
  // The complaint copy is due 5 days from filing (第128条); other papers 5 days from when they are handed over.
  const dueOn = addDays(input.documentKind === 'complaint' ? kase.filed_on : chinaDay(now), SERVICE_TARGET_DAYS);
  const id = uuidv7();
  ctx.write(input.caseId, (tx) =>
    tx.insert('service_record', id, {
      case_id: input.caseId,
      document_kind: input.documentKind,
      document_title: input.documentTitle || SERVED_DOCUMENT_LABELS[input.documentKind].zh,
      document_id: input.documentId ?? null,
      party_id: input.partyId,
      method: input.method,
      address: input.address,
      ems_number: input.method === 'postal' ? input.emsNumber! : (input.emsNumber ?? null),
      due_on: dueOn,
      assignee_id: assigneeFor(db, ctx, input.assigneeId),
      created_by: ctx.actor?.userId ?? null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    }),
  );
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'service_record', caseId: input.caseId } });
  return one(ctx, id);
};

export const recordAttempt: Handler<'service.recordAttempt'> = (input, ctx) => {
  const db = ctx.app.db;
  const rec = db.prepare(`SELECT s.case_id, s.method, s.state, c.filed_on FROM service_records s JOIN cases c ON c.id = s.case_id WHERE s.id = ?`)
    .get(input.serviceId) as { case_id: string; method: string; state: string; filed_on: string } | undefined;
  if (!rec) throw new CallFailure('NOT_FOUND', '送达记录不存在');
  if (rec.state === 'served') throw new CallFailure('VALIDATION', '该文书已送达，不能再登记送达结果');
  if (rec.state === 'cancelled') throw new CallFailure('VALIDATION', '该送达记录已撤销');
  const now = ctx.app.now();
  if (input.on > chinaDay(now)) throw new CallFailure('VALIDATION', '送达日期不能晚于今天', [{ path: ['on'], message: '日期在将来' }]);
  if (input.on < rec.filed_on) throw new CallFailure('VALIDATION', `送达日期不能早于立案日期 ${rec.filed_on}`, [{ path: ['on'], message: '早于立案' }]);
  const success = input.result === 'success';
  ctx.write(rec.case_id, (tx) => {
    tx.insert('service_attempt', uuidv7(), {
      service_id: input.serviceId, at: `${input.on}T${input.time}:00+08:00`, result: input.result, reason: input.reason ?? null,
      note: input.note, recorded_by: ctx.actor?.userId ?? null, created_at: now.toISOString(),
    });
    tx.update('service_record', input.serviceId, {
      state: success ? 'served' : 'failed',
      served_on: success ? input.on : null,
      // 公告送达: the success is the publication; the service itself is deemed 30 days later (computed).
      announcement_published_on: success && rec.method === 'announcement' ? input.on : null,
      updated_at: now.toISOString(),
    }, input.baseVersion);
  });
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'service_record', caseId: rec.case_id } });
  return one(ctx, input.serviceId);
};

export const linkProof: Handler<'service.linkProof'> = ({ serviceId, documentId, baseVersion }, ctx) => {
  const db = ctx.app.db;
  const rec = db.prepare('SELECT case_id FROM service_records WHERE id = ?').get(serviceId) as { case_id: string } | undefined;
  if (!rec) throw new CallFailure('NOT_FOUND', '送达记录不存在');
  const doc = db.prepare('SELECT case_id, volume FROM documents WHERE id = ?').get(documentId) as { case_id: string; volume: string } | undefined;
  if (!doc || doc.case_id !== rec.case_id) throw new CallFailure('NOT_FOUND', '送达凭证不在本案电子卷宗中');
  if (doc.volume !== 'main') throw new CallFailure('VALIDATION', '送达回证属于正卷材料，不能关联副卷中的材料');
  ctx.write(rec.case_id, (tx) => tx.update('service_record', serviceId, { proof_document_id: documentId, updated_at: ctx.app.now().toISOString() }, baseVersion));
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'service_record', caseId: rec.case_id } });
  return one(ctx, serviceId);
};
