import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FIRST_YEAR, BUILT_IN_LAST_YEAR, courtCalendar } from '../../../src-shared/domain/deadlines/courtCalendar';
import { addDays } from '../../../src-shared/domain/deadlines/periods';
import { computeDeadline } from '../../../src-shared/domain/deadlines/deadlineKinds';

describe('court calendar', () => {
  it('knows the years chinese-days ships (2004–2026 for 1.5.7) and no others', () => {
    const cal = courtCalendar();
    expect([BUILT_IN_FIRST_YEAR, BUILT_IN_LAST_YEAR]).toEqual([2004, 2026]);
    expect([2003, 2004, 2025, 2026, 2027].map((y) => cal.hasYear(y))).toEqual([false, true, true, true, false]);
    const packageYears = (y: number) => chineseDays.getHolidaysInRange(`${y}-01-01`, `${y}-12-31`, false).length > 0;
    expect([BUILT_IN_FIRST_YEAR - 1, BUILT_IN_LAST_YEAR + 1].map(packageYears)).toEqual([false, false]);
  });

  it('the committed built-in data agrees with chinese-days on every day of its years', () => {
    const cal = courtCalendar();
    const differ: string[] = [];
    for (let d = `${BUILT_IN_FIRST_YEAR}-01-01`; d <= `${BUILT_IN_LAST_YEAR}-12-31`; d = addDays(d, 1)) {
      if (cal.isWorkday(d) !== chineseDays.isWorkday(d)) differ.push(d);
    }
    expect(differ).toEqual([]);
  });

  it('holidays are rest days, 调休 weekends working days, ordinary weekends rest days', () => {
    const cal = courtCalendar();
    expect(cal.isWorkday('2026-10-05')).toBe(false); // 国庆, a Monday
    expect(cal.isWorkday('2026-10-10')).toBe(true); // 调休 Saturday
    expect(cal.isWorkday('2026-10-11')).toBe(false); // ordinary Sunday
    expect(cal.isWorkday('2026-10-12')).toBe(true);
    expect(cal.isWorkday('2027-03-06')).toBe(false); // unknown year: Saturday still a rest day
    expect(cal.isWorkday('2027-03-08')).toBe(true);
    expect(() => cal.isWorkday('2026-13-01')).toThrow(/日期格式错误/);
  });

  it('an imported year extends the calendar and its result is no longer flagged', () => {
    const before = computeDeadline('appeal-ruling', '2027-01-31');
    // 2027: 春节 02-06…02-12 (a table as an admin would import it; the dates here are this test's own).
    expect(before).toMatchObject({ nominalDue: '2027-02-10', due: '2027-02-10', unknownYears: [2027] });
    const cal = courtCalendar([{ year: 2027, holidays: ['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'], workdays: ['2027-02-13'] }]);
    expect(cal.hasYear(2027)).toBe(true);
    expect(cal.isWorkday('2027-02-13')).toBe(true); // Saturday worked
    expect(cal.isWorkday('2027-02-14')).toBe(false); // plain Sunday
    const after = computeDeadline('appeal-ruling', '2027-01-31', { calendar: cal });
    expect(after).toMatchObject({ nominalDue: '2027-02-10', due: '2027-02-13', unknownYears: [] });
  });

  it('an imported year replaces the built-in data of that year; later tables win', () => {
    const corrected = courtCalendar([
      { year: 2026, holidays: ['2026-01-01'], workdays: [] },
      { year: 2026, holidays: ['2026-10-08'], workdays: ['2026-10-11'] },
    ]);
    expect(corrected.isWorkday('2026-10-05')).toBe(true); // no longer a holiday in the replacing table
    expect(corrected.isWorkday('2026-10-08')).toBe(false);
    expect(corrected.isWorkday('2026-10-11')).toBe(true);
    expect(corrected.isWorkday('2026-01-01')).toBe(true); // the earlier table for 2026 was replaced too
    expect(corrected.isWorkday('2025-10-08')).toBe(false); // other years keep the package's data
    expect(computeDeadline('answer', '2026-09-23', { calendar: corrected }).due).toBe('2026-10-09');
  });
});
