import { describe, expect, it } from 'vitest';
import { computeDeadline, type DeadlineKind, type DeadlineOptions } from '../../../src-shared/domain/deadlines/deadlineKinds';

/**
 * Periods worked out by hand from 民事诉讼法 第85条 and the State Council holiday notices for 2024–2026:
 *   2024: 春节 02-10…02-17 (work Sun 02-04, Sun 02-18); 中秋 09-15…09-17 (work Sat 09-14); 国庆 10-01…10-07
 *         (work Sun 09-29, Sat 10-12)
 *   2025: 元旦 01-01; 春节 01-28…02-04 (work Sun 01-26, Sat 02-08); 劳动节 05-01…05-05 (work Sun 04-27);
 *         端午 05-31…06-02; 国庆中秋 10-01…10-08 (work Sun 09-28, Sat 10-11)
 *   2026: 元旦 01-01…01-03 (work Sun 01-04); 春节 02-15…02-23 (work Sat 02-14, Sat 02-28); 清明 04-04…04-06;
 *         劳动节 05-01…05-05 (work Sat 05-09); 中秋 09-25…09-27; 国庆 10-01…10-07 (work Sun 09-20, Sat 10-10)
 * Days: from + N (the first day is not counted). Months: the corresponding day, else the month's last day.
 * Weekdays were checked with the system `date` command, not with the code under test.
 */
type Row = [kind: DeadlineKind, from: string, opts: DeadlineOptions, nominalDue: string, due: string, why: string];

