import type { AppContext } from '../../../app/appContext';

export type ImportPhase = 'reading' | 'text' | 'ocr' | 'saving' | 'done' | 'failed';

export interface FileInBatch {
  batchId: string;
  file: string;
  fileIndex: number;
  files: number;
}

/** Page-by-page progress is sent at most this often (the last page always). */
const EVERY_MS = 100;

/**
 * Progress events for one file of a batch: {batchId, file, fileIndex, files, phase, page, pages}. The UI
 * draws one bar per batch from them. Phase changes are always sent; pages of one phase are throttled.
 */
export function progressReporter(app: AppContext, at: FileInBatch): (phase: ImportPhase, page?: number, pages?: number) => void {
  let lastPhase: ImportPhase | null = null;
  let lastAt = 0;
  return (phase, page = 0, pages = 0) => {
    const now = Date.now();
    if (phase === lastPhase && page < pages && now - lastAt < EVERY_MS) return;
    lastPhase = phase;
    lastAt = now;
    app.events.emit({ topic: 'progress', payload: { batchId: at.batchId, file: at.file, fileIndex: at.fileIndex, files: at.files, phase, page, pages } });
  };
}
