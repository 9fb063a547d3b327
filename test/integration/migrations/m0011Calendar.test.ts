import { describe, expect, it } from 'vitest';
import { columns, databaseAt } from '../../helpers/migrationDb';

describe('migration 11: calendar', () => {
  it('adds calendar_years keyed by year, with JSON array columns and an optional importing user', () => {
    const m = databaseAt(10);
    try {
      m.db.exec(`INSERT INTO courts (id, name, code) VALUES ('c1', '测试法院', '苏0198');
        INSERT INTO users (id, court_id, user_name, display_name, role, password_hash, created_at) VALUES ('u1', 'c1', 'admin', '管理员', 'admin', 'x', 'x');`);
      const db = m.reopen(11);
      expect(columns(db, 'calendar_years')).toEqual(['year', 'holidays', 'workdays', 'imported_by', 'imported_at', 'version']);
      const insert = (year: unknown, holidays: string, workdays = '[]', by: string | null = 'u1') =>
        db.prepare(`INSERT INTO calendar_years (year, holidays, workdays, imported_by, imported_at) VALUES (?, ?, ?, ?, 'x')`)
          .run(year, holidays, workdays, by);
      // The write path passes the key as text: it must land as the integer year.
      insert('2027', '["2027-01-01"]', '["2027-02-20"]');
      expect(db.prepare('SELECT year, typeof(year) AS t, version FROM calendar_years').get()).toEqual({ year: 2027, t: 'integer', version: 1 });
      insert(2028, '["2028-01-01"]', '[]', null);
      expect(() => insert(2027, '[]')).toThrow(/UNIQUE|PRIMARY KEY/);
      expect(() => insert(1999, '[]')).toThrow(/CHECK/);
      expect(() => insert(2029, 'not json')).toThrow(/CHECK/);
      expect(() => insert(2029, '{"a":1}')).toThrow(/CHECK/);
      expect(() => insert(2029, '[]', '[]', 'no-such-user')).toThrow(/FOREIGN KEY/);
    } finally {
      m.dispose();
    }
  });
});
