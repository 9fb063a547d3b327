import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { outsideAsar } from './asarPaths';

/**
 * Starts the worker thread whose entry is the module `name` beside the caller (`callerUrl`: its import.meta.url),
 * from the sources and from the Electron bundle alike:
 * - Electron bundle (esbuild, CommonJS): import.meta.url is the bundle's own URL (build/buildElectron.mjs defines
 *   it) and the worker is a separate esbuild entry beside it, dist/electron/<name>.cjs, run from outside the asar.
 * - Sources (tsx CLI, `npm run web`, vitest): the entry is <name>.ts. Node 20 does not apply `--import tsx` from a
 *   worker's execArgv to the worker's own entry (ERR_UNKNOWN_FILE_EXTENSION), so the worker starts from a
 *   two-line eval'd script that loads tsx's API and imports the entry through it.
 */
export function spawnWorker(callerUrl: string, name: string, options: WorkerOptions = {}): Worker {
  if (callerUrl.endsWith('.cjs')) return new Worker(outsideAsar(fileURLToPath(new URL(`./${name}.cjs`, callerUrl))), options);
  const entry = new URL(`./${name}.ts`, callerUrl).href;
  // tsx's ESM API file (require.resolve would give its CommonJS twin, which cannot be import()ed here).
  const tsxDir = dirname(createRequire(callerUrl).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
  return new Worker(boot, { ...options, eval: true });
}
