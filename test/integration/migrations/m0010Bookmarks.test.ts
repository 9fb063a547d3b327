import { describe, expect, it } from 'vitest';
import { columns, databaseAt } from '../../helpers/migrationDb';

describe('migration 10: bookmarks', () => {
  it('adds the bookmarks table: one per user and page, title required, foreign keys', () => {
    const m = databaseAt(9);
    try {
      m.db.exec(`INSERT INTO courts (id, name, code) VALUES ('c1', '测试法院', '苏0198');
        INSERT INTO users (id, court_id, user_name, display_name, role, password_hash, created_at) VALUES ('u1', 'c1', 'judge', '法官', 'judge', 'x', 'x');
        INSERT INTO users (id, court_id, user_name, display_name, role, password_hash, created_at) VALUES ('u2', 'c1', 'clerk', '书记员', 'clerk', 'x', 'x');
        INSERT INTO cases (id, court_id, case_number, year, case_type, sequence, cause, procedure, stage, filed_on, created_at, updated_at)
        VALUES ('k1', 'c1', '（2026）苏0198民初1号', 2026, '民初', 1, '民间借贷纠纷', 'simplified', 'filing', '2026-01-01', 'x', 'x');
        INSERT INTO blobs (sha256, size_bytes, media_type, created_at) VALUES ('h', 1, 'application/pdf', 'x');
        INSERT INTO documents (id, case_id, title, category, blob_sha256, page_count, size_bytes, created_at)
        VALUES ('d1', 'k1', '起诉状', '起诉状', 'h', 3, 1, 'x');`);
      const db = m.reopen(10);
      expect(columns(db, 'bookmarks')).toEqual(['id', 'user_id', 'document_id', 'page_index', 'title', 'created_at', 'updated_at', 'version']);
      const insert = (id: string, user: string, doc: string, page: number, title = '诉讼请求') =>
        db.prepare(`INSERT INTO bookmarks (id, user_id, document_id, page_index, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'x', 'x')`)
          .run(id, user, doc, page, title);
      insert('b1', 'u1', 'd1', 0);
      expect(db.prepare('SELECT version FROM bookmarks').get()).toEqual({ version: 1 });
      // Another user may mark the same page; the same user only once.
      insert('b2', 'u2', 'd1', 0);
      expect(() => insert('b3', 'u1', 'd1', 0)).toThrow(/UNIQUE/);
      expect(() => insert('b4', 'u1', 'd1', -1)).toThrow(/CHECK/);
      expect(() => insert('b5', 'u1', 'd1', 1, '')).toThrow(/CHECK/);
      expect(() => insert('b6', 'u1', 'no-such-document', 1)).toThrow(/FOREIGN KEY/);
      expect(() => insert('b7', 'no-such-user', 'd1', 1)).toThrow(/FOREIGN KEY/);
    } finally {
      m.dispose();
    }
  });
});
