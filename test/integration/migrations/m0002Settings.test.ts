import { describe, expect, it } from 'vitest';
import { databaseAt } from '../../helpers/migrationDb';

describe('migration 2: settings', () => {
  it('adds the settings table with the default idle lock, keeping existing data', () => {
    const m = databaseAt(1);
    try {
      m.db.prepare(`INSERT INTO courts (id, name, code) VALUES ('c1', '测试法院', '苏0198')`).run();
      const db = m.reopen(2);
      expect(db.pragma('user_version', { simple: true })).toBe(2);
      expect(db.prepare(`SELECT value FROM settings WHERE key = 'idleLockMinutes'`).get()).toEqual({ value: '15' });
      expect(db.prepare('SELECT name FROM courts').all()).toEqual([{ name: '测试法院' }]);
    } finally {
      m.dispose();
    }
  });
});
