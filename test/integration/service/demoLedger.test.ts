import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../src-shared/contract/contract';
import { openDemoDossier, type DemoDossier } from '../dossier/dossierFixture';

describe('the demo data on the ledger', () => {
  let demo: DemoDossier;
  let center: <T>(name: string, input: unknown) => Promise<T>;
  beforeAll(async () => {
    demo = await openDemoDossier();
    const login = await demo.dispatch({ name: 'auth.login', input: { userName: 'center', password: 'demo-2026' } }, { via: 'test' });
    if (!login.ok) throw new Error(login.error.message);
    const sessionId = (login.value as { sessionId: string }).sessionId;
    center = async <T>(name: string, input: unknown) => {
      const r = await demo.dispatch({ name, input, sessionId }, { via: 'test' });
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      return r.value as T;
    };
  }, 120_000);
  afterAll(() => demo.close());

  it('shows every warning level, service in every state, a preservation, work orders both ways and an extension', async () => {
    // The centre sees every case of the court; the clerk (demo.call) only the first team's.
    const ledger = await center<CallOutput<'ledger.list'>>('ledger.list', { limit: 500 });
    const teamLedger = await demo.call<CallOutput<'ledger.list'>>('ledger.list', { limit: 500 });
    expect(teamLedger.total).toBeLessThan(ledger.total);
    expect(teamLedger.items.every((r) => r.team?.name === '民事审判第一团队')).toBe(true);
    expect(ledger.levels.overdue).toBeGreaterThan(0);
    expect(ledger.levels.today).toBeGreaterThan(0);
    expect(ledger.levels.soon).toBeGreaterThan(0);
    expect(ledger.levels.ok).toBeGreaterThan(0);
    const statuses = new Set(ledger.items.map((r) => r.service.status));
    expect([...statuses]).toEqual(expect.arrayContaining(['none', 'pending', 'served']));
    expect(ledger.items.some((r) => r.nextDeadline?.kind === 'answer' && r.nextDeadline.level === 'soon')).toBe(true);
    expect(ledger.items.some((r) => r.preservation?.level === 'today')).toBe(true);

    const failed = await center<CallOutput<'service.list'>>('service.list', { queue: 'all' });
    expect(failed.items.some((s) => s.method === 'postal' && s.attempts[0]?.reason === 'no_such_person')).toBe(true);
    expect(failed.items.some((s) => s.method === 'announcement' && s.effectiveServedOn)).toBe(true);
    expect(failed.staff.find((s) => s.name === '刘洋')?.open).toBeGreaterThan(0);

    const outgoing = await demo.call<CallOutput<'workOrders.list'>>('workOrders.list', { box: 'outgoing', includeCompleted: true });
    const incoming = await demo.call<CallOutput<'workOrders.list'>>('workOrders.list', { box: 'incoming' });
    expect(outgoing.items.length).toBeGreaterThan(0); // the clerk's team asked the centre
    expect(incoming.items.map((o) => o.kind)).toContain('scan_backfill');
    const extension = demo.app.db.prepare(`SELECT count(*) AS n FROM trial_limit_changes WHERE kind = 'extension'`).get() as { n: number };
    expect(extension.n).toBe(1);
    const notes = await demo.call<CallOutput<'notifications.list'>>('notifications.list', {});
    expect(notes.counts.overdue + notes.counts.today + notes.counts.soon).toBe(notes.items.length);
    expect(notes.items.length).toBeGreaterThan(0);
  });
});
