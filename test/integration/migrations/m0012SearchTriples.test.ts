import { describe, expect, it } from 'vitest';
import { databaseAt } from '../../helpers/migrationDb';
import { caseToken, queryExpression } from '../../../src-shared/search/searchTokens';

describe('migration 12: search triples', () => {
  it('rebuilds the search index from the pages, with their case and volume scope', () => {
    const m = databaseAt(11);
    try {
      m.db.exec(`INSERT INTO courts (id, name, code) VALUES ('c1', '测试法院', '苏0198');
        INSERT INTO cases (id, court_id, case_number, year, case_type, sequence, cause, procedure, stage, filed_on, created_at, updated_at)
        VALUES ('k1', 'c1', '（2026）苏0198民初1号', 2026, '民初', 1, '民间借贷纠纷', 'simplified', 'filing', '2026-01-01', 'x', 'x');
        INSERT INTO blobs (sha256, size_bytes, media_type, created_at) VALUES ('h', 1, 'application/pdf', 'x');
        INSERT INTO documents (id, case_id, title, category, volume, blob_sha256, page_count, size_bytes, created_at)
        VALUES ('d1', 'k1', '起诉状', '起诉状', 'internal', 'h', 1, 1, 'x');
        INSERT INTO pages (id, document_id, page_index, text, text_source, width, height) VALUES ('p1', 'd1', 0, '双方签订借款合同一份', 'pdf', 595, 842);
        -- An index written by an older version of the tokens: here simply emptied.
        INSERT INTO page_search (page_search) VALUES ('delete-all');`);
      const find = (q: string) => m.db.prepare('SELECT count(*) FROM page_search WHERE page_search MATCH ?').pluck().get(q);
      expect(find(queryExpression('借款合同')!)).toBe(0);
      const db = m.reopen(12);
      const count = (q: string) => db.prepare('SELECT count(*) FROM page_search WHERE page_search MATCH ?').pluck().get(q);
      expect(count(queryExpression('借款合同')!)).toBe(1);
      expect(count(`(${queryExpression('签订')}) AND "${caseToken('k1')}" AND "vinternal"`)).toBe(1);
      expect(count(`(${queryExpression('签订')}) AND "vmain"`)).toBe(0);
    } finally {
      m.dispose();
    }
  });
});
