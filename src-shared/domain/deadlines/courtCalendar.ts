import { BUILT_IN_HOLIDAYS } from './builtInHolidays';
import { dayOfWeek, isIsoDate, yearOf } from './isoDates';

/**
 * One year of the official holiday arrangement (国务院办公厅 notice), as an admin imports it:
 * `holidays` are the days off (法定节假日 including the weekend days folded into them), `workdays` the 调休
 * make-up days that fall on a Saturday or Sunday and are working days. ISO dates (YYYY-MM-DD).
 */
export interface YearTable {
  year: number;
  holidays: string[];
  workdays: string[];
}

export interface CourtCalendar {
  /** A working day: Monday to Friday unless a holiday, or a 调休 working Saturday/Sunday. */
  isWorkday(isoDate: string): boolean;
  /** Whether holiday data exists for the year (built in from chinese-days, or imported). */
  hasYear(year: number): boolean;
}

interface YearSets {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

const toSets = (table: YearTable): YearSets => ({ holidays: new Set(table.holidays), workdays: new Set(table.workdays) });

/**
 * The built-in years: the data of the chinese-days package (2004–2026 for 1.5.7), committed as data by
 * build/builtInHolidays.ts because src-shared imports nothing but zod; a unit test compares it with the
 * package day by day, so an upgraded package with a new year fails that test until the data is regenerated.
 */
export const BUILT_IN_YEAR_TABLES: readonly YearTable[] = BUILT_IN_HOLIDAYS.map(([year, holidays, workdays]) => {
  const iso = (list: string) => (list ? list.split(' ').map((d) => `${year}-${d.slice(0, 2)}-${d.slice(2)}`) : []);
  return { year, holidays: iso(holidays), workdays: iso(workdays) };
});

export const BUILT_IN_FIRST_YEAR = BUILT_IN_YEAR_TABLES[0]?.year ?? 0;
export const BUILT_IN_LAST_YEAR = BUILT_IN_YEAR_TABLES[BUILT_IN_YEAR_TABLES.length - 1]?.year ?? 0;

const builtIn = new Map(BUILT_IN_YEAR_TABLES.map((t) => [t.year, toSets(t)]));

export function builtInHasYear(year: number): boolean {
  return builtIn.has(year);
}

/**
 * The court's calendar: the built-in years, with imported year tables taking precedence. An imported year
 * replaces the built-in data for that whole year (a correction, or a year the package does not know yet);
 * later tables for the same year win over earlier ones. In a year without any data Monday to Friday are
 * working days, and hasYear reports the year so that callers can flag the result.
 */
export function courtCalendar(imported: readonly YearTable[] = []): CourtCalendar {
  const years = new Map(builtIn);
  for (const table of imported) years.set(table.year, toSets(table));
  return {
    isWorkday(isoDate: string): boolean {
      if (!isIsoDate(isoDate)) throw new RangeError(`日期格式错误：${isoDate}`);
      const table = years.get(yearOf(isoDate));
      if (table?.workdays.has(isoDate)) return true;
      if (table?.holidays.has(isoDate)) return false;
      const dow = dayOfWeek(isoDate);
      return dow !== 0 && dow !== 6;
    },
    hasYear(year: number): boolean {
      return years.has(year);
    },
  };
}
