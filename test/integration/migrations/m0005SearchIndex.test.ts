import { describe, expect, it } from 'vitest';
import { databaseAt } from '../../helpers/migrationDb';
import { caseToken, queryExpression, volumeToken } from '../../../src-shared/search/searchTokens';

type Db = ReturnType<typeof databaseAt>['db'];
const match = (db: Db, expression: string) =>
  (db.prepare(`SELECT p.id FROM page_search s JOIN pages p ON p.rowid = s.rowid WHERE page_search MATCH ? ORDER BY p.id`).all(expression) as { id: string }[]).map((r) => r.id);
const hits = (db: Db, q: string) => match(db, queryExpression(q)!);
const inCase = (db: Db, q: string, caseId: string) => match(db, `(${queryExpression(q)}) AND "${caseToken(caseId)}"`);
const inVolume = (db: Db, q: string, volume: string) => match(db, `(${queryExpression(q)}) AND "${volumeToken(volume)}"`);

describe('migration 5: search index with case and volume tokens', () => {
  it('indexes the pages that already exist, then keeps it with the scope of every page', () => {
    const m = databaseAt(4);
    try {
      m.db.exec(`INSERT INTO courts (id, name, code) VALUES ('c1', '测试法院', '苏0198');
        INSERT INTO cases (id, court_id, case_number, year, case_type, sequence, cause, procedure, stage, filed_on, created_at, updated_at)
        VALUES ('k1', 'c1', '（2026）苏0198民初1号', 2026, '民初', 1, '民间借贷纠纷', 'simplified', 'filing', '2026-01-01', 'x', 'x'),
               ('k2', 'c1', '（2026）苏0198民初2号', 2026, '民初', 2, '买卖合同纠纷', 'simplified', 'filing', '2026-01-02', 'x', 'x');
        INSERT INTO blobs (sha256, size_bytes, media_type, created_at) VALUES ('h', 1, 'application/pdf', 'x');
        INSERT INTO documents (id, case_id, title, category, blob_sha256, page_count, size_bytes, created_at) VALUES ('d1', 'k1', '起诉状', '起诉状', 'h', 1, 1, 'x');
        INSERT INTO documents (id, case_id, title, category, volume, blob_sha256, page_count, size_bytes, created_at) VALUES ('d2', 'k2', '审理报告', '审理报告', 'internal', 'h', 1, 1, 'x');
        INSERT INTO pages (id, document_id, page_index, text, text_source, width, height) VALUES ('p1', 'd1', 0, '原告张三诉被告李四民间借贷纠纷', 'pdf', 1, 1);
`);

      const db = m.reopen(5);
      expect(hits(db, '民间借贷')).toEqual(['p1']);
      expect(hits(db, '张')).toEqual(['p1']);
      expect(inCase(db, '借贷', 'k1')).toEqual(['p1']);
      expect(inCase(db, '借贷', 'k2')).toEqual([]);
      expect(inVolume(db, '借贷', 'main')).toEqual(['p1']);

      // New pages carry their case and volume.
      db.prepare(`INSERT INTO pages (id, document_id, page_index, text, text_source, width, height) VALUES ('p2', 'd2', 0, '合议庭评议：借贷关系成立', 'pdf', 1, 1)`).run();
      expect(inCase(db, '借贷', 'k2')).toEqual(['p2']);
      expect(inVolume(db, '借贷', 'internal')).toEqual(['p2']);
      // An edited page is indexed anew, with its scope.
      db.prepare(`UPDATE pages SET text = '合议庭评议：驳回诉讼请求' WHERE id = 'p2'`).run();
      expect(hits(db, '借贷')).toEqual(['p1']);
      expect(inCase(db, '驳回诉讼请求', 'k2')).toEqual(['p2']);
      // A document moved to the other volume or case takes its pages along.
      db.prepare(`UPDATE documents SET volume = 'main' WHERE id = 'd2'`).run();
      expect(inVolume(db, '驳回', 'internal')).toEqual([]);
      expect(inVolume(db, '驳回', 'main')).toEqual(['p2']);
      db.prepare(`UPDATE documents SET case_id = 'k1' WHERE id = 'd2'`).run();
      expect(inCase(db, '驳回', 'k2')).toEqual([]);
      expect(inCase(db, '驳回', 'k1')).toEqual(['p2']);
      // A page moved to another document follows that document's scope.
      db.prepare(`UPDATE documents SET case_id = 'k2' WHERE id = 'd2'`).run();
      db.prepare(`UPDATE pages SET document_id = 'd2', page_index = 1 WHERE id = 'p1'`).run();
      expect(inCase(db, '民间借贷', 'k2')).toEqual(['p1']);
      // Deleted pages leave the index.
      db.prepare(`DELETE FROM pages WHERE id = 'p1'`).run();
      expect(hits(db, '民间借贷')).toEqual([]);
      expect(db.prepare(`SELECT count(*) FROM page_search WHERE page_search MATCH ?`).pluck().get(`"${caseToken('k2')}"`)).toBe(1);
    } finally {
      m.dispose();
    }
  });
});
