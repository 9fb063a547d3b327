import type { CourtCalendar } from './courtCalendar';
import { assertIsoDate, daysInMonth, fromDayNumber, toDayNumber, yearOf } from './isoDates';

/**
 * Period arithmetic of 民事诉讼法 第85条 (and 民诉法解释 第125条, 民法典 第202条):
 * - the day a period starts (service, filing, receipt) is not counted: a period of N days ends on from + N;
 * - a period in months ends on the corresponding day of the last month, or on that month's last day when the
 *   month has no such day (2025-08-31 + 6 months → 2026-02-28);
 * - when the last day is a statutory holiday or rest day the period ends on the first working day after it
 *   (a 调休 working Saturday/Sunday is a working day, an ordinary weekend is not).
 */

export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(toDayNumber(isoDate) + days);
}

export function addMonths(isoDate: string, months: number): string {
  assertIsoDate(isoDate);
  const index = yearOf(isoDate) * 12 + Number(isoDate.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(Number(isoDate.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date itself when it is a working day, else the first working day after it. */
export function nextWorkday(isoDate: string, calendar: CourtCalendar): string {
  let day = isoDate;
  // No holiday arrangement has more than a couple of weeks of consecutive rest days; the bound guards a
  // malformed imported table (a whole year of holidays) from looping for ever.
  for (let i = 0; i < 400; i += 1) {
    if (calendar.isWorkday(day)) return day;
    day = addDays(day, 1);
  }
  throw new RangeError(`${isoDate} 之后一年内没有工作日，节假日数据有误`);
}

/** The date itself when it is a working day, else the last working day before it. */
export function previousWorkday(isoDate: string, calendar: CourtCalendar): string {
  let day = isoDate;
  for (let i = 0; i < 400; i += 1) {
    if (calendar.isWorkday(day)) return day;
    day = addDays(day, -1);
  }
  throw new RangeError(`${isoDate} 之前一年内没有工作日，节假日数据有误`);
}

export interface PeriodLength {
  months?: number;
  days?: number;
}

/** The nominal last day of a period (months first, then days), before any holiday shift. */
export function nominalEnd(from: string, length: PeriodLength): string {
  return addDays(addMonths(from, length.months ?? 0), length.days ?? 0);
}

/** The last day of a period started on `from`, shifted off a holiday or rest day per 第85条. */
export function periodEnd(from: string, length: PeriodLength, calendar: CourtCalendar): string {
  return nextWorkday(nominalEnd(from, length), calendar);
}

/** Every calendar year from the year of `a` to that of `b`, in order. */
export function yearsSpanned(a: string, b: string): number[] {
  const [lo, hi] = [Math.min(yearOf(a), yearOf(b)), Math.max(yearOf(a), yearOf(b))];
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}
