import { readdirSync, readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { AppContext } from '../../../app/appContext';
import { readSettings } from '../../../services/settingsStore';
import { processScanFile, type ScanImport } from './scanFile';

export interface ScanWatchOptions {
  /** How often the folder is listed when fs.watch says nothing (network shares often never do). */
  pollMs?: number;
  /** A file is taken once its size and time have not changed for this long (the scanner has finished it). */
  stableMs?: number;
}

/** Files a scanner or copy tool is still writing, and our own .txt reasons. */
const SKIP = /^(\.|~\$)|\.(tmp|part|crdownload|partial|txt)$/iu;

/**
 * Watches the scanner folder (settings.scanFolder, re-read on every pass so a change applies at once):
 * fs.watch for speed plus a listing every few seconds as the fallback. Top-level files only; each is
 * handled once its size is stable (see scanFile.ts). One file at a time; stop() waits for the current one.
 */
export function startScanFolderWatcher(app: AppContext, importScan: ScanImport, options: ScanWatchOptions = {}): { stop: () => Promise<void> } {
  const pollMs = options.pollMs ?? 3000;
  const stableMs = options.stableMs ?? 2000;
  const seen = new Map<string, { size: number; mtimeMs: number; since: number }>();
  /** Files that could not be moved away: not taken again in this run. */
  const handled = new Set<string>();
  let watcher: FSWatcher | null = null;
  let watched: string | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let warned = '';

  const watchFolder = (folder: string | null) => {
    if (folder === watched) return;
    watcher?.close();
    watcher = null;
    watched = folder;
    if (!folder) return;
    try {
      watcher = watch(folder, () => setTimeout(pass, 300).unref());
      watcher.on('error', () => undefined); // the listing below still runs
    } catch {
      // not there (yet) or not watchable: the periodic listing covers it
    }
  };

  const scan = async () => {
    if (!app.db.open) return;
    const folder = readSettings(app.db).scanFolder;
    watchFolder(folder);
    if (!folder) return;
    let names: string[];
    try {
      names = readdirSync(folder, { withFileTypes: true }).filter((e) => e.isFile() && !SKIP.test(e.name)).map((e) => e.name).sort();
    } catch (err) {
      if (warned !== folder) app.logger.warn({ err: (err as Error).message }, 'scanner folder cannot be read');
      warned = folder;
      return;
    }
    warned = '';
    const now = Date.now();
    for (const name of names) {
      if (stopped) return;
      const path = join(folder, name);
      let st;
      try {
        st = statSync(path);
      } catch {
        continue;
      }
      const key = `${name}\u0000${st.size}\u0000${st.mtimeMs}`;
      if (handled.has(key)) continue;
      const prev = seen.get(name);
      if (!prev || prev.size !== st.size || prev.mtimeMs !== st.mtimeMs) {
        seen.set(name, { size: st.size, mtimeMs: st.mtimeMs, since: now });
        again = true; // look again once it may be stable
        continue;
      }
      // Empty files wait longer: a scanner may create the file before writing it.
      if (now - prev.since < (st.size === 0 ? stableMs * 5 : stableMs)) {
        again = true;
        continue;
      }
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        bytes = new Uint8Array(readFileSync(path));
      } catch {
        continue; // still locked by the scanner (Windows): next pass
      }
      seen.delete(name);
      try {
        await processScanFile(app, folder, name, bytes, importScan);
      } catch (err) {
        handled.add(key);
        if (app.db.open) app.logger.error({ err }, 'scanner folder file could not be handled');
      }
    }
    for (const name of seen.keys()) if (!names.includes(name)) seen.delete(name);
  };

  function pass(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    again = false;
    running = scan()
      .catch((err: unknown) => {
        if (app.db.open) app.logger.error({ err }, 'scanner folder pass failed');
      })
      .finally(() => {
        running = null;
        if (again && !stopped) setTimeout(pass, stableMs).unref();
      });
  }

  const timer = setInterval(pass, pollMs);
  timer.unref();
  pass();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      watcher?.close();
      await running;
    },
  };
}
