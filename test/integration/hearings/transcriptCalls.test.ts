import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { createTestApp, type TestApp } from '../../helpers/testApp';

const NOW = new Date('2026-03-02T01:00:00Z');

type Got = { transcript: { id: string; state: string }; participants: { id: string; speaker: string }[]; entries: { id: string; number: number; speaker: string; text: string; kind: string; phase: string | null; version: number }[] };

describe('transcripts.get / saveEntries and quickPhrases', () => {
  let t: TestApp;
  let clerk: string;
  let center: string;
  let hearingId: string;
  let transcriptId: string;
  let got: () => Promise<Got>;
  beforeAll(async () => {
    t = createTestApp({ now: () => NOW });
    clerk = await t.login('clerk');
    center = await t.login('center');
    const r = await t.call('hearings.schedule', {
      caseId: t.court.caseIds[0], startsAt: '2026-03-09T09:00', courtroom: '第一法庭', presidingJudgeId: t.court.users.judge, clerkId: t.court.users.clerk,
    }, await t.login('assistant'));
    if (!r.ok) throw new Error(r.error.message);
    ({ id: hearingId, transcriptId } = r.value as { id: string; transcriptId: string });
    got = async () => {
      const g = await t.call('transcripts.get', { hearingId }, clerk);
      if (!g.ok) throw new Error(g.error.message);
      return g.value as Got;
    };
  });
  afterAll(() => t.close());

  const save = (changes: unknown[], session = clerk) => t.call('transcripts.saveEntries', { transcriptId, changes }, session);
  const entry = (fields: Record<string, unknown>) => ({ id: uuidv7(), position: 1, kind: 'speech', participantId: null, text: '', baseVersion: 0, ...fields });

  it('saves a batch of new entries in one write, prints the speaker from the participant, numbers them in order', async () => {
    const { participants } = await got();
    const [presiding, plaintiff] = participants;
    const a = entry({ position: 2, participantId: presiding!.id, text: '现在开庭。' });
    const b = entry({ position: 3, participantId: plaintiff!.id, text: '到庭。' });
    const phase = entry({ position: 1, kind: 'phase', phase: 'opening', text: '' });
    const r = await save([{ op: 'upsert', entry: a }, { op: 'upsert', entry: b }, { op: 'upsert', entry: phase }]);
    expect(r).toMatchObject({ ok: true, value: { saved: [{ id: a.id, version: 1 }, { id: b.id, version: 1 }, { id: phase.id, version: 1 }] } });
    const g = await got();
    expect(g.entries.map((e) => [e.number, e.kind, e.speaker, e.text])).toEqual([
      [1, 'phase', '', ''], [2, 'speech', '审判长', '现在开庭。'], [3, 'speech', '原告原告1', '到庭。'],
    ]);
    // Typing on: the same entry again with the version the server gave.
    expect(await save([{ op: 'upsert', entry: { ...b, text: '到庭。原告陈述完毕。', baseVersion: 1 } }])).toMatchObject({ ok: true, value: { saved: [{ version: 2 }] } });
    // A stale version is a conflict and changes nothing.
    const before = t.fingerprint();
    expect(await save([{ op: 'upsert', entry: { ...b, text: '旧的', baseVersion: 1 } }])).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(t.fingerprint()).toEqual(before);
    expect(await save([{ op: 'delete', id: a.id, baseVersion: 1 }])).toMatchObject({ ok: true, value: { saved: [{ version: 2 }] } });
    expect((await got()).entries.map((e) => e.number)).toEqual([1, 2]);
  });

  it('refuses bad input and other roles, all or nothing', async () => {
    const before = t.fingerprint();
    const good = entry({ position: 10, text: '好的' });
    const cases: [unknown[], string, RegExp][] = [
      [[{ op: 'upsert', entry: good }, { op: 'upsert', entry: entry({ participantId: uuidv7() }) }], 'VALIDATION', /发言人不是本次庭审的参加人/],
      [[{ op: 'upsert', entry: good }, { op: 'upsert', entry: good }], 'VALIDATION', /只能出现一次/],
      [[{ op: 'upsert', entry: entry({ kind: 'phase' }) }], 'VALIDATION', /阶段标题须注明阶段/],
      [[{ op: 'upsert', entry: entry({ text: '字'.repeat(20_001) }) }], 'VALIDATION', /最长 20000 字/],
      [[{ op: 'upsert', entry: entry({ kind: 'addendum', text: '补正' }) }], 'VALIDATION', /尚未定稿/],
      [[{ op: 'upsert', entry: good }, { op: 'delete', id: uuidv7(), baseVersion: 1 }], 'NOT_FOUND', /要删除的笔录不存在/],
      [[], 'VALIDATION', /没有要保存的笔录/],
    ];
    for (const [changes, code, message] of cases) {
      expect(await save(changes)).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
    }
    expect(await save([{ op: 'upsert', entry: good }], center)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.call('transcripts.saveEntries', { transcriptId: uuidv7(), changes: [{ op: 'upsert', entry: good }] }, clerk)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(t.fingerprint()).toEqual(before);
  });

  it('a final transcript is LOCKED: no edit, no delete, no new entry; an addendum works and can be typed on', async () => {
    const { entries } = await got();
    t.app.db.prepare("UPDATE transcripts SET state = 'final' WHERE id = ?").run(transcriptId);
    const last = entries[entries.length - 1]!;
    const before = t.fingerprint();
    expect(await save([{ op: 'upsert', entry: { ...entry({}), id: last.id, text: '改', baseVersion: last.version, position: 5 } }])).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await save([{ op: 'delete', id: last.id, baseVersion: last.version }])).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await save([{ op: 'upsert', entry: entry({ position: 99, text: '新的' }) }])).toMatchObject({ ok: false, error: { code: 'LOCKED', message: expect.stringMatching(/补正/) } });
    expect(t.fingerprint()).toEqual(before);
    const add = entry({ position: 100, kind: 'addendum', text: '补正：' });
    expect(await save([{ op: 'upsert', entry: add }])).toMatchObject({ ok: true });
    expect(await save([{ op: 'upsert', entry: { ...add, text: '补正：第3条“到庭”应为“到庭参加诉讼”。', baseVersion: 1 } }])).toMatchObject({ ok: true });
    expect((await got()).entries.at(-1)).toMatchObject({ kind: 'addendum', text: '补正：第3条“到庭”应为“到庭参加诉讼”。' });
    t.app.db.prepare("UPDATE transcripts SET state = 'draft' WHERE id = ?").run(transcriptId);
  });

  it('quick phrases: suggested until saved, per clerk, hotkeys unique, versions checked', async () => {
    const first = await t.call('quickPhrases.list', {}, clerk);
    expect(first).toMatchObject({ ok: true, value: { items: [], suggested: expect.arrayContaining([{ hotkey: 'F1', text: '现在开庭。' }]) } });
    const a = { id: uuidv7(), hotkey: 'F1', text: '现在开庭。', position: 0, baseVersion: 0 };
    const b = { id: uuidv7(), hotkey: 'F2', text: '无异议。', position: 1, baseVersion: 0 };
    expect(await t.call('quickPhrases.save', { changes: [{ op: 'upsert', phrase: a }, { op: 'upsert', phrase: b }] }, clerk)).toMatchObject({
      ok: true, value: { items: [{ id: a.id, hotkey: 'F1', version: 1 }, { id: b.id, hotkey: 'F2', version: 1 }] },
    });
    expect(await t.call('quickPhrases.save', { changes: [{ op: 'upsert', phrase: { ...b, hotkey: 'F1', baseVersion: 1 } }] }, clerk)).toMatchObject({
      ok: false, error: { code: 'VALIDATION', message: '快捷键 F1 已分配给另一条常用语' },
    });
    // Swapping two hotkeys in one batch is fine.
    expect(await t.call('quickPhrases.save', { changes: [{ op: 'upsert', phrase: { ...a, hotkey: 'F2', baseVersion: 1 } }, { op: 'upsert', phrase: { ...b, hotkey: 'F1', baseVersion: 1 } }] }, clerk)).toMatchObject({ ok: true });
    expect(await t.call('quickPhrases.save', { changes: [{ op: 'delete', id: a.id, baseVersion: 1 }] }, clerk)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const judge = await t.login('judge');
    expect(await t.call('quickPhrases.list', {}, judge)).toMatchObject({ ok: true, value: { items: [] } });
    expect(await t.call('quickPhrases.save', { changes: [{ op: 'delete', id: a.id, baseVersion: 2 }] }, judge)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.call('quickPhrases.list', {}, center)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
