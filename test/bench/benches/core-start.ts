import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../src-main/db/openDatabase';
import { runWrite } from '../../../src-main/write/runWrite';
import { listCases } from '../../../src-main/domains/cases/caseQueries';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { Bench } from '../run';
import { summarize } from '../stats';

const CASES = 5000;

/** A database file at schema version 1 holding 5,000 cases with two parties each, written through the write path. */
function buildFixture(dir: string): string {
  const file = join(dir, 'v1.sqlite');
  const db = openDatabase(file, { migrateTo: 1 });
  db.exec(`CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)`); // the audit head lives here
  const actor = { userId: null, userName: 'bench', role: 'admin', via: 'bench' };
  const courtId = uuidv7();
  runWrite(db, { actor, call: 'bench.seed', caseId: null, now: new Date() }, (tx) => {
    tx.insert('court', courtId, { name: '基准测试法院', code: '苏0197' });
    for (let i = 1; i <= CASES; i++) {
      const id = uuidv7();
      tx.insert('case', id, {
        court_id: courtId, case_number: `（2026）苏0197民初${i}号`, year: 2026, case_type: '民初', sequence: i,
        cause: '民间借贷纠纷', procedure: 'simplified', stage: 'filing', filed_on: '2026-01-01', created_at: 'x', updated_at: 'x',
      });
      tx.insert('party', uuidv7(), { case_id: id, role: 'plaintiff', name: `原告${i}`, kind: 'person' });
      tx.insert('party', uuidv7(), { case_id: id, role: 'defendant', name: `被告${i}`, kind: 'person' });
    }
  });
  // Settings arrived in migration 2; drop the stand-in so migration 2 runs as on a real v1 file.
  db.exec(`DROP TABLE settings`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return file;
}

const bench: Bench = {
  name: 'core-start',
  description: 'open + migrate a database holding 5,000 cases (goal ≤ 200 ms), then the first case-list page',
  async run({ runs }) {
    const dir = mkdtempSync(join(tmpdir(), 'court-desk-bench-'));
    try {
      const fixture = buildFixture(dir);
      const migrateMs: number[] = [];
      const openMs: number[] = [];
      const firstListMs: number[] = [];
      for (let i = 0; i < runs; i++) {
        const file = join(dir, `run${i}.sqlite`);
        copyFileSync(fixture, file);
        let t0 = performance.now();
        let db = openDatabase(file); // v1 → newest
        migrateMs.push(performance.now() - t0);
        db.close();
        t0 = performance.now();
        db = openDatabase(file); // already current: the everyday start
        openMs.push(performance.now() - t0);
        t0 = performance.now();
        listCases(db, { limit: 100, offset: 0 });
        firstListMs.push(performance.now() - t0);
        db.close();
      }
      return {
        cases: CASES,
        goalMs: 200,
        openAndMigrateFromV1Ms: summarize(migrateMs),
        openCurrentMs: summarize(openMs),
        firstCaseListPageMs: summarize(firstListMs),
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
export default bench;
