import { describe, expect, it } from 'vitest';
import { columns, databaseAt } from '../../helpers/migrationDb';

describe('migration 14: OCR line boxes on pages', () => {
  it('adds a nullable ocr_lines column: pages read before it keep their text and have no boxes', () => {
    const m = databaseAt(13);
    try {
      m.db.exec(`INSERT INTO courts (id, name, code) VALUES ('c1', '测试法院', '苏0198');
        INSERT INTO cases (id, court_id, case_number, year, case_type, sequence, cause, procedure, stage, filed_on, created_at, updated_at)
        VALUES ('k1', 'c1', '（2026）苏0198民初1号', 2026, '民初', 1, '民间借贷纠纷', 'simplified', 'filing', '2026-01-01', 'x', 'x');
        INSERT INTO blobs (sha256, size_bytes, media_type, created_at) VALUES ('h', 1, 'image/png', 'x');
        INSERT INTO documents (id, case_id, title, category, blob_sha256, page_count, size_bytes, created_at)
        VALUES ('d1', 'k1', '起诉状', '起诉状', 'h', 1, 1, 'x');
        INSERT INTO pages (id, document_id, page_index, text, text_source, width, height) VALUES ('p1', 'd1', 0, '诉讼请求', 'ocr', 595, 842);`);
      expect(columns(m.db, 'pages')).not.toContain('ocr_lines');
      const db = m.reopen(14);
      expect(columns(db, 'pages')).toContain('ocr_lines');
      expect(db.prepare(`SELECT text, ocr_lines FROM pages WHERE id = 'p1'`).get()).toEqual({ text: '诉讼请求', ocr_lines: null });
      const lines = JSON.stringify([{ t: '诉讼请求', b: [72, 100, 60, 14.2] }]);
      db.prepare(`UPDATE pages SET ocr_lines = ? WHERE id = 'p1'`).run(lines);
      expect(db.prepare(`SELECT ocr_lines FROM pages WHERE id = 'p1'`).pluck().get()).toBe(lines);
    } finally {
      m.dispose();
    }
  });
});
