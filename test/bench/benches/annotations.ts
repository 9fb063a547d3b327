import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../../src-main/app/appContext';
import { createDispatcher } from '../../../src-main/services/dispatcher';
import { listVisibleAnnotations } from '../../../src-main/domains/annotations/annotationRows';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { addDocuments } from '../../helpers/annotationFixture';
import { seedSmallCourt } from '../../helpers/smallCourt';
import type { Bench } from '../run';
import { summarize } from '../stats';

const SAVES = 2000;
const VOLUME_ANNOTATIONS = 10_000;
const DOCUMENTS = 40;

const pct = (samples: number[], q: number): number => {
  const s = [...samples].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]! * 1000) / 1000;
};

function annotation(documentId: string, n: number): Record<string, unknown> {
  return {
    id: uuidv7(), documentId, pageIndex: n % 25, kind: n % 7 === 0 ? 'note' : 'highlight',
    rects: [[72, 700 - (n % 40) * 14, 480, 714 - (n % 40) * 14], [72, 686 - (n % 40) * 14, 300, 700 - (n % 40) * 14]],
    color: '#FFD400', comment: n % 3 === 0 ? '此处与借条记载的金额不一致，需要核实' : '', tags: n % 2 ? ['重点'] : [],
    layer: n % 4 === 0 ? 'team' : 'private',
    anchor: { quote: '被告向原告借款人民币100000元', prefix: '2024年1月，', suffix: '，约定一年内归还。', offset: 120 + (n % 50) },
    baseVersion: 0,
  };
}

const bench: Bench = {
  name: 'annotations',
  description: `annotations.save of 1 annotation through the dispatcher (goal p99 ≤ 2 ms) and annotations.list {caseId} of ${VOLUME_ANNOTATIONS} annotations (goal ≤ 50 ms)`,
  async run({ runs }) {
    const dir = mkdtempSync(join(tmpdir(), 'court-desk-bench-'));
    const app = openApp(dir);
    try {
      const court = seedSmallCourt(app);
      const [saveCase, volumeCase] = court.caseIds as [string, string];
      const [saveDoc] = addDocuments(app, saveCase, [{ pages: 25 }]);
      const volumeDocs = addDocuments(app, volumeCase, Array.from({ length: DOCUMENTS }, () => ({ pages: 25 })));
      const dispatch = createDispatcher(app);
      const login = await dispatch({ name: 'auth.login', input: { userName: 'judge', password: court.password } }, { via: 'test' });
      if (!login.ok) throw new Error(login.error.message);
      const sessionId = (login.value as { sessionId: string }).sessionId;
      const call = async (name: string, input: unknown) => {
        const r = await dispatch({ name, input, sessionId }, { via: 'test' });
        if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
        return r.value;
      };

      // Save latency: one new annotation per call, as the reader's debounced save sends it. Each save arrives as
      // an event of its own (an IPC message or an HTTP request), so the event loop turns between two saves.
      const saveMs: number[] = [];
      for (let i = 0; i < SAVES + 100; i++) {
        const input = { changes: [{ op: 'upsert', annotation: annotation(saveDoc!, i) }] };
        await new Promise<void>((turned) => setImmediate(turned));
        const t0 = performance.now();
        await call('annotations.save', input);
        if (i >= 100) saveMs.push(performance.now() - t0); // after warm-up
      }

      // The floor under any durable write: one tiny committed transaction (WAL + synchronous=FULL fsyncs the WAL).
      app.db.exec('CREATE TEMP TABLE IF NOT EXISTS bench_floor (n INTEGER)');
      app.db.exec('CREATE TABLE IF NOT EXISTS bench_floor_disk (n INTEGER)');
      const floor = app.db.prepare('INSERT INTO bench_floor_disk (n) VALUES (?)');
      const floorMs: number[] = [];
      for (let i = 0; i < SAVES; i++) {
        const t0 = performance.now();
        floor.run(i);
        floorMs.push(performance.now() - t0);
      }

      // A volume holding 10,000 annotations, saved in batches of 500.
      for (let i = 0; i < VOLUME_ANNOTATIONS; i += 500) {
        await call('annotations.save', { changes: Array.from({ length: 500 }, (_, k) => ({ op: 'upsert', annotation: annotation(volumeDocs[(i + k) % DOCUMENTS]!, i + k) })) });
      }
      const actor = { userId: court.users.judge, userName: 'judge', role: 'judge', via: 'test' };
      const queryMs: number[] = [];
      for (let i = 0; i < runs + 2; i++) {
        const t0 = performance.now();
        listVisibleAnnotations(app.db, actor, { caseId: volumeCase });
        if (i >= 2) queryMs.push(performance.now() - t0);
      }
      const listMs: number[] = [];
      let count = 0;
      for (let i = 0; i < runs + 2; i++) {
        const t0 = performance.now();
        count = ((await call('annotations.list', { caseId: volumeCase })) as { items: unknown[] }).items.length;
        if (i >= 2) listMs.push(performance.now() - t0);
      }
      return {
        save: { calls: SAVES, goalP99Ms: 2, p50Ms: pct(saveMs, 0.5), p99Ms: pct(saveMs, 0.99), ...summarize(saveMs) },
        committedInsertFloor: { p50Ms: pct(floorMs, 0.5), p99Ms: pct(floorMs, 0.99) },
        listVolume: { annotations: count, documents: DOCUMENTS, goalMs: 50, ...summarize(listMs) },
        listQueryAndMappingOnlyMs: summarize(queryMs),
        loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
        synchronous: app.db.pragma('synchronous', { simple: true }),
        journal: app.db.pragma('journal_mode', { simple: true }),
        // Checkpoints run between calls (checkpointWhenIdle); a commit that fills the WAL to this many pages runs one itself.
        walAutocheckpointPages: app.db.pragma('wal_autocheckpoint', { simple: true }),
      };
    } finally {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
export default bench;
