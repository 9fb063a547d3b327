import { describe, expect, it } from 'vitest';
import { databaseAt } from '../../helpers/migrationDb';
import { queryExpression } from '../../../src-shared/search/searchTokens';

const hits = (db: ReturnType<typeof databaseAt>['db'], q: string) =>
  (db.prepare(`SELECT p.id FROM page_search s JOIN pages p ON p.rowid = s.rowid WHERE page_search MATCH ? ORDER BY p.id`).all(queryExpression(q)) as { id: string }[]).map((r) => r.id);

describe('migration 5: search index', () => {
  it('indexes pages that already exist, then follows inserts, edits and deletes', () => {
    const m = databaseAt(4);
    try {
      m.db.exec(`INSERT INTO courts (id, name, code) VALUES ('c1', '测试法院', '苏0198');
        INSERT INTO cases (id, court_id, case_number, year, case_type, sequence, cause, procedure, stage, filed_on, created_at, updated_at)
        VALUES ('k1', 'c1', '（2026）苏0198民初1号', 2026, '民初', 1, '民间借贷纠纷', 'simplified', 'filing', '2026-01-01', 'x', 'x');
        INSERT INTO blobs (sha256, size_bytes, media_type, created_at) VALUES ('h', 1, 'application/pdf', 'x');
        INSERT INTO documents (id, case_id, title, category, blob_sha256, page_count, size_bytes, created_at) VALUES ('d1', 'k1', '起诉状', '起诉状', 'h', 2, 1, 'x');
        INSERT INTO pages (id, document_id, page_index, text, text_source, width, height) VALUES ('p1', 'd1', 0, '原告张三诉被告李四民间借贷纠纷', 'pdf', 1, 1);`);
      const db = m.reopen(5);
      expect(hits(db, '借贷')).toEqual(['p1']);
      expect(hits(db, '张')).toEqual(['p1']);
      db.prepare(`INSERT INTO pages (id, document_id, page_index, text, text_source, width, height) VALUES ('p2', 'd1', 1, '借款金额 50000 元，身份证号 320105199001011234', 'ocr', 1, 1)`).run();
      expect(hits(db, '借')).toEqual(['p1', 'p2']);
      expect(hits(db, '3201051990')).toEqual(['p2']);
      db.prepare(`UPDATE pages SET text = '已更正' WHERE id = 'p1'`).run();
      expect(hits(db, '借贷')).toEqual([]);
      expect(hits(db, '更正')).toEqual(['p1']);
      db.prepare(`DELETE FROM pages WHERE id = 'p2'`).run();
      expect(hits(db, '借')).toEqual([]);
    } finally {
      m.dispose();
    }
  });
});
