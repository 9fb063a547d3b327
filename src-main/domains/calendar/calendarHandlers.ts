import { CallFailure } from '../../../src-shared/contract/errors';
import type { CalendarYear } from '../../../src-shared/contract/calls/calendarCalls';
import {
  BUILT_IN_FIRST_YEAR, BUILT_IN_LAST_YEAR, BUILT_IN_YEAR_TABLES, builtInHasYear,
} from '../../../src-shared/domain/deadlines/courtCalendar';
import { computeDeadline } from '../../../src-shared/domain/deadlines/deadlineKinds';
import type { Handler } from '../../services/callContext';
import { importedYearTables, loadCourtCalendar } from './loadCourtCalendar';

export const years: Handler<'calendar.years'> = (_input, ctx) => {
  const imported = new Map(importedYearTables(ctx.app.db).map((t) => [t.year, t]));
  const list: CalendarYear[] = BUILT_IN_YEAR_TABLES.filter((t) => !imported.has(t.year)).map((t) => ({
    year: t.year, source: 'built-in', overridesBuiltIn: false, holidays: t.holidays.length, workdays: t.workdays.length, importedAt: null,
  }));
  for (const t of imported.values()) {
    list.push({
      year: t.year, source: 'imported', overridesBuiltIn: builtInHasYear(t.year),
      holidays: t.holidays.length, workdays: t.workdays.length, importedAt: t.importedAt,
    });
  }
  list.sort((a, b) => a.year - b.year);
  // The court's year in China time (UTC+8, no daylight saving), whatever the machine's time zone.
  const currentYear = new Date(ctx.app.now().getTime() + 8 * 3_600_000).getUTCFullYear();
  const known = new Set(list.map((y) => y.year));
  const missing = [currentYear, currentYear + 1].filter((y) => !known.has(y));
  return { years: list, builtInRange: { first: BUILT_IN_FIRST_YEAR, last: BUILT_IN_LAST_YEAR }, missing, currentYear };
};

export const importYear: Handler<'calendar.importYear'> = (input, ctx) => {
  const holidays = [...new Set(input.holidays)].sort();
  const workdays = [...new Set(input.workdays)].sort();
  const importedAt = ctx.app.now().toISOString();
  const fields = {
    holidays: JSON.stringify(holidays), workdays: JSON.stringify(workdays),
    imported_by: ctx.actor?.userId ?? null, imported_at: importedAt,
  };
  const key = String(input.year);
  const exists = ctx.app.db.prepare('SELECT 1 FROM calendar_years WHERE year = ?').get(input.year) !== undefined;
  // Importing a year again replaces its table: the newest notice of the State Council is the one that counts.
  ctx.write(null, (tx) => {
    if (exists) tx.update('calendar_year', key, fields);
    else tx.insert('calendar_year', key, fields);
  });
  return {
    year: input.year, source: 'imported', overridesBuiltIn: builtInHasYear(input.year),
    holidays: holidays.length, workdays: workdays.length, importedAt,
  };
};

export const compute: Handler<'deadlines.compute'> = (input, ctx) => {
  try {
    return computeDeadline(input.kind, input.from, { ...input, calendar: loadCourtCalendar(ctx.app.db) });
  } catch (err) {
    if (err instanceof RangeError) throw new CallFailure('VALIDATION', err.message);
    throw err;
  }
};
