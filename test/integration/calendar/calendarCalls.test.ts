import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/testApp';
import { loadCourtCalendar } from '../../../src-main/domains/calendar/loadCourtCalendar';

// 2027 春节 as this test imports it (02-06…02-12, Saturday 02-13 worked); the package has no 2027 data.
const YEAR_2027 = {
  year: 2027,
  holidays: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
  workdays: ['2027-02-13'],
};

describe('calendar calls: years with data, admin import, deadlines.compute', () => {
  let t: TestApp;
  let admin: string;
  let clerk: string;
  beforeAll(async () => {
    t = createTestApp({ now: () => new Date('2026-11-29T04:00:00Z') });
    admin = await t.login('admin');
    clerk = await t.login('clerk');
  });
  afterAll(() => t.close());

  const value = async (name: string, input: unknown, session: string) => {
    const r = await t.call(name, input, session);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };

  it('lists the built-in years and flags the next year as missing', async () => {
    const years = await value('calendar.years', {}, clerk);
    expect(years).toMatchObject({ currentYear: 2026, missing: [2027], builtInRange: { first: 2004, last: 2026 } });
    const list = years.years as { year: number; source: string; holidays: number; workdays: number }[];
    expect(list.find((y) => y.year === 2026)).toEqual(expect.objectContaining({ source: 'built-in', holidays: 33, workdays: 6 }));
    expect(list.some((y) => y.year === 2027)).toBe(false);
  });

  it('only the admin may import, and bad tables are refused in Chinese with nothing written', async () => {
    const forbidden = await t.call('calendar.importYear', YEAR_2027, clerk);
    expect(forbidden.ok || forbidden.error.code).toBe('FORBIDDEN');
    const before = t.fingerprint();
    const bad = [
      [{ ...YEAR_2027, holidays: [...YEAR_2027.holidays, '2026-12-31'] }, /不属于 2027 年：2026-12-31/],
      [{ ...YEAR_2027, workdays: ['2027-02-13', '2027-02-06'] }, /既是节假日又是调休上班日：2027-02-06/],
      [{ ...YEAR_2027, workdays: ['2027-02-15'] }, /调休上班日应为周六或周日：2027-02-15/],
      [{ ...YEAR_2027, holidays: ['2027-02-30'] }, /有效的 YYYY-MM-DD/],
      [{ ...YEAR_2027, holidays: [] }, /至少应有一个法定节假日/],
    ] as const;
    for (const [input, message] of bad) {
      const r = await t.call('calendar.importYear', input, admin);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(JSON.stringify(r.error)).toMatch(message);
      }
    }
    expect(t.fingerprint()).toEqual(before);
  });

  it('an imported year clears the flag and moves deadlines; the import is audited; importing again replaces it', async () => {
    const before = await value('deadlines.compute', { kind: 'appeal-ruling', from: '2027-01-31' }, clerk);
    expect(before).toMatchObject({ due: '2027-02-10', unknownYears: [2027] });

    const imported = await value('calendar.importYear', { ...YEAR_2027, holidays: [...YEAR_2027.holidays, '2027-01-01'] }, admin);
    expect(imported).toMatchObject({ year: 2027, source: 'imported', overridesBuiltIn: false, holidays: 8, workdays: 1 });
    expect((await value('calendar.years', {}, clerk)).missing).toEqual([]);
    const after = await value('deadlines.compute', { kind: 'appeal-ruling', from: '2027-01-31' }, clerk);
    expect(after).toMatchObject({ nominalDue: '2027-02-10', due: '2027-02-13', unknownYears: [] });
    expect(loadCourtCalendar(t.app.db).isWorkday('2027-02-13')).toBe(true);

    const audit = t.app.db.prepare(`SELECT call, user_name FROM audit_log WHERE call = 'calendar.importYear'`).all();
    expect(audit).toEqual([{ call: 'calendar.importYear', user_name: 'admin' }]);

    await value('calendar.importYear', { year: 2027, holidays: ['2027-01-01'], workdays: [] }, admin);
    const row = t.app.db.prepare('SELECT holidays, version FROM calendar_years WHERE year = 2027').get();
    expect(row).toEqual({ holidays: '["2027-01-01"]', version: 2 });
    expect((await value('deadlines.compute', { kind: 'appeal-ruling', from: '2027-01-31' }, clerk)).due).toBe('2027-02-10');
  });

  it('an import for a built-in year overrides the package', async () => {
    const r = await value('calendar.importYear', { year: 2026, holidays: ['2026-10-01', '2026-10-08'], workdays: [] }, admin);
    expect(r).toMatchObject({ source: 'imported', overridesBuiltIn: true });
    // 09-23 + 15 = 10-08: a holiday only in the imported table → 10-09
    expect((await value('deadlines.compute', { kind: 'answer', from: '2026-09-23' }, clerk)).due).toBe('2026-10-09');
  });

  it('the current year is China\'s: late on 31 December UTC it is already the next year', async () => {
    const late = createTestApp({ now: () => new Date('2026-12-31T17:00:00Z') });
    try {
      const session = await late.login('judge');
      const r = await late.call('calendar.years', {}, session);
      expect(r.ok && r.value).toMatchObject({ currentYear: 2027, missing: [2027, 2028] });
    } finally {
      late.close();
    }
  });

  it('deadlines.compute refuses bad input in Chinese and needs a session', async () => {
    const noDays = await t.call('deadlines.compute', { kind: 'evidence', from: '2026-03-01' }, clerk);
    expect(noDays.ok || noDays.error).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/举证期限须指定天数/) });
    const badKind = await t.call('deadlines.compute', { kind: 'nope', from: '2026-03-01' }, clerk);
    expect(badKind.ok || badKind.error.code).toBe('VALIDATION');
    const anonymous = await t.call('deadlines.compute', { kind: 'answer', from: '2026-03-01' });
    expect(anonymous.ok || anonymous.error.code).toBe('UNAUTHENTICATED');
  });
});
