import { availableParallelism } from 'node:os';
import type { AppContext } from '../../../app/appContext';
import { OcrQueue } from './ocrQueue';
import { PdfWorkerClient } from './pdfWorkerClient';

/**
 * The long-lived helpers of import for one open data folder: a PDF worker for imports and the OCR queue
 * (with a PDF worker of its own for rendering, so background OCR never delays an import's text reading).
 */
export interface ImportRuntime {
  pdf: PdfWorkerClient;
  /** A second worker that reads the second half of a long PDF at the same time (null on one core). */
  pdfHelper: PdfWorkerClient | null;
  ocr: OcrQueue;
  ocrPdf: PdfWorkerClient;
}

const runtimes = new WeakMap<AppContext, ImportRuntime>();

/** This app's import runtime, made on first use (workers themselves start only when there is work). */
export function importRuntime(app: AppContext): ImportRuntime {
  let runtime = runtimes.get(app);
  if (!runtime) {
    const ocrPdf = new PdfWorkerClient();
    const pdfHelper = availableParallelism() > 1 ? new PdfWorkerClient() : null;
    runtime = { pdf: new PdfWorkerClient(), pdfHelper, ocr: new OcrQueue(app, ocrPdf), ocrPdf };
    runtimes.set(app, runtime);
  }
  return runtime;
}

/** Stops OCR (unfinished pages are picked up again at the next start) and ends the workers. */
export async function stopImportRuntime(app: AppContext): Promise<void> {
  const runtime = runtimes.get(app);
  if (!runtime) return;
  runtimes.delete(app);
  await runtime.ocr.stop();
  await Promise.all([runtime.pdf.close(), runtime.pdfHelper?.close(), runtime.ocrPdf.close()]);
}
