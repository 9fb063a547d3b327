import { describe, expect, it } from 'vitest';
import { databaseAt } from '../../helpers/migrationDb';

describe('migration 13: annotation reading order', () => {
  it('lists a document\'s annotations in reading order from an index, without a sort', () => {
    const m = databaseAt(12);
    try {
      const db = m.reopen(13);
      const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM annotations WHERE document_id = ? AND deleted_at IS NULL
        ORDER BY page_index, created_at, id`).all('d1') as { detail: string }[]).map((r) => r.detail);
      expect(plan.join(' ')).toContain('annotations_reading_order');
      expect(plan.join(' ')).not.toMatch(/TEMP B-TREE/);
    } finally {
      m.dispose();
    }
  });
});
