import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../../src-main/app/appContext';
import { createDispatcher } from '../../../src-main/services/dispatcher';
import type { Bench } from '../run';
import { summarize } from '../stats';

const bench: Bench = {
  name: 'demo-seed',
  description: 'demo.seed on an empty data folder: ~30 cases with their Chinese PDFs (font subsetting dominates)',
  async run({ runs }) {
    const samples: number[] = [];
    let documents = 0;
    for (let i = 0; i < Math.min(runs, 5); i++) {
      const dir = mkdtempSync(join(tmpdir(), 'court-desk-bench-seed-'));
      const app = openApp(dir);
      try {
        const t0 = performance.now();
        const r = await createDispatcher(app)({ name: 'demo.seed', input: {} }, { via: 'test' });
        samples.push(performance.now() - t0);
        if (!r.ok) throw new Error(r.error.message);
        documents = (r.value as { documents: number }).documents;
      } finally {
        app.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
    return { documents, seedMs: summarize(samples) };
  },
};
export default bench;
