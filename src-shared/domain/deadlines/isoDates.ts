/**
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so that no local time zone or DST moves a day.
 * Periods are counted in whole days; a date string is the unit throughout the deadline engine.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in the strict YYYY-MM-DD form (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function assertIsoDate(value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`日期应为有效的 YYYY-MM-DD：${value}`);
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** Days of a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toDayNumber(isoDate: string): number {
  assertIsoDate(isoDate);
  return Date.UTC(yearOf(isoDate), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(isoDate: string): number {
  return new Date(toDayNumber(isoDate) * MS_PER_DAY).getUTCDay();
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}
