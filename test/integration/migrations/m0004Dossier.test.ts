import { describe, expect, it } from 'vitest';
import { columns, databaseAt } from '../../helpers/migrationDb';

describe('migration 4: dossier', () => {
  it('adds catalogue facts to existing documents (defaults), pages, corrections and scan jobs', () => {
    const m = databaseAt(3);
    try {
      m.db.exec(`INSERT INTO courts (id, name, code) VALUES ('c1', '测试法院', '苏0198');
        INSERT INTO cases (id, court_id, case_number, year, case_type, sequence, cause, procedure, stage, filed_on, created_at, updated_at)
        VALUES ('k1', 'c1', '（2026）苏0198民初1号', 2026, '民初', 1, '民间借贷纠纷', 'simplified', 'filing', '2026-01-01', 'x', 'x');
        INSERT INTO blobs (sha256, size_bytes, media_type, created_at) VALUES ('h', 1, 'application/pdf', 'x');
        INSERT INTO documents (id, case_id, title, category, blob_sha256, page_count, size_bytes, created_at)
        VALUES ('d1', 'k1', '起诉状', '起诉状', 'h', 1, 1, 'x');`);
      const db = m.reopen(4);
      expect(db.prepare('SELECT media_type, category_source, rendition_sha256 FROM documents').get()).toEqual({
        media_type: 'application/pdf', category_source: 'auto', rendition_sha256: null,
      });
      expect(columns(db, 'pages')).toEqual(expect.arrayContaining(['document_id', 'page_index', 'text', 'text_source']));
      db.prepare(`INSERT INTO pages (id, document_id, page_index, text, text_source, width, height) VALUES ('p1', 'd1', 0, '诉讼请求', 'pdf', 595, 842)`).run();
      expect(() => db.prepare(`INSERT INTO pages (id, document_id, page_index, text, text_source, width, height) VALUES ('p2', 'd1', 0, '', 'pdf', 1, 1)`).run()).toThrow(/UNIQUE/);
      expect(() => db.prepare(`INSERT INTO pages (id, document_id, page_index, text, text_source, width, height) VALUES ('p3', 'd1', 1, '', 'magic', 1, 1)`).run()).toThrow(/CHECK/);
      expect(columns(db, 'category_corrections')).toContain('title_key');
      expect(columns(db, 'scan_jobs')).toContain('sha256');
    } finally {
      m.dispose();
    }
  });
});
