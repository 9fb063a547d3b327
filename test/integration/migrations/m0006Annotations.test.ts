import { describe, expect, it } from 'vitest';
import { columns, databaseAt } from '../../helpers/migrationDb';

describe('migration 6: annotations', () => {
  it('adds the annotations table with its anchor, soft delete, foreign keys and indexes', () => {
    const m = databaseAt(5);
    try {
      m.db.exec(`INSERT INTO courts (id, name, code) VALUES ('c1', '测试法院', '苏0198');
        INSERT INTO users (id, court_id, user_name, display_name, role, password_hash, created_at) VALUES ('u1', 'c1', 'judge', '法官', 'judge', 'x', 'x');
        INSERT INTO cases (id, court_id, case_number, year, case_type, sequence, cause, procedure, stage, filed_on, created_at, updated_at)
        VALUES ('k1', 'c1', '（2026）苏0198民初1号', 2026, '民初', 1, '民间借贷纠纷', 'simplified', 'filing', '2026-01-01', 'x', 'x');
        INSERT INTO blobs (sha256, size_bytes, media_type, created_at) VALUES ('h', 1, 'application/pdf', 'x');
        INSERT INTO documents (id, case_id, title, category, blob_sha256, page_count, size_bytes, created_at)
        VALUES ('d1', 'k1', '起诉状', '起诉状', 'h', 1, 1, 'x');`);
      const db = m.reopen(6);
      expect(columns(db, 'annotations')).toEqual([
        'id', 'document_id', 'page_index', 'kind', 'rects', 'ink', 'color', 'opacity', 'text', 'comment', 'tags', 'layer',
        'quote', 'quote_prefix', 'quote_suffix', 'quote_offset', 'author_id', 'created_at', 'updated_at', 'deleted_at', 'version',
      ]);
      const insert = (id: string, doc: string, layer: string, author = 'u1') =>
        db.prepare(`INSERT INTO annotations (id, document_id, page_index, kind, color, layer, author_id, created_at, updated_at)
          VALUES (?, ?, 0, 'highlight', '#FFD400', ?, ?, 'x', 'x')`).run(id, doc, layer, author);
      insert('a1', 'd1', 'private');
      expect(db.prepare('SELECT rects, ink, tags, opacity, version, deleted_at, quote_offset FROM annotations').get()).toEqual({
        rects: '[]', ink: '[]', tags: '[]', opacity: 1, version: 1, deleted_at: null, quote_offset: null,
      });
      expect(() => insert('a2', 'd1', 'public')).toThrow(/CHECK/);
      expect(() => insert('a3', 'no-such-document', 'team')).toThrow(/FOREIGN KEY/);
      expect(() => insert('a4', 'd1', 'team', 'no-such-user')).toThrow(/FOREIGN KEY/);
      const indexes = (db.pragma('index_list(annotations)') as { name: string }[]).map((i) => i.name);
      expect(indexes).toEqual(expect.arrayContaining(['annotations_document_page', 'annotations_author']));
    } finally {
      m.dispose();
    }
  });
});
