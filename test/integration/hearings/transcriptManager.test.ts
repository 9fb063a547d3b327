import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EntryChange } from '../../../src-shared/contract/calls/transcriptCalls';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { SAVE_DELAY_MS, TranscriptManager, type TranscriptStore } from '../../../src-renderer/features/courtroom/transcriptManager';
import { createTestApp, type TestApp } from '../../helpers/testApp';

/** The courtroom page's manager against the real calls (dispatcher, SQLite): batching, durability while typing. */
describe('TranscriptManager over the real transcript calls', () => {
  let t: TestApp;
  let store: TranscriptStore;
  let batches: EntryChange[][];
  beforeAll(async () => {
    t = createTestApp({ now: () => new Date('2026-03-02T01:00:00Z') });
    const assistant = await t.login('assistant');
    const clerk = await t.login('clerk');
    const r = await t.call('hearings.schedule', {
      caseId: t.court.caseIds[0], startsAt: '2026-03-09T09:00', courtroom: '第一法庭', presidingJudgeId: t.court.users.judge, clerkId: t.court.users.clerk,
    }, assistant);
    if (!r.ok) throw new Error(r.error.message);
    const { id: hearingId } = r.value as { id: string };
    batches = [];
    const call = async <T>(name: string, input: unknown): Promise<T> => {
      const res = await t.call(name, input, clerk);
      if (!res.ok) throw Object.assign(new Error(res.error.message), { code: res.error.code });
      return res.value as T;
    };
    store = {
      get: () => call('transcripts.get', { hearingId }),
      save: async (transcriptId, changes) => {
        batches.push(changes);
        return (await call<{ saved: { id: string; version: number; updatedAt: string }[] }>('transcripts.saveEntries', { transcriptId, changes })).saved;
      },
    };
  });
  afterAll(() => {
    vi.useRealTimers();
    t.close();
  });

  it('continuous typing is saved every SAVE_DELAY_MS, not after a pause; flush sends the rest', async () => {
    const m = new TranscriptManager(store);
    await m.load();
    vi.useFakeTimers();
    const id = uuidv7();
    const now = new Date().toISOString();
    m.upsert({ id, position: 1, kind: 'speech', participantId: null, speaker: '', phase: null, text: '', evidenceItemId: null, createdAt: now, updatedAt: now, version: 0 });
    // A keystroke every 50 ms for 2 s: the timer must not be pushed back by each one.
    let text = '';
    for (let i = 0; i < 40; i++) {
      text += '字';
      m.update(id, { text });
      await vi.advanceTimersByTimeAsync(50);
    }
    const during = batches.length;
    expect(during).toBeGreaterThanOrEqual(Math.floor(2000 / (SAVE_DELAY_MS + 50)));
    vi.useRealTimers();
    await m.flush();
    const got = await store.get();
    expect(got.entries.map((e) => e.text)).toEqual([text]);
    expect(m.getState()).toMatchObject({ pending: 0, saving: false, failing: false });
    // Every batch carried the version the server last gave: no conflict along the way.
    expect(got.entries[0]!.version).toBe(batches.length);
    m.dispose();
  });

  it('a removed entry is deleted on the server; a stale version (changed elsewhere) reloads the server state', async () => {
    const m = new TranscriptManager(store, { onConflict: () => undefined });
    await m.load();
    const [first] = m.getState().entries;
    // Someone else edits the same entry.
    t.app.db.prepare('UPDATE transcript_entries SET text = ?, version = version + 1 WHERE id = ?').run('别处的修改', first!.id);
    m.update(first!.id, { text: '本机的修改' });
    await m.flush();
    expect(m.getState().entries[0]!.text).toBe('别处的修改');
    m.remove(first!.id);
    await m.flush();
    expect((await store.get()).entries).toEqual([]);
    m.dispose();
  });
});
