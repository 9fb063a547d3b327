import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../src-shared/contract/contract';
import type { ServiceRecord } from '../../../src-shared/contract/calls/serviceCalls';
import { serviceKit, type ServiceKit } from './serviceKit';

type Ledger = CallOutput<'ledger.list'>;

/** Serves the complaint on case i's defendant electronically on `on`. */
async function serve(k: ServiceKit, i: number, on: string): Promise<void> {
  const center = await k.as('center');
  const caseId = k.t.court.caseIds[i]!;
  const [, defendant] = k.parties(caseId);
  const rec = await center<ServiceRecord>('service.create', { caseId, partyId: defendant!.id, documentKind: 'complaint', method: 'electronic', address: 'x@example.cn' });
  await center('service.recordAttempt', { serviceId: rec.id, on, result: 'success', baseVersion: rec.version });
}

describe('ledger (案件台账)', () => {
  let k: ServiceKit;
  beforeEach(() => {
    k = serviceKit();
  });
  afterEach(() => k.t.close());

  it('computes the answer deadline from the service date, across the Spring Festival holiday', async () => {
    await serve(k, 0, '2026-02-05');
    const clerk = await k.as('clerk');
    const ledger = await clerk<Ledger>('ledger.list', {});
    expect(ledger.today).toBe('2026-02-10');
    const row = ledger.items.find((r) => r.caseNumber === '（2026）苏0198民初1号')!;
    // Served 02-05: 15 days end 02-20, a Spring Festival holiday (02-15…02-23), so the period ends on Tuesday 02-24.
    expect(row.nextDeadline).toMatchObject({ kind: 'answer', subject: '被告1', from: '2026-02-05', nominalDue: '2026-02-20', due: '2026-02-24', daysLeft: 14, level: 'ok' });
    expect(row.nextDeadline!.rule).toMatch(/顺延至其后第一个工作日 2026-02-24/);
    expect(row.service).toEqual({ status: 'served', served: 1, total: 1, failed: 0 });
    expect(row.unknownYears).toEqual([]);
    expect(row.dossier).toMatchObject({ complete: false }); // no documents at all in the small court's cases
    // The check is remembered per case until its dossier changes: a complaint filed now is one error fewer.
    const center = await k.as('center');
    await center('documents.import', { caseId: row.id, batchId: 'complaint', files: [{ name: '民事起诉状.pdf', bytes: await k.proofPdf('原告诉称') }], category: '起诉状' });
    const after = (await clerk<Ledger>('ledger.list', { query: '民初1号' })).items[0]!;
    expect(after.dossier!.errors).toBe(row.dossier!.errors - 1);
    const deadlines = await clerk<CallOutput<'ledger.caseDeadlines'>>('ledger.caseDeadlines', { caseId: row.id });
    expect(deadlines.deadlines.map((d) => [d.kind, d.due])).toEqual([['answer', '2026-02-24'], ['evidence', '2026-02-24'], ['trial-simplified', '2026-04-10']]);
  });

  it('shows every warning level, filters, sorts, and honours trial-limit extensions and deductions', async () => {
    const center = await k.as('center');
    const [c1, c2, c3] = k.t.court.caseIds as [string, string, string];
    // Case 2: a service target 5 days after its filing on 02-10 → due 02-15 (soon). Case 3 (filed 03-10, in the future) is left alone.
    const [, d2] = k.parties(c2);
    await center('service.create', { caseId: c2, partyId: d2!.id, documentKind: 'complaint', method: 'direct', address: '某地' });
    // Case 1: a preservation measure expiring today.
    await center('preservations.create', {
      caseId: c1, kind: 'property', applicant: '原告1', respondent: '被告1', amount: 5000,
      measures: [{ description: '冻结银行存款', startedOn: '2025-02-10', expiresOn: '2026-02-10' }],
    });
    const supervisor = await k.as('supervisor');
    let ledger = await supervisor<Ledger>('ledger.list', { sort: { field: 'daysLeft', order: 'asc' } });
    expect(ledger.items.map((r) => [r.caseNumber.slice(-4), r.nextDeadline?.kind, r.nextDeadline?.level])).toEqual([
      ['民初1号', 'preservation-expiry', 'today'],
      ['民初2号', 'service-due', 'soon'],
      ['民初3号', 'trial-simplified', 'ok'],
    ]);
    expect(ledger.levels).toEqual({ overdue: 0, today: 1, soon: 1, ok: 1, none: 0 });
    expect(ledger.items[0]!.preservation).toEqual({ active: 1, nextExpiry: '2026-02-10', level: 'today' });

    ledger = await supervisor<Ledger>('ledger.list', { level: 'soon' });
    expect(ledger.items.map((r) => r.id)).toEqual([c2]);
    ledger = await supervisor<Ledger>('ledger.list', { sort: { field: 'caseNumber', order: 'desc' }, limit: 2 });
    expect(ledger.total).toBe(3);
    expect(ledger.items.map((r) => r.id)).toEqual([c3, c2]);
    expect((await supervisor<Ledger>('ledger.list', { preservation: true })).items.map((r) => r.id)).toEqual([c1]);
    expect((await supervisor<Ledger>('ledger.list', { query: '被告3' })).items.map((r) => r.id)).toEqual([c3]);

    // Case 3, filed 2026-03-10 (simplified, 3 months → 06-10): +1 month approved and 30 days of 公告 deducted.
    const clerk = await k.as('clerk');
    await clerk('trialLimits.record', { caseId: c3, kind: 'extension', months: 1, reason: '案情复杂', approver: '院长', approvedOn: '2026-02-09' });
    await clerk('trialLimits.record', { caseId: c3, kind: 'deduction', fromOn: '2026-03-20', toOn: '2026-04-19', reason: '公告送达', approver: '庭长', approvedOn: '2026-02-09' });
    const row = (await supervisor<Ledger>('ledger.list', { query: '民初3号' })).items[0]!;
    // 03-10 + 4 months = 07-10, + 30 days = 08-09 (a Sunday) → Monday 08-10.
    expect(row.nextDeadline).toMatchObject({ kind: 'trial-simplified', nominalDue: '2026-08-09', due: '2026-08-10' });
    const judge = await k.as('judge');
    const forbidden = await k.raw('center', 'trialLimits.record', { caseId: c3, kind: 'extension', months: 1, reason: 'x', approver: 'y', approvedOn: '2026-02-09' });
    expect(forbidden.ok ? null : forbidden.error.code).toBe('FORBIDDEN');
    // The judge handles all three cases (small court): the same rows.
    expect((await judge<Ledger>('ledger.list', {})).total).toBe(3);
  });

  it('flags a year without holiday data on the row', async () => {
    const late = serviceKit(new Date('2026-12-20T02:00:00Z'));
    try {
      const center = await late.as('center');
      const caseId = late.t.court.caseIds[0]!;
      const [, defendant] = late.parties(caseId);
      const rec = await center<ServiceRecord>('service.create', { caseId, partyId: defendant!.id, documentKind: 'complaint', method: 'direct', address: '某地' });
      await center('service.recordAttempt', { serviceId: rec.id, on: '2026-12-20', result: 'success', baseVersion: 1 });
      const row = (await center<Ledger>('ledger.list', { query: '民初1号' })).items[0]!;
      // Served 12-20: the answer period ends 2027-01-04, a year chinese-days has no table for.
      expect(row.nextDeadline).toMatchObject({ kind: 'trial-simplified', level: 'overdue', unknownYears: [] }); // 审限 ended 04-10
      expect(row.unknownYears).toEqual([2027]);
      const { deadlines } = await center<CallOutput<'ledger.caseDeadlines'>>('ledger.caseDeadlines', { caseId });
      expect(deadlines.find((d) => d.kind === 'answer')).toMatchObject({ due: '2027-01-04', unknownYears: [2027] });
    } finally {
      late.t.close();
    }
  });

  it('saves views per user and exports the current view to .xlsx with Chinese headers', async () => {
    await serve(k, 0, '2026-02-05');
    const clerk = await k.as('clerk');
    const saved = await clerk<CallOutput<'ledger.saveView'>>('ledger.saveView', { name: '送达中', filter: { serviceStatus: 'served' } });
    await clerk('ledger.saveView', { name: '送达中', filter: { serviceStatus: 'served', sort: { field: 'caseNumber', order: 'asc' } } });
    const views = await clerk<CallOutput<'ledger.views'>>('ledger.views', {});
    expect(views.items).toHaveLength(1);
    expect(views.items[0]).toMatchObject({ id: saved.id, version: 2, filter: { serviceStatus: 'served', sort: { field: 'caseNumber' } } });
    expect((await (await k.as('judge'))<CallOutput<'ledger.views'>>('ledger.views', {})).items).toEqual([]);

    const bytes = await clerk<Uint8Array>('ledger.exportXlsx', views.items[0]!.filter);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('案件台账')!;
    expect(String(ws.getCell('A1').value)).toMatch(/^案件台账（2026-02-10 导出.*共 1 件）$/);
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['案号', '案由', '原告（申请人）', '被告（被申请人）']);
    expect(header).toContain('下一期限');
    const cell = (name: string) => ws.getRow(3).getCell(header.indexOf(name) + 1).value;
    expect(cell('案号')).toBe('（2026）苏0198民初1号');
    expect(cell('下一期限')).toBe('答辩期（被告1）');
    expect(cell('到期日')).toBe('2026-02-24');
    expect(cell('剩余天数')).toBe(14);
    expect(cell('送达情况')).toBe('已送达（1/1）');
    expect(ws.rowCount).toBe(3);

    await clerk('ledger.deleteView', { id: saved.id, baseVersion: 2 });
    expect((await clerk<CallOutput<'ledger.views'>>('ledger.views', {})).items).toEqual([]);
  });

  it('lists the warnings of the user’s cases as notifications', async () => {
    const center = await k.as('center');
    const c1 = k.t.court.caseIds[0]!;
    const [, d1] = k.parties(c1);
    await center('service.create', { caseId: c1, partyId: d1!.id, documentKind: 'complaint', method: 'direct', address: '某地' });
    const judge = await k.as('judge');
    const n = await judge<CallOutput<'notifications.list'>>('notifications.list', {});
    // Case 1 filed 01-10: the complaint was due on the defendant by 01-15.
    expect(n.items.map((i) => [i.caseNumber, i.kind, i.level, i.daysLeft])).toEqual([['（2026）苏0198民初1号', 'service-due', 'overdue', -26]]);
    expect(n.counts).toEqual({ overdue: 1, today: 0, soon: 0 });
  });
});