const ROWS: Row[] = [
  // National Day
  ['answer', '2026-09-20', {}, '2026-10-05', '2026-10-08', '+15 = Mon 10-05 in 国庆 (to 10-07) → Thu 10-08'],
  ['answer', '2025-09-23', {}, '2025-10-08', '2025-10-09', '+15 = 10-08, last day of 国庆中秋 2025 → Thu 10-09'],
  ['appeal-ruling', '2025-09-28', {}, '2025-10-08', '2025-10-09', '+10 = 10-08 holiday → 10-09'],
  ['appeal-ruling', '2024-09-21', {}, '2024-10-01', '2024-10-08', '+10 = 10-01, holidays to 10-07 → Tue 10-08'],
  ['answer', '2024-10-01', {}, '2024-10-16', '2024-10-16', 'started in the holiday, +15 = Wed 10-16'],
  ['announcement', '2026-09-05', {}, '2026-10-05', '2026-10-08', '公告 +30 = 10-05 in 国庆 → 10-08'],
  ['answer', '2026-09-26', {}, '2026-10-11', '2026-10-12', '+15 = Sun 10-11, ordinary rest day (Sat 10-10 is the 调休 one) → Mon 10-12'],
  // 调休 working weekends are working days
  ['answer', '2026-09-25', {}, '2026-10-10', '2026-10-10', '+15 = Sat 10-10, 调休 working day: no shift'],
  ['appeal-judgment', '2024-09-14', {}, '2024-09-29', '2024-09-29', '+15 = Sun 09-29, 调休 working day'],
  ['appeal-judgment', '2024-09-15', {}, '2024-09-30', '2024-09-30', '+15 = Mon 09-30'],
  ['appeal-ruling', '2025-09-18', {}, '2025-09-28', '2025-09-28', '+10 = Sun 09-28, 调休 working day'],
  ['answer', '2025-09-26', {}, '2025-10-11', '2025-10-11', '+15 = Sat 10-11, 调休 working day'],
  ['answer', '2025-04-12', {}, '2025-04-27', '2025-04-27', '+15 = Sun 04-27, 调休 working day before 劳动节'],
  ['evidence', '2026-05-02', { days: 7 }, '2026-05-09', '2026-05-09', '举证 7 days = Sat 05-09, 调休 working day'],
  // Spring Festival
  ['answer', '2025-01-14', {}, '2025-01-29', '2025-02-05', '+15 = 01-29 in 春节 (to 02-04) → Wed 02-05'],
  ['appeal-ruling', '2025-01-16', {}, '2025-01-26', '2025-01-26', '+10 = Sun 01-26, 调休 working day'],
  ['announcement', '2025-01-05', {}, '2025-02-04', '2025-02-05', '公告 +30 = 02-04, last 春节 day → 02-05'],
  ['appeal-judgment', '2026-02-01', {}, '2026-02-16', '2026-02-24', '+15 = 02-16 in 春节 (to 02-23) → Tue 02-24'],
  ['appeal-ruling', '2026-02-04', {}, '2026-02-14', '2026-02-14', '+10 = Sat 02-14, 调休 working day'],
  ['answer', '2026-02-13', {}, '2026-02-28', '2026-02-28', '+15 = Sat 02-28, 调休 working day'],
  ['announcement', '2026-01-20', {}, '2026-02-19', '2026-02-24', '公告 +30 = 02-19 in 春节 → 02-24'],
  ['answer', '2024-01-27', {}, '2024-02-11', '2024-02-18', '+15 = 02-11 in 春节 (to 02-17) → Sun 02-18, 调休 working day'],
  ['appeal-ruling', '2024-01-25', {}, '2024-02-04', '2024-02-04', '+10 = Sun 02-04, 调休 working day'],
  // Other holidays and ordinary weekends
  ['answer', '2025-12-17', {}, '2026-01-01', '2026-01-04', '+15 = 01-01 元旦 (to 01-03) → Sun 01-04, 调休 working day'],
  ['appeal-judgment', '2025-12-20', {}, '2026-01-04', '2026-01-04', '+15 = Sun 01-04, 调休 working day, across the year'],
  ['answer', '2026-03-06', {}, '2026-03-21', '2026-03-23', '+15 = Sat 03-21, ordinary weekend → Mon 03-23'],
  ['filing-decision', '2026-03-15', {}, '2026-03-22', '2026-03-23', '立案 7 days = Sun 03-22 → Mon 03-23'],
  ['filing-decision', '2026-03-16', {}, '2026-03-23', '2026-03-23', '7 days = Mon 03-23'],
  ['evidence', '2026-04-20', { days: 15 }, '2026-05-05', '2026-05-06', '举证 15 days = 05-05 劳动节 (to 05-05) → Wed 05-06'],
  ['evidence', '2025-12-01', { days: 30 }, '2025-12-31', '2025-12-31', '30 days = Wed 12-31'],
  ['answer', '2026-03-21', {}, '2026-04-05', '2026-04-07', '+15 = 04-05 清明 (to 04-06) → Tue 04-07'],
  ['appeal-ruling', '2025-05-22', {}, '2025-06-01', '2025-06-03', '+10 = 06-01 端午 (to 06-02) → Tue 06-03'],
  ['appeal-ruling', '2024-09-06', {}, '2024-09-16', '2024-09-18', '+10 = 09-16 中秋 (to 09-17) → Wed 09-18'],
  // 审限 in months, month ends
  ['trial-ordinary', '2025-08-31', {}, '2026-02-28', '2026-02-28', '6 months: no 02-31 → last day 02-28, a 调休 working Saturday'],
  ['trial-small-claims', '2025-12-31', {}, '2026-02-28', '2026-02-28', '2 months: no 02-31 → 02-28 (调休 working Sat)'],
  ['trial-small-claims', '2024-12-31', {}, '2025-02-28', '2025-02-28', '2 months → Fri 02-28'],
  ['trial-ordinary', '2023-08-31', {}, '2024-02-29', '2024-02-29', '6 months → 02-29 of the leap year, Thu'],
  ['trial-simplified', '2026-03-31', {}, '2026-06-30', '2026-06-30', '3 months: no 06-31 → Tue 06-30'],
  ['trial-simplified', '2025-11-17', {}, '2026-02-17', '2026-02-24', '3 months = 02-17 in 春节 → 02-24 (审限 shifts too)'],
  ['trial-ordinary', '2025-04-05', {}, '2025-10-05', '2025-10-09', '6 months = 10-05 in 国庆 (to 10-08) → 10-09'],
  ['trial-ordinary', '2026-01-05', {}, '2026-07-05', '2026-07-06', '6 months = Sun 07-05 → Mon 07-06'],
  // 审限 with extensions and deductions
  ['trial-ordinary', '2025-03-10', { extensions: [{ months: 6 }] }, '2026-03-10', '2026-03-10', '6 + 6 months from filing = Tue 03-10'],
  ['trial-ordinary', '2026-01-05', { deductions: [{ from: '2026-03-01', to: '2026-03-31' }] }, '2026-08-04', '2026-08-04',
    '07-05 + 30 deducted days (公告 03-01…03-31) = Tue 08-04'],
  ['trial-simplified', '2026-05-28', { extensions: [{ months: 1 }], deductions: [{ from: '2026-07-01', to: '2026-07-04' }] },
    '2026-10-01', '2026-10-08', '3 + 1 months = Mon 09-28, + 3 deducted days = 10-01 国庆 → 10-08'],
  ['trial-ordinary', '2026-01-05', { deductions: [{ from: '2026-03-01', to: '2026-03-31' }, { from: '2026-03-21', to: '2026-04-10' }] },
    '2026-08-14', '2026-08-14', 'overlapping deductions merge to 03-01…04-10 = 40 days: 07-05 + 40 = Fri 08-14'],
  // Hearing notice: served at the latest on the hearing day − 4 (3 full days in between), never shifted
  ['hearing-notice', '2026-03-20', {}, '2026-03-16', '2026-03-16', 'hearing Fri 03-20 → serve by Mon 03-16'],
  ['hearing-notice', '2026-10-09', {}, '2026-10-05', '2026-10-05', 'hearing Fri 10-09 → 10-05 (a holiday; not moved)'],
];

describe('deadline table (hand-checked periods, 2024–2026 holiday calendars)', () => {
  it('has at least 30 rows', () => expect(ROWS.length).toBeGreaterThanOrEqual(30));

  it.each(ROWS)('%s from %s %j → %s / %s (%s)', (kind, from, opts, nominalDue, due) => {
    const r = computeDeadline(kind, from, opts);
    expect({ nominalDue: r.nominalDue, due: r.due, unknownYears: r.unknownYears }).toEqual({ nominalDue, due, unknownYears: [] });
    expect(r.kind).toBe(kind);
    expect(r.from).toBe(from);
  });
});
