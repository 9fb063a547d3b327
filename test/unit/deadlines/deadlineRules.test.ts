import { describe, expect, it } from 'vitest';
import {
  computeDeadline, deductedDays, DEADLINE_KIND_LABELS, DEADLINE_KINDS,
} from '../../../src-shared/domain/deadlines/deadlineKinds';
import { dueStatus } from '../../../src-shared/domain/deadlines/dueStatus';
import { addMonths, addDays, nextWorkday, previousWorkday } from '../../../src-shared/domain/deadlines/periods';
import { courtCalendar } from '../../../src-shared/domain/deadlines/courtCalendar';

describe('period arithmetic', () => {
  it('adds months to the corresponding day or the month end, across years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('moves to the next or previous working day', () => {
    const cal = courtCalendar();
    expect(nextWorkday('2026-10-01', cal)).toBe('2026-10-08');
    expect(nextWorkday('2026-10-10', cal)).toBe('2026-10-10');
    expect(previousWorkday('2026-10-07', cal)).toBe('2026-09-30');
    const allDays = (year: number, n: number) => ({ year, holidays: Array.from({ length: n }, (_, i) => addDays(`${year}-01-01`, i)), workdays: [] });
    const broken = courtCalendar([allDays(2027, 365), allDays(2028, 366)]);
    expect(() => nextWorkday('2027-01-01', broken)).toThrow(/节假日数据有误/);
  });
});

describe('computeDeadline', () => {
  it('labels every kind in Chinese and English', () => {
    for (const k of DEADLINE_KINDS) expect(DEADLINE_KIND_LABELS[k].zh && DEADLINE_KIND_LABELS[k].en).toBeTruthy();
  });

  it('explains the rule in Chinese, with the shift and the article', () => {
    const r = computeDeadline('answer', '2026-09-20');
    expect(r.rule).toContain('次日起算15日');
    expect(r.rule).toContain('顺延至其后第一个工作日 2026-10-08');
    expect(r.rule).toContain('第85条');
    const t = computeDeadline('trial-ordinary', '2026-01-05', { extensions: [{ months: 6 }], deductions: [{ from: '2026-03-01', to: '2026-03-31' }] });
    expect(t.rule).toContain('经批准延长6个月');
    expect(t.rule).toContain('扣除不计入审限的期间30日');
  });

  it('flags the years it touched without holiday data', () => {
    expect(computeDeadline('answer', '2026-12-20')).toMatchObject({ due: '2027-01-04', unknownYears: [2027] });
    expect(computeDeadline('trial-ordinary', '2026-09-01').unknownYears).toEqual([2027]);
    const r = computeDeadline('answer', '2003-06-01');
    expect(r.unknownYears).toEqual([2003]);
    expect(r.rule).toContain('2003年无节假日数据');
  });

  it('refuses bad input with Chinese messages', () => {
    expect(() => computeDeadline('evidence', '2026-03-01')).toThrow(/举证期限须指定天数/);
    expect(() => computeDeadline('evidence', '2026-03-01', { days: 0 })).toThrow(/举证期限须指定天数/);
    expect(() => computeDeadline('answer', '2026-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => computeDeadline('nope' as never, '2026-03-01')).toThrow(/未知的期限类型/);
    expect(() => computeDeadline('answer', '2026-03-01', { extensions: [{ months: 1 }] })).toThrow(/只有审限/);
    expect(() => computeDeadline('trial-ordinary', '2026-03-01', { deductions: [{ from: '2026-05-02', to: '2026-05-01' }] })).toThrow(/早于开始日/);
  });

  it('counts deducted days without the starting day, overlaps once', () => {
    expect(deductedDays([])).toBe(0);
    expect(deductedDays([{ from: '2026-03-01', to: '2026-03-01' }])).toBe(0);
    expect(deductedDays([{ from: '2026-03-01', to: '2026-03-31' }, { from: '2026-03-10', to: '2026-03-20' }])).toBe(30);
    expect(deductedDays([{ from: '2026-04-01', to: '2026-04-11' }, { from: '2026-03-01', to: '2026-03-31' }])).toBe(40);
  });

  it('adds extension days as well as months', () => {
    // 2 months from 2026-03-02 = 05-02 (劳动节), +1 month +10 days = 06-12 (Fri)
    expect(computeDeadline('trial-small-claims', '2026-03-02', { extensions: [{ months: 1, days: 10 }] }).due).toBe('2026-06-12');
  });
});

describe('dueStatus', () => {
  it.each([
    ['2026-03-09', '2026-03-10', -1, 'overdue'],
    ['2026-03-10', '2026-03-10', 0, 'today'],
    ['2026-03-11', '2026-03-10', 1, 'soon'],
    ['2026-03-17', '2026-03-10', 7, 'soon'],
    ['2026-03-18', '2026-03-10', 8, 'ok'],
    ['2027-01-02', '2026-12-30', 3, 'soon'],
  ] as const)('due %s seen on %s: %i days, %s', (due, today, daysLeft, level) => {
    expect(dueStatus(due, today)).toEqual({ daysLeft, level });
  });
});
