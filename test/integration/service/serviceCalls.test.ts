import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceRecord } from '../../../src-shared/contract/calls/serviceCalls';
import { serviceKit, type ServiceKit } from './serviceKit';

type List = { items: ServiceRecord[]; staff: { id: string; name: string; open: number }[] };

describe('service calls (送达)', () => {
  let k: ServiceKit;
  beforeEach(() => {
    k = serviceKit();
  });
  afterEach(() => k.t.close());

  it('a failed postal service needs another method; an electronic one succeeds and gets its proof from the e-dossier', async () => {
    const center = await k.as('center');
    const caseId = k.t.court.caseIds[0]!;
    const [, defendant] = k.parties(caseId);
    const postal = await center<ServiceRecord>('service.create', {
      caseId, partyId: defendant!.id, documentKind: 'complaint', method: 'postal', address: '南京市玄武区中山路1号', emsNumber: 'EA123456789CN',
    });
    expect(postal).toMatchObject({ state: 'pending', method: 'postal', emsNumber: 'EA123456789CN', dueOn: '2026-01-15', dueLevel: 'overdue', partyName: '被告1' });
    expect(postal.assignee?.name).toBe('测试center'); // the centre's own queue

    const failed = await center<ServiceRecord>('service.recordAttempt', {
      serviceId: postal.id, on: '2026-02-03', result: 'failure', reason: 'no_such_person', note: '邮件退回', baseVersion: postal.version,
    });
    expect(failed).toMatchObject({ state: 'failed', needsOtherMethod: true, servedOn: null });
    expect(failed.attempts).toMatchObject([{ result: 'failure', reason: 'no_such_person', note: '邮件退回', recordedBy: '测试center' }]);
    expect((await center<List>('service.list', { queue: 'failed' })).items.map((r) => r.id)).toEqual([postal.id]);
    expect((await center<List>('service.list', { queue: 'mine' })).items.map((r) => r.id)).toEqual([postal.id]);

    const electronic = await center<ServiceRecord>('service.create', {
      caseId, partyId: defendant!.id, documentKind: 'complaint', method: 'electronic', address: '13800000000',
    });
    // Another method is under way: the failed record no longer asks for one.
    expect((await center<List>('service.list', { queue: 'failed' })).items).toEqual([]);
    const served = await center<ServiceRecord>('service.recordAttempt', {
      serviceId: electronic.id, on: '2026-02-05', time: '14:30', result: 'success', baseVersion: electronic.version,
    });
    expect(served).toMatchObject({ state: 'served', servedOn: '2026-02-05', effectiveServedOn: '2026-02-05', dueLevel: null });
    expect(served.attempts[0]!.at).toBe('2026-02-05T14:30:00+08:00');

    const imported = await center<{ outcomes: { ok: boolean; documentId: string }[] }>('documents.import', {
      caseId, batchId: 'proof', files: [{ name: '电子送达回执.pdf', bytes: await k.proofPdf('受送达人：被告1，送达方式：电子送达') }], category: '送达回证',
    });
    const proofId = imported.outcomes[0]!.documentId;
    const linked = await center<ServiceRecord>('service.linkProof', { serviceId: electronic.id, documentId: proofId, baseVersion: served.version });
    expect(linked).toMatchObject({ proofDocumentId: proofId, proofTitle: '送达回证' }); // the title the import read from the paper

    const all = await center<List>('service.list', { caseId });
    expect(all.items.map((r) => [r.method, r.state])).toEqual([['postal', 'failed'], ['electronic', 'served']]);
    expect((await center<List>('service.list', { queue: 'due' })).items).toEqual([]);
  });

  it('公告: the publication is recorded; service takes effect on the computed deemed day', async () => {
    const center = await k.as('center');
    const caseId = k.t.court.caseIds[0]!;
    const [, defendant] = k.parties(caseId);
    const rec = await center<ServiceRecord>('service.create', { caseId, partyId: defendant!.id, documentKind: 'complaint', method: 'announcement' });
    const published = await center<ServiceRecord>('service.recordAttempt', { serviceId: rec.id, on: '2026-01-20', result: 'success', baseVersion: 1 });
    // 30 days after 2026-01-20 is 02-19, inside the Spring Festival holiday (02-15…02-23): the next working day.
    expect(published).toMatchObject({ announcementPublishedOn: '2026-01-20', effectiveServedOn: '2026-02-24' });
    // The answer period runs from the deemed day: 02-24 + 15 days = 03-11, a Wednesday.
    const { deadlines } = await center<{ deadlines: { kind: string; from: string; due: string }[] }>('ledger.caseDeadlines', { caseId });
    expect(deadlines.filter((d) => d.kind === 'announcement' || d.kind === 'answer')).toMatchObject([
      { kind: 'announcement', from: '2026-01-20', due: '2026-02-24' },
      { kind: 'answer', from: '2026-02-24', due: '2026-03-11' },
    ]);
  });

  it('refuses bad input with a Chinese message and changes nothing', async () => {
    const caseId = k.t.court.caseIds[0]!;
    const [plaintiff, defendant] = k.parties(caseId);
    const otherParty = k.parties(k.t.court.caseIds[1]!)[1]!;
    await k.as('center');
    await k.as('judge');
    const before = k.t.fingerprint();
    const bad: [string, string, unknown, string, RegExp][] = [
      ['center', 'service.create', { caseId, partyId: defendant!.id, documentKind: 'complaint', method: 'postal', address: '某地' }, 'VALIDATION', /EMS/],
      ['center', 'service.create', { caseId, partyId: defendant!.id, documentKind: 'complaint', method: 'direct', address: '' }, 'VALIDATION', /地址/],
      ['center', 'service.create', { caseId, partyId: otherParty.id, documentKind: 'complaint', method: 'direct', address: '某地' }, 'NOT_FOUND', /当事人/],
      ['judge', 'service.create', { caseId, partyId: plaintiff!.id, documentKind: 'complaint', method: 'direct', address: '某地' }, 'FORBIDDEN', /无权/],
    ];
    for (const [user, name, input, code, message] of bad) {
      const r = await k.raw(user, name, input);
      expect(r.ok, name).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        expect(r.error.message + JSON.stringify(r.error.details ?? '')).toMatch(message);
      }
    }
    expect(k.t.fingerprint()).toEqual(before);
  });

  it('a stale version is a conflict; a failure needs a reason; a date in the future or before filing is refused', async () => {
    const center = await k.as('center');
    const caseId = k.t.court.caseIds[0]!;
    const [, defendant] = k.parties(caseId);
    const rec = await center<ServiceRecord>('service.create', { caseId, partyId: defendant!.id, documentKind: 'complaint', method: 'direct', address: '某地' });
    await center('service.recordAttempt', { serviceId: rec.id, on: '2026-02-02', result: 'failure', reason: 'nobody_signed', baseVersion: 1 });
    const stale = await k.raw('center', 'service.recordAttempt', { serviceId: rec.id, on: '2026-02-03', result: 'success', baseVersion: 1 });
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT');
    const noReason = await k.raw('center', 'service.recordAttempt', { serviceId: rec.id, on: '2026-02-03', result: 'failure', baseVersion: 2 });
    expect(noReason.ok ? null : noReason.error.message + JSON.stringify(noReason.error.details)).toMatch(/原因/);
    const future = await k.raw('center', 'service.recordAttempt', { serviceId: rec.id, on: '2026-02-11', result: 'success', baseVersion: 2 });
    expect(future.ok ? null : future.error.message).toMatch(/晚于今天/);
    const early = await k.raw('center', 'service.recordAttempt', { serviceId: rec.id, on: '2026-01-09', result: 'success', baseVersion: 2 });
    expect(early.ok ? null : early.error.message).toMatch(/早于立案日期/);
    // The same method may be tried again: a second visit succeeds.
    const ok = await center<ServiceRecord>('service.recordAttempt', { serviceId: rec.id, on: '2026-02-04', result: 'success', baseVersion: 2 });
    expect(ok.attempts.map((a) => a.result)).toEqual(['failure', 'success']);
    const again = await k.raw('center', 'service.create', { caseId, partyId: defendant!.id, documentKind: 'complaint', method: 'direct', address: '某地' });
    expect(again.ok ? null : again.error.message).toMatch(/已送达/);
  });

  it('every write is audited with its case', async () => {
    const center = await k.as('center');
    const caseId = k.t.court.caseIds[0]!;
    const [, defendant] = k.parties(caseId);
    await center('service.create', { caseId, partyId: defendant!.id, documentKind: 'complaint', method: 'direct', address: '某地' });
    const audit = k.t.app.db.prepare(`SELECT call, case_id, user_name FROM audit_log WHERE call LIKE 'service.%'`).all();
    expect(audit).toEqual([{ call: 'service.create', case_id: caseId, user_name: 'center' }]);
    const outbox = k.t.app.db.prepare(`SELECT changes FROM outbox WHERE call = 'service.create'`).get() as { changes: string };
    expect(JSON.parse(outbox.changes)[0]).toMatchObject({ entity: 'service_record', op: 'insert' });
  });
});
