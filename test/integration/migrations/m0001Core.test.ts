import { describe, expect, it } from 'vitest';
import { columns, databaseAt } from '../../helpers/migrationDb';

describe('migration 1: core', () => {
  it('creates the core tables on an empty file, with foreign keys, WAL and synchronous=FULL', () => {
    const m = databaseAt(1);
    try {
      expect(m.db.pragma('user_version', { simple: true })).toBe(1);
      expect(m.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(m.db.pragma('synchronous', { simple: true })).toBe(2);
      expect(m.db.pragma('foreign_keys', { simple: true })).toBe(1);
      for (const t of ['courts', 'users', 'sessions', 'teams', 'cases', 'parties', 'case_events', 'audit_log', 'outbox']) {
        expect(columns(m.db, t).length, t).toBeGreaterThan(0);
      }
      expect(columns(m.db, 'cases')).toEqual(expect.arrayContaining(['case_number', 'stage', 'judge_id', 'filed_on', 'version']));
      expect(() => m.db.prepare(`INSERT INTO parties (id, case_id, role, name, kind) VALUES ('p', 'missing', 'plaintiff', 'x', 'person')`).run()).toThrow(/FOREIGN KEY/);
      expect(() => m.db.prepare(`INSERT INTO courts (id, name, code) VALUES ('c1','a','X01'), ('c2','b','X01')`).run()).toThrow(/UNIQUE/);
    } finally {
      m.dispose();
    }
  });

  it('refuses a database newer than the program, in Chinese', () => {
    const m = databaseAt(1);
    try {
      m.db.pragma('user_version = 999');
      expect(() => m.reopen()).toThrow(/高于本程序支持的版本/);
    } finally {
      m.dispose();
    }
  });
});
