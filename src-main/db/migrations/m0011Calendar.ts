import type { Migration } from '../migration';

/**
 * Holiday tables an admin imported (src-shared/domain/deadlines/courtCalendar.ts YearTable): one row per year,
 * holidays and 调休 working weekend days as JSON arrays of ISO dates. A row replaces the built-in chinese-days
 * data of its year. The arrangement is national, so rows are not per court and sync like other data;
 * imported_by is NULL when the command line's local administrator imported it.
 */
export const m0011Calendar: Migration = {
  version: 11,
  name: 'calendar',
  sql: `
CREATE TABLE calendar_years (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  holidays TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(holidays) AND json_type(holidays) = 'array'),
  workdays TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(workdays) AND json_type(workdays) = 'array'),
  imported_by TEXT REFERENCES users(id),
  imported_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
`,
};
