/** Files go to the server a few at a time: at most this many bytes or files per documents.import call. */
export const CHUNK_BYTES = 48 * 1024 * 1024;
export const CHUNK_FILES = 50;

/** Splits a batch into calls of a few files each, keeping the order; one big file travels alone. */
export function chunkFiles<T extends { size: number }>(files: T[], maxBytes = CHUNK_BYTES, maxFiles = CHUNK_FILES): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const f of files) {
    if (current.length > 0 && (bytes + f.size > maxBytes || current.length >= maxFiles)) {
      chunks.push(current);
      [current, bytes] = [[], 0];
    }
    current.push(f);
    bytes += f.size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export type ImportPhase = 'reading' | 'text' | 'ocr' | 'saving' | 'done' | 'failed';
const PHASES: readonly string[] = ['reading', 'text', 'ocr', 'saving', 'done', 'failed'];

/** A progress event of documents.import, as the server sends it (payload checked, never trusted blindly). */
export interface ImportProgress {
  batchId: string;
  file: string;
  fileIndex: number;
  files: number;
  phase: ImportPhase;
  page: number;
  pages: number;
}

export function readProgress(payload: Record<string, unknown>): ImportProgress | null {
  const { batchId, file, fileIndex, files, phase, page, pages } = payload;
  if (typeof batchId !== 'string' || typeof phase !== 'string' || !PHASES.includes(phase)) return null;
  const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return {
    batchId,
    file: typeof file === 'string' ? file : '',
    fileIndex: num(fileIndex),
    files: num(files),
    phase: phase as ImportPhase,
    page: num(page),
    pages: num(pages),
  };
}
