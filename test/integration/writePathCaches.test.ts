import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/openDatabase';
import { verifyAudit } from '../../src-main/write/auditChain';
import { runWrite, type Actor } from '../../src-main/write/runWrite';
import { createTestApp, type TestApp } from '../helpers/testApp';

let t: TestApp;
afterEach(() => t?.close());

const actor: Actor = { userId: null, userName: '测试', role: 'system', via: 'test' };
const meta = (call: string) => ({ actor, call, caseId: null, now: new Date() });
const count = (t: TestApp, table: string): number => (t.app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

// The write path keeps its statements, its transaction and each table's column names per connection.
describe('the write path with its per-connection caches', () => {
  it('sees a column added after the table was first written, and still refuses an unknown one', () => {
    t = createTestApp();
    runWrite(t.app.db, meta('test.first'), (tx) => tx.insert('setting', 'cacheTest.a', { value: '1' }));
    t.app.db.exec('ALTER TABLE settings ADD COLUMN note TEXT');
    runWrite(t.app.db, meta('test.second'), (tx) => tx.insert('setting', 'cacheTest.b', { value: '2', note: '新列' }));
    expect(t.app.db.prepare(`SELECT note FROM settings WHERE key = 'cacheTest.b'`).get()).toEqual({ note: '新列' });

    const audit = count(t, 'audit_log');
    expect(() => runWrite(t.app.db, meta('test.third'), (tx) => tx.insert('setting', 'cacheTest.c', { value: '3', nonsense: 'x' }))).toThrow(
      /no writable column nonsense/,
    );
    expect(count(t, 'audit_log')).toBe(audit);
    expect(t.app.db.prepare(`SELECT 1 FROM settings WHERE key = 'cacheTest.c'`).get()).toBeUndefined();
  });

  it('keeps one audit chain when two connections (app and CLI) write in turn', () => {
    t = createTestApp();
    const other = openDatabase(join(t.dir, 'court-desk.sqlite'));
    try {
      for (let i = 0; i < 6; i++) {
        const db = i % 2 === 0 ? t.app.db : other;
        runWrite(db, meta('test.turn'), (tx) => tx.insert('setting', `cacheTest.turn${i}`, { value: String(i) }));
      }
    } finally {
      other.close();
    }
    expect(verifyAudit(t.app.db).problems).toEqual([]);
    const seqs = t.app.db.prepare(`SELECT seq FROM audit_log WHERE call = 'test.turn' ORDER BY seq`).pluck().all() as number[];
    expect(seqs).toHaveLength(6);
    expect(seqs.at(-1)! - seqs[0]!).toBe(5);
  });

  it('opens the database durable (WAL, synchronous=FULL) with checkpoints every 4000 WAL pages', () => {
    t = createTestApp();
    expect(t.app.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(t.app.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(t.app.db.pragma('wal_autocheckpoint', { simple: true })).toBe(4000);
  });
});
