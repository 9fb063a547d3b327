import { describe, expect, it } from 'vitest';
import { columns, databaseAt } from '../../helpers/migrationDb';

describe('migration 3: documents', () => {
  it('adds blobs and documents tied to cases, keeping existing cases', () => {
    const m = databaseAt(2);
    try {
      m.db.exec(`INSERT INTO courts (id, name, code) VALUES ('c1', '测试法院', '苏0198');
        INSERT INTO cases (id, court_id, case_number, year, case_type, sequence, cause, procedure, stage, filed_on, created_at, updated_at)
        VALUES ('k1', 'c1', '（2026）苏0198民初1号', 2026, '民初', 1, '民间借贷纠纷', 'simplified', 'filing', '2026-01-01', 'x', 'x');`);
      const db = m.reopen(3);
      expect(db.pragma('user_version', { simple: true })).toBe(3);
      expect(columns(db, 'documents')).toEqual(expect.arrayContaining(['case_id', 'blob_sha256', 'page_count', 'volume']));
      db.prepare(`INSERT INTO blobs (sha256, size_bytes, media_type, created_at) VALUES ('h', 1, 'application/pdf', 'x')`).run();
      db.prepare(`INSERT INTO documents (id, case_id, title, category, blob_sha256, page_count, size_bytes, created_at)
        VALUES ('d1', 'k1', '起诉状', '起诉状', 'h', 1, 1, 'x')`).run();
      expect(() => db.prepare(`INSERT INTO documents (id, case_id, title, category, blob_sha256, page_count, size_bytes, created_at)
        VALUES ('d2', 'k1', 't', 'c', 'no-such-blob', 1, 1, 'x')`).run()).toThrow(/FOREIGN KEY/);
    } finally {
      m.dispose();
    }
  });
});
