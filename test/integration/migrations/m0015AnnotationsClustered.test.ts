import { describe, expect, it } from 'vitest';
import { columns, databaseAt } from '../../helpers/migrationDb';

const SEED = `INSERT INTO courts (id, name, code) VALUES ('c1', '测试法院', '苏0198');
  INSERT INTO users (id, court_id, user_name, display_name, role, password_hash, created_at)
  VALUES ('u1', 'c1', 'judge', '王法官', 'judge', 'x', 'x');
  INSERT INTO cases (id, court_id, case_number, year, case_type, sequence, cause, procedure, stage, filed_on, created_at, updated_at)
  VALUES ('k1', 'c1', '（2026）苏0198民初1号', 2026, '民初', 1, '民间借贷纠纷', 'simplified', 'filing', '2026-01-01', 'x', 'x');
  INSERT INTO blobs (sha256, size_bytes, media_type, created_at) VALUES ('h', 1, 'application/pdf', 'x');
  INSERT INTO documents (id, case_id, title, category, blob_sha256, page_count, size_bytes, created_at)
  VALUES ('d1', 'k1', '起诉状', '起诉状', 'h', 3, 1, 'x');`;

const annotation = (id: string, page: number, created: string) =>
  `INSERT INTO annotations (id, document_id, page_index, kind, rects, color, comment, tags, layer, quote, quote_prefix, quote_suffix, quote_offset,
    author_id, created_at, updated_at, version)
   VALUES ('${id}', 'd1', ${page}, 'highlight', '[[72,700,480,714]]', '#FFD400', '需核实', '["重点"]', 'team', '借款人民币', '被告向原告', '元', 12,
    'u1', '${created}', '${created}', 2)`;

describe('migration 15: annotations stored in reading order', () => {
  it('keeps every annotation and field, lists a document in reading order from the table itself, and keeps ids unique', () => {
    const m = databaseAt(14);
    try {
      m.db.exec(SEED);
      m.db.exec(annotation('a3', 2, '2026-01-01T00:00:01Z'));
      m.db.exec(annotation('a1', 0, '2026-01-01T00:00:03Z'));
      m.db.exec(annotation('a2', 0, '2026-01-01T00:00:02Z'));
      const before = m.db.prepare('SELECT * FROM annotations ORDER BY id').all();
      const cols = columns(m.db, 'annotations');

      const db = m.reopen(15);
      expect(columns(db, 'annotations')).toEqual(cols);
      expect(db.prepare('SELECT * FROM annotations ORDER BY id').all()).toEqual(before);
      const list = `SELECT id FROM annotations WHERE document_id = ? AND deleted_at IS NULL ORDER BY page_index, created_at, id`;
      expect(db.prepare(list).pluck().all('d1')).toEqual(['a2', 'a1', 'a3']);
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${list}`).all('d1') as { detail: string }[]).map((r) => r.detail).join(' ');
      expect(plan).toContain('USING PRIMARY KEY');
      expect(plan).not.toMatch(/TEMP B-TREE/);

      // Updates by id still work, a second row with the same id is refused, and so is an unknown document.
      db.prepare(`UPDATE annotations SET comment = '已核实', version = version + 1 WHERE id = 'a1'`).run();
      expect(db.prepare(`SELECT comment, version FROM annotations WHERE id = 'a1'`).get()).toEqual({ comment: '已核实', version: 3 });
      expect(() => db.exec(annotation('a1', 1, '2026-01-02T00:00:00Z'))).toThrow(/UNIQUE/);
      expect(() => db.exec(annotation('a9', 1, '2026-01-02T00:00:00Z').replace("'d1'", "'nope'"))).toThrow(/FOREIGN KEY/);
      const indexes = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'annotations' AND sql IS NOT NULL`).pluck().all();
      expect(indexes).toEqual(['annotations_author']);
    } finally {
      m.dispose();
    }
  });
});
