import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { corpusFile } from '../../helpers/corpus';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');

/** Sends jobs one after another to a worker and collects the replies (progress messages skipped). */
function ask(worker: Worker, jobs: unknown[]): Promise<{ type: string; result?: Record<string, unknown>; failure?: unknown }[]> {
  return new Promise((done, fail) => {
    const replies: { type: string }[] = [];
    worker.on('error', fail);
    worker.on('message', (m: { id: number; type: string }) => {
      if (m.type === 'progress') return;
      replies.push(m);
      if (replies.length === jobs.length) done(replies);
      else worker.postMessage({ id: replies.length, job: jobs[replies.length] });
    });
    worker.postMessage({ id: 0, job: jobs[0] });
  });
}

describe('the Electron bundle of the import file worker', () => {
  it('is its own esbuild entry that reads a Chinese PDF with pdf.js (loaded from node_modules at run time)', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'court-desk-worker-build-'));
    try {
      const { buildElectron } = (await import(join(root, 'build/buildElectron.mjs'))) as { buildElectron: (o: { outDir: string }) => Promise<{ worker: string }> };
      const out = await buildElectron({ outDir });
      expect(out.worker).toBe(join(outDir, 'electron/pdfWorker.cjs'));
      symlinkSync(join(root, 'node_modules'), join(outDir, 'node_modules'), 'dir'); // as in the installed app
      const pdf = new Uint8Array(readFileSync(corpusFile('XiaoBiaoSong.pdf')));
      const worker = new Worker(out.worker);
      try {
        const [opened, extracted] = await ask(worker, [
          { kind: 'open', docKey: 'k', bytes: pdf, maxPages: 10 },
          { kind: 'extract', docKey: 'k', bytes: null, maxPages: 10 },
        ]);
        expect(opened).toMatchObject({ type: 'done', result: { pageCount: 1 } });
        expect(extracted!.type).toBe('done');
        expect(JSON.stringify(extracted!.result)).toContain('关于红军作战的原则');
      } finally {
        await worker.terminate();
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
