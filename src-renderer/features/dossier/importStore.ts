import type { ImportOutcome } from '../../../src-shared/contract/calls/documentCalls';
import { api, onEvent } from '../../api/api';
import { chunkFiles, readProgress, type ImportPhase } from './importChunks';

/** One batch of files the user dropped or picked, as the progress bar and the outcome list show it. */
export interface ImportBatch {
  key: string;
  startedAt: Date;
  total: number;
  /** Files finished (imported or refused). */
  done: number;
  current: { name: string; index: number; phase: ImportPhase; page: number; pages: number } | null;
  outcomes: ImportOutcome[];
  /** The call itself failed (not one file): its Chinese message. */
  error: string | null;
  /** Until every file is done, background OCR included. */
  running: boolean;
  /** documents.import calls still under way (the files are not all saved yet). */
  sending: boolean;
  /** Saved files whose pages are still being recognised (OCR runs after the call, in the background). */
  recognising: number;
}

/** What the store keeps of a batch besides its view. */
interface Tracking {
  caseId: string;
  /** Files whose 'done' or 'failed' event came (or that were refused). */
  finished: Set<number>;
  /** Files the server saved and will still report on (their 'done' comes after OCR). */
  saved: Set<number>;
  /** Files seen in the 'ocr' phase. */
  ocr: Set<number>;
  sending: boolean;
  lastEventAt: number;
}

/**
 * The import batches of each case, kept outside React so a batch goes on (and its progress stays visible)
 * while the user opens a document and comes back. Sends a few files per documents.import call and
 * follows the server's progress events of each call by its batchId, also after the call has returned:
 * every file ends with a 'done' or 'failed' event, which for pages without text comes after the
 * background OCR. Should events be lost (the stream reconnected), a watchdog ends the batch anyway.
 */
const byCase = new Map<string, ImportBatch[]>();
const listeners = new Set<() => void>();
const importedListeners = new Set<(caseId: string) => void>();
const calls = new Map<string, { key: string; offset: number }>();
const tracking = new Map<string, Tracking>();
let stopEvents: (() => void) | null = null;
let watchdog: ReturnType<typeof setInterval> | null = null;
const EMPTY: ImportBatch[] = [];
let counter = 0;
/** Silence after which a batch stops waiting: short for a plain 'done', long while OCR runs (it reports each page). */
const QUIET_MS = 15_000;
const QUIET_OCR_MS = 180_000;

const notify = (): void => listeners.forEach((l) => l());
const imported = (caseId: string): void => importedListeners.forEach((l) => l(caseId));

function update(caseId: string, key: string, change: (b: ImportBatch) => ImportBatch): void {
  byCase.set(caseId, (byCase.get(caseId) ?? EMPTY).map((b) => (b.key === key ? change(b) : b)));
  notify();
}

const waitingFor = (t: Tracking): number[] => [...t.saved].filter((i) => !t.finished.has(i));

/** Re-derives a batch's counters; ends it when nothing is sent or awaited any more. */
function refresh(key: string): void {
  const t = tracking.get(key);
  if (!t) return;
  const waiting = waitingFor(t);
  const running = t.sending || waiting.length > 0;
  update(t.caseId, key, (b) => ({
    ...b,
    done: Math.min(b.total, t.finished.size),
    sending: t.sending,
    recognising: t.sending ? 0 : waiting.length,
    running,
    current: running ? b.current : null,
  }));
  if (running) return;
  tracking.delete(key);
  for (const [batchId, call] of calls) if (call.key === key) calls.delete(batchId);
  if (tracking.size === 0) stopFollowing();
  imported(t.caseId);
}

function onProgress(payload: Record<string, unknown>): void {
  const p = readProgress(payload);
  const call = p && calls.get(p.batchId);
  const t = call && tracking.get(call.key);
  if (!p || !call || !t) return;
  const index = call.offset + p.fileIndex;
  t.lastEventAt = Date.now();
  if (p.phase === 'done' || p.phase === 'failed') t.finished.add(index);
  if (p.phase === 'ocr') t.ocr.add(index);
  update(t.caseId, call.key, (b) => ({ ...b, current: { name: p.file, index, phase: p.phase, page: p.page, pages: p.pages } }));
  refresh(call.key);
}

function follow(): void {
  stopEvents ??= onEvent((e) => e.topic === 'progress' && onProgress(e.payload));
  watchdog ??= setInterval(() => {
    const now = Date.now();
    for (const [key, t] of tracking) {
      if (t.sending) continue;
      const quiet = waitingFor(t).some((i) => t.ocr.has(i)) ? QUIET_OCR_MS : QUIET_MS;
      if (now - t.lastEventAt < quiet) continue;
      t.saved.forEach((i) => t.finished.add(i));
      refresh(key);
    }
  }, 5_000);
}

function stopFollowing(): void {
  stopEvents?.();
  stopEvents = null;
  if (watchdog) clearInterval(watchdog);
  watchdog = null;
}

export const importStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  batches: (caseId: string): ImportBatch[] => byCase.get(caseId) ?? EMPTY,
  /** Told after each documents.import call of a case and when a batch ends, so its catalogue reloads. */
  onImported(listener: (caseId: string) => void): () => void {
    importedListeners.add(listener);
    return () => importedListeners.delete(listener);
  },
  dismiss(caseId: string, key: string): void {
    byCase.set(caseId, (byCase.get(caseId) ?? EMPTY).filter((b) => b.key !== key));
    notify();
  },

  async start(caseId: string, files: File[], errorText: (err: unknown) => string): Promise<void> {
    if (files.length === 0) return;
    const key = `b${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const batch: ImportBatch = {
      key, startedAt: new Date(), total: files.length, done: 0, current: null, outcomes: [], error: null,
      running: true, sending: true, recognising: 0,
    };
    const t: Tracking = { caseId, finished: new Set(), saved: new Set(), ocr: new Set(), sending: true, lastEventAt: Date.now() };
    tracking.set(key, t);
    byCase.set(caseId, [batch, ...(byCase.get(caseId) ?? EMPTY)]);
    notify();
    follow();
    let offset = 0;
    for (const [i, chunk] of chunkFiles(files).entries()) {
      calls.set(`${key}.${i}`, { key, offset });
      try {
        const read = await Promise.all(chunk.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
        const { outcomes } = await api.documents.import({ caseId, batchId: `${key}.${i}`, files: read });
        outcomes.forEach((o, j) => (o.ok ? t.saved : t.finished).add(offset + j));
        update(caseId, key, (b) => ({ ...b, outcomes: [...b.outcomes, ...outcomes] }));
        imported(caseId);
      } catch (err) {
        update(caseId, key, (b) => ({ ...b, error: errorText(err) }));
        break;
      }
      offset += chunk.length;
    }
    t.sending = false;
    t.lastEventAt = Date.now();
    refresh(key);
  },
};
