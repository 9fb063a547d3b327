import type { Database } from 'better-sqlite3';
import { courtCalendar, type CourtCalendar, type YearTable } from '../../../src-shared/domain/deadlines/courtCalendar';

export interface ImportedYearRow extends YearTable {
  importedAt: string;
}

/** The year tables the admin imported, oldest year first. */
export function importedYearTables(db: Database): ImportedYearRow[] {
  const rows = db
    .prepare('SELECT year, holidays, workdays, imported_at FROM calendar_years ORDER BY year')
    .all() as { year: number; holidays: string; workdays: string; imported_at: string }[];
  return rows.map((r) => ({
    year: r.year,
    holidays: JSON.parse(r.holidays) as string[],
    workdays: JSON.parse(r.workdays) as string[],
    importedAt: r.imported_at,
  }));
}

/**
 * The court's calendar as deadlines use it: chinese-days plus the imported years. Read afresh on each call
 * (a handful of rows), so an import takes effect for the very next computation.
 */
export function loadCourtCalendar(db: Database): CourtCalendar {
  return courtCalendar(importedYearTables(db));
}
