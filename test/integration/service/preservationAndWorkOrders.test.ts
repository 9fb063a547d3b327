import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../src-shared/contract/contract';
import type { Preservation } from '../../../src-shared/contract/calls/preservationCalls';
import type { WorkOrder } from '../../../src-shared/contract/calls/workOrderCalls';
import { runWrite } from '../../../src-main/write/runWrite';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { serviceKit, type ServiceKit } from './serviceKit';

describe('preservation (保全) and work orders (工单)', () => {
  let k: ServiceKit;
  beforeEach(() => {
    k = serviceKit();
  });
  afterEach(() => k.t.close());

  it('records a preservation with per-measure expiry warnings, lists the active ones nearest first, and lifts it', async () => {
    const center = await k.as('center');
    const [c1, c2] = k.t.court.caseIds as [string, string];
    const p1 = await center<Preservation>('preservations.create', {
      caseId: c1, kind: 'property', applicant: '原告1', respondent: '被告1', amount: 80000, guarantee: '保函', rulingOn: '2026-01-12',
      measures: [
        { description: '查封不动产', startedOn: '2026-01-12', expiresOn: '2029-01-11' },
        { description: '冻结银行存款', startedOn: '2026-01-12', expiresOn: '2026-02-14' },
      ],
    });
    expect(p1.nextExpiry).toMatchObject({ description: '冻结银行存款', daysLeft: 4, level: 'soon' });
    expect(p1.measures.map((m) => m.level)).toEqual(['ok', 'soon']);
    const p2 = await center<Preservation>('preservations.create', {
      caseId: c2, kind: 'evidence', applicant: '原告2', respondent: '被告2', measures: [{ description: '证据保全：封存账册', startedOn: '2026-01-01', expiresOn: '2026-02-01' }],
    });
    expect(p2.nextExpiry).toMatchObject({ level: 'overdue', daysLeft: -9 });
    const active = await center<{ items: Preservation[] }>('preservations.list', { active: true });
    expect(active.items.map((p) => p.id)).toEqual([p2.id, p1.id]);
    const lifted = await center<Preservation>('preservations.lift', { id: p2.id, baseVersion: 1 });
    expect(lifted).toMatchObject({ state: 'lifted', nextExpiry: null });
    expect((await center<{ items: Preservation[] }>('preservations.list', { active: true })).items.map((p) => p.id)).toEqual([p1.id]);
    const bad = await k.raw('center', 'preservations.create', {
      caseId: c1, kind: 'property', applicant: '甲', respondent: '乙', measures: [{ description: '冻结', startedOn: '2026-02-01', expiresOn: '2026-01-01' }],
    });
    expect(bad.ok ? null : JSON.stringify(bad.error)).toMatch(/到期日不能早于起始日/);
    const judge = await k.raw('judge', 'preservations.lift', { id: p1.id, baseVersion: 1 });
    expect(judge.ok ? null : judge.error.code).toBe('FORBIDDEN');
  });

  it('a team asks the centre; only the centre accepts and completes; each side sees its queue', async () => {
    // Put the small court's judge and clerk in a team that handles case 1.
    const teamId = uuidv7();
    const { db } = k.t.app;
    runWrite(db, { actor: { userId: null, userName: 'fixture', role: 'admin', via: 'test' }, call: 'test.team', caseId: null, now: new Date() }, (tx) => {
      tx.insert('team', teamId, { court_id: k.t.court.courtId, name: '第一团队' });
      tx.update('user', k.t.court.users.clerk, { team_id: teamId });
      tx.update('user', k.t.court.users.judge, { team_id: teamId });
      tx.update('case', k.t.court.caseIds[0]!, { team_id: teamId });
    });
    const clerk = await k.as('clerk');
    const center = await k.as('center');
    const order = await clerk<WorkOrder>('workOrders.create', { caseId: k.t.court.caseIds[0], kind: 'supplementary_service', note: '被告新地址：某路2号', dueOn: '2026-02-12' });
    expect(order).toMatchObject({ fromSide: 'team', state: 'created', team: { name: '第一团队' }, daysLeft: 2, level: 'soon', mine: false, createdBy: '测试clerk' });

    type Box = { items: WorkOrder[] };
    expect((await clerk<Box>('workOrders.list', { box: 'outgoing' })).items.map((o) => o.id)).toEqual([order.id]);
    expect((await clerk<Box>('workOrders.list', { box: 'incoming' })).items).toEqual([]);
    expect((await center<Box>('workOrders.list', { box: 'incoming' })).items.map((o) => [o.id, o.mine])).toEqual([[order.id, true]]);

    const refused = await k.raw('clerk', 'workOrders.accept', { id: order.id, baseVersion: 1 });
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    const accepted = await center<WorkOrder>('workOrders.accept', { id: order.id, baseVersion: 1 });
    expect(accepted).toMatchObject({ state: 'accepted', assignee: { name: '测试center' } });
    const stale = await k.raw('center', 'workOrders.complete', { id: order.id, baseVersion: 1 });
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT');
    const done = await center<WorkOrder>('workOrders.complete', { id: order.id, resultNote: '已按新地址直接送达', baseVersion: 2 });
    expect(done).toMatchObject({ state: 'completed', resultNote: '已按新地址直接送达' });
    expect((await center<Box>('workOrders.list', { box: 'incoming' })).items).toEqual([]);
    expect((await center<Box>('workOrders.list', { box: 'incoming', includeCompleted: true })).items).toHaveLength(1);

    // The centre asks the team back: the team's judge may accept it.
    const back = await center<WorkOrder>('workOrders.create', { caseId: k.t.court.caseIds[0], kind: 'scan_backfill', dueOn: '2026-02-20' });
    const judge = await k.as('judge');
    expect((await judge<Box>('workOrders.list', { box: 'incoming' })).items.map((o) => o.id)).toEqual([back.id]);
    expect((await judge<WorkOrder>('workOrders.accept', { id: back.id, baseVersion: 1 })).state).toBe('accepted');
    const past = await k.raw('clerk', 'workOrders.create', { caseId: k.t.court.caseIds[0], kind: 'other', dueOn: '2026-02-01' });
    expect(past.ok ? null : past.error.message).toMatch(/不能早于今天/);
    const audit = db.prepare(`SELECT call FROM audit_log WHERE call LIKE 'workOrders.%' ORDER BY seq`).all() as { call: string }[];
    expect(audit.map((a) => a.call)).toEqual(['workOrders.create', 'workOrders.accept', 'workOrders.complete', 'workOrders.create', 'workOrders.accept']);
    const byCase = await clerk<CallOutput<'workOrders.list'>>('workOrders.list', { caseId: k.t.court.caseIds[0] });
    expect(byCase.items).toHaveLength(2);
  });
});
