import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HearingDetailSchema } from '../../../src-shared/contract/calls/hearingCalls';
import { createTestApp, type TestApp } from '../../helpers/testApp';

// China time 2026-03-02 09:00: "today" for the 3-day rule.
const NOW = new Date('2026-03-02T01:00:00Z');

describe('hearings.schedule / list / get / setState', () => {
  let t: TestApp;
  let assistant: string;
  let center: string;
  let caseId: string;
  beforeAll(async () => {
    t = createTestApp({ now: () => NOW });
    assistant = await t.login('assistant');
    center = await t.login('center');
    caseId = t.court.caseIds[0]!;
  });
  afterAll(() => t.close());

  const base = () => ({ caseId, startsAt: '2026-03-09T09:00', courtroom: '第一法庭', presidingJudgeId: t.court.users.judge, clerkId: t.court.users.clerk });
  const ok = async <T>(name: string, input: unknown, session = assistant): Promise<T> => {
    const r = await t.call(name, input, session);
    if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
    return r.value as T;
  };

  it('proposes the participants from the case parties and the staff, with unique aliases in Alt order', async () => {
    const p = await ok<{ participants: { role: string; name: string; alias: string }[]; clerkId: string; presidingJudgeId: string }>('hearings.proposal', { caseId });
    expect(p.presidingJudgeId).toBe(t.court.users.judge);
    expect(p.clerkId).toBe(t.court.users.clerk);
    expect(p.participants.map((x) => [x.role, x.alias])).toEqual([['presiding', '审'], ['plaintiff', '原'], ['defendant', '被'], ['clerk', '书']]);
  });

  it('schedules with the proposed participants and a draft transcript in one write; get and list read it back', async () => {
    const audit = (t.app.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const r = await ok<{ id: string; transcriptId: string; warnings: string[] }>('hearings.schedule', { ...base(), noticeServedOn: '2026-03-02' });
    expect(r.warnings).toEqual([]);
    expect((t.app.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(audit + 1);
    const h = HearingDetailSchema.parse(await ok('hearings.get', { id: r.id }));
    expect(h).toMatchObject({ state: 'scheduled', courtroom: '第一法庭', transcript: { id: r.transcriptId, state: 'draft' }, transcriptState: 'draft' });
    expect(h.participants.map((p) => [p.position, p.speaker])).toEqual([[1, '审判长'], [2, '原告原告1'], [3, '被告被告1'], [4, '书记员']]);
    const day = await ok<{ items: { id: string }[]; courtrooms: string[] }>('hearings.list', { day: '2026-03-09', courtroom: '第一法庭' });
    expect(day.items.map((i) => i.id)).toEqual([r.id]);
    expect(day.courtrooms).toContain('第一法庭');
    expect((await ok<{ items: unknown[] }>('hearings.list', { day: '2026-03-09', courtroom: '第二法庭' })).items).toEqual([]);
    expect((await ok<{ items: { id: string }[] }>('hearings.list', { caseId })).items.map((i) => i.id)).toEqual([r.id]);
  });

  it('applies the 3-day notice rule: refusal under the ordinary procedure, warning under the simplified one or when not served', async () => {
    const late = { ...base(), startsAt: '2026-03-04T10:00', noticeServedOn: '2026-03-02' };
    const warned = await ok<{ warnings: string[] }>('hearings.schedule', late); // the small court's cases are 简易程序
    expect(warned.warnings.join()).toMatch(/不足三日.*简易程序/);
    t.app.db.prepare("UPDATE cases SET procedure = 'ordinary' WHERE id = ?").run(t.court.caseIds[1]);
    const before = t.fingerprint();
    const refused = await t.call('hearings.schedule', { ...late, caseId: t.court.caseIds[1], courtroom: '第二法庭' }, assistant);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/2026-03-02 送达.*仅 2 日.*2026-03-06 或以后/) } });
    expect(t.fingerprint()).toEqual(before);
    const unserved = await ok<{ warnings: string[] }>('hearings.schedule', { ...base(), caseId: t.court.caseIds[1], startsAt: '2026-03-20T09:00' });
    expect(unserved.warnings).toEqual(['开庭传票尚未送达：最迟应于 2026-03-16 送达']);
  });

  it('refuses bad input with a clear Chinese error and changes nothing', async () => {
    const before = t.fingerprint();
    const cases: [unknown, string, RegExp][] = [
      [{ ...base(), startsAt: '2026-03-01T09:00' }, 'VALIDATION', /开庭日期已过/],
      [{ ...base(), startsAt: '2026-3-9 9:00' }, 'VALIDATION', /开庭时间格式/],
      [{ ...base() }, 'VALIDATION', /第一法庭在 2026-03-09 09:00 已有庭审/],
      [{ ...base(), startsAt: '2026-03-10T09:00', clerkId: t.court.users.judge }, 'VALIDATION', /书记员须是书记员/],
      [{ ...base(), startsAt: '2026-03-10T09:00', participants: [{ role: 'plaintiff', name: '甲', alias: '原' }, { role: 'defendant', name: '乙', alias: '原' }] }, 'VALIDATION', /简称“原”重复/],
      [{ ...base(), startsAt: '2026-03-10T09:00', participants: [{ role: 'plaintiff', name: '甲', alias: '原：' }] }, 'VALIDATION', /简称不能含冒号/],
      [{ ...base(), caseId: '01900000-0000-7000-8000-000000000000' }, 'NOT_FOUND', /案件不存在/],
    ];
    for (const [input, code, message] of cases) {
      expect(await t.call('hearings.schedule', input, assistant)).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
    }
    expect(t.fingerprint()).toEqual(before);
  });

  it('lets only the trial team and the administrator schedule or change state', async () => {
    expect(await t.call('hearings.schedule', { ...base(), startsAt: '2026-03-11T09:00' }, center)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const list = await t.call('hearings.list', { caseId }, center);
    expect(list.ok).toBe(true);
  });

  it('moves through the states in order, with version checks', async () => {
    const { id } = await ok<{ id: string }>('hearings.schedule', { ...base(), startsAt: '2026-03-12T14:30' });
    const set = (toState: string, baseVersion: number) => t.call('hearings.setState', { id, toState, baseVersion }, assistant);
    expect(await set('closed', 1)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/待开庭，不能改为“已闭庭”/) } });
    expect(await set('opened', 1)).toMatchObject({ ok: true, value: { state: 'opened', version: 2 } });
    expect(await set('adjourned', 1)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await set('adjourned', 2)).toMatchObject({ ok: true, value: { version: 3 } });
    expect(await set('opened', 3)).toMatchObject({ ok: true, value: { version: 4 } });
    expect(await set('closed', 4)).toMatchObject({ ok: true, value: { state: 'closed' } });
    const h = await ok<{ openedAt: string; closedAt: string; state: string }>('hearings.get', { id });
    expect(h).toMatchObject({ state: 'closed', openedAt: NOW.toISOString(), closedAt: NOW.toISOString() });
    expect(await set('opened', 5)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses to open a hearing without a clerk among its participants', async () => {
    const { id } = await ok<{ id: string }>('hearings.schedule', {
      ...base(), startsAt: '2026-03-13T09:00', participants: [{ role: 'presiding', name: '审判长甲', alias: '审' }],
    });
    expect(await t.call('hearings.setState', { id, toState: 'opened', baseVersion: 1 }, assistant)).toMatchObject({
      ok: false, error: { code: 'VALIDATION', message: '开庭须有书记员' },
    });
  });
});
