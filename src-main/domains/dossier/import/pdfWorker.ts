import { parentPort } from 'node:worker_threads';
import { readPage, renderPage, type PageFacts } from './pdfPages';
import { documentOptions, loadPdfjs, type PdfDocument, type Pdfjs } from './pdfjsSetup';
import type { AnyJobResult, PdfFailure, PdfJob, WorkerReply } from './pdfWorkerProtocol';
import { qrOnFirstPage, qrOnImage, withoutFirstPage } from './scanPages';
import { imageRendition } from './imageRendition';
import { ImportRefusal } from './importRefusal';

/**
 * The import's file worker thread: everything that parses or decodes an untrusted file. It opens PDFs with
 * pdf.js and reads their pages' text, renders pages for OCR, finds a cover sheet's QR code, drops the
 * cover page (pdf-lib) and makes the PDF rendition of an image (see pdfWorkerProtocol). It runs apart from
 * the main process so a hostile or huge file can be stopped (terminated on timeout) and bounded
 * (resourceLimits) without touching the app; see pdfWorkerClient.
 */
const port = parentPort;
if (!port) throw new Error('pdfWorker must run in a worker thread');

// pdf.js reports oddities of a file with console.log; the CLI's stdout carries JSON only, and failures
// come back as messages anyway. (Capturing the worker's stdout instead would keep the process alive.)
for (const name of ['log', 'info', 'warn', 'debug'] as const) console[name] = () => undefined;

let pdfjs: Pdfjs | null = null;
let held: { key: string; doc: PdfDocument } | null = null;
// Start loading pdf.js at once: it overlaps with the first job's bytes being copied across.
void loadPdfjs().then((m) => (pdfjs ??= m), () => undefined);

class JobFailure extends Error {
  constructor(readonly failure: PdfFailure) {
    super(failure.detail);
  }
}

const detailOf = (err: unknown): string => (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 200);

async function open(key: string, bytes: Uint8Array | null, password: string | undefined): Promise<PdfDocument> {
  if (held?.key === key) return held.doc;
  if (!bytes) throw new JobFailure({ kind: 'no-document', detail: 'document not loaded in this worker' });
  pdfjs ??= await loadPdfjs();
  if (held) await held.doc.destroy().catch(() => undefined);
  held = null;
  try {
    const doc = await pdfjs.getDocument(documentOptions(bytes, password)).promise;
    held = { key, doc };
    return doc;
  } catch (err) {
    const e = err as { name?: string; code?: number };
    if (e?.name === 'PasswordException') {
      throw new JobFailure({ kind: e.code === 2 ? 'wrong-password' : 'need-password', detail: detailOf(err) });
    }
    throw new JobFailure({ kind: 'invalid', detail: detailOf(err) });
  }
}

/** Opens the PDF and checks it has pages, and not more than allowed. */
async function openChecked(job: { docKey: string; bytes: Uint8Array | null; password?: string; maxPages: number }): Promise<PdfDocument> {
  const doc = await open(job.docKey, job.bytes, job.password);
  const pages = doc.numPages;
  if (pages < 1) throw new JobFailure({ kind: 'no-pages', detail: 'numPages = 0' });
  if (pages > job.maxPages) throw new JobFailure({ kind: 'too-many-pages', detail: `${pages} pages`, pages });
  return doc;
}

async function extract(id: number, job: Extract<PdfJob, { kind: 'extract' }>) {
  const doc = await openChecked(job);
  const pages = doc.numPages;
  const [from, to] = [Math.max(1, job.from ?? 1), Math.min(pages, job.to ?? pages)];
  const out: PageFacts[] = [];
  for (let n = from; n <= to; n++) {
    let page;
    try {
      page = await doc.getPage(n);
    } catch (err) {
      throw new JobFailure({ kind: 'broken-page', detail: detailOf(err), page: n });
    }
    out.push(await readPage(page));
    page.cleanup();
    reply({ id, type: 'progress', page: n, pages });
  }
  return { pageCount: pages, pages: out };
}

async function render(job: Extract<PdfJob, { kind: 'render' }>) {
  const doc = await open(job.docKey, job.bytes, job.password);
  let page;
  try {
    page = await doc.getPage(job.pageIndex + 1);
  } catch (err) {
    throw new JobFailure({ kind: 'broken-page', detail: detailOf(err), page: job.pageIndex + 1 });
  }
  const rendered = await renderPage(page, job.dpi, job.maxPixels, job.format);
  page.cleanup();
  return rendered;
}

async function coverCode(job: Extract<PdfJob, { kind: 'coverCode' }>): Promise<{ text: string | null }> {
  if (job.mediaType !== 'application/pdf') return { text: qrOnImage(job.bytes, job.mediaType) };
  const doc = await open(job.docKey, job.bytes, undefined);
  try {
    return { text: await qrOnFirstPage(doc) };
  } catch (err) {
    throw new JobFailure({ kind: 'broken-page', detail: detailOf(err), page: 1 });
  }
}

async function dropFirstPage(job: Extract<PdfJob, { kind: 'dropFirstPage' }>) {
  try {
    return await withoutFirstPage(job.bytes);
  } catch (err) {
    throw new JobFailure({ kind: 'invalid', detail: detailOf(err) });
  }
}

function perform(id: number, job: PdfJob): Promise<AnyJobResult> {
  switch (job.kind) {
    case 'open':
      return openChecked(job).then((doc) => ({ pageCount: doc.numPages }));
    case 'extract':
      return extract(id, job);
    case 'render':
      return render(job);
    case 'coverCode':
      return coverCode(job);
    case 'dropFirstPage':
      return dropFirstPage(job);
    case 'imageRendition':
      return imageRendition(job.bytes, job.mediaType, job.info);
  }
}

function reply(message: WorkerReply, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

port.on('message', (message: { id: number; job: PdfJob }) => {
  const { id, job } = message;
  perform(id, job).then(
    (result) => {
      // A rendered page's bytes are this thread's own copy: hand them over instead of copying again.
      const owned = 'data' in result ? result.data : 'bytes' in result ? result.bytes : 'pdf' in result ? result.pdf : null;
      const transfer = owned && owned.buffer instanceof ArrayBuffer && owned.byteLength === owned.buffer.byteLength ? [owned.buffer] : [];
      reply({ id, type: 'done', result }, transfer);
    },
    (err: unknown) => {
      const failure: PdfFailure =
        err instanceof JobFailure ? err.failure
        : err instanceof ImportRefusal ? { kind: 'refused', detail: err.message }
        : { kind: 'internal', detail: detailOf(err) };
      reply({ id, type: 'failed', failure });
    },
  );
});
