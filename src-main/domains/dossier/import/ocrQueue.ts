import type { AppContext } from '../../../app/appContext';
import { readSettings } from '../../../services/settingsStore';
import { runWrite, type Actor } from '../../../write/runWrite';
import { OcrEngine } from './ocrEngine';
import { countChars } from './textAmount';
import type { PdfWorkerClient } from './pdfWorkerClient';
import { progressReporter, type FileInBatch } from './importProgress';
import { reclassifyAfterOcr } from './reclassify';
import { imagePageMapping, ocrLinesColumn, renderedPageMapping, toPageLines, turnedByExif } from './ocrPageLines';
import { readImageInfo } from './sniffFile';
import type { OcrLine } from '../../../../src-shared/reader/ocrLines';

/** OCR writes its results as this local actor; the audit log shows them apart from people's changes. */
export const OCR_ACTOR: Actor = { userId: null, userName: '文字识别', role: 'system', via: 'ocr' };
/** Rendering resolution for OCR: 200 dpi reads 5-point print and keeps a page under ~4 megapixels. */
const OCR_DPI = 200;
const MAX_RENDER_PIXELS = 16_000_000;
/** Below this share of dark pixels a rendered page is blank (the back of a duplex scan): no OCR needed. */
const BLANK_INK = 0.0002;
/** Results are written in groups of pages, so a long scan shows progress in search while it runs. */
const FLUSH_PAGES = 10;

export interface OcrTask extends FileInBatch {
  documentId: string;
  /** Kept in memory only: an encrypted PDF's pages cannot be rendered without it. */
  password?: string;
}

interface PendingPage {
  id: string;
  page_index: number;
  text: string;
  /** 'none': never read; 'ocr': read before line boxes were kept, read again for them. */
  text_source: 'none' | 'ocr';
  /** The page as displayed (points): OCR boxes are mapped into it. */
  width: number;
  height: number;
}

interface PageReading {
  text: string;
  lines: OcrLine[];
}

/** What a reading stores for a page. */
interface PageResult extends PageReading {
  page: PendingPage;
  source: 'ocr' | 'pdf';
}

function pageResult(page: PendingPage, found: PageReading): PageResult {
  // Read again for its lines: the new reading replaces the old with its lines, unless it found nothing (a page
  // that cannot be rendered now, e.g. an encrypted PDF): the old text stays, with no lines ('[]', not asked again).
  if (page.text_source === 'ocr') return found.text ? { page, ...found, source: 'ocr' } : { page, text: page.text, source: 'ocr', lines: [] };
  // OCR replaces a scrap of text layer (a stamp, a page number) only when it reads more.
  return countChars(found.text) >= countChars(page.text) ? { page, ...found, source: 'ocr' } : { page, text: page.text, source: 'pdf', lines: [] };
}

/**
 * Background OCR: import saves a document at once with its text-layer pages, and pages without text
 * (text_source 'none') are queued here. One tesseract worker serves the queue while it has work and is
 * ended when it drains. Results go through the write path in groups; pages left 'none' by a stop or crash
 * are found again by resumePending() at the next start. Pages read before line boxes were kept are read again
 * when the reader asks for their lines (readLinesAgain). Progress: phase 'ocr' per page, then 'done'.
 */
export class OcrQueue {
  private tasks: OcrTask[] = [];
  private running: Promise<void> | null = null;
  private engine: OcrEngine | null = null;
  private stopped = false;

  constructor(
    private readonly app: AppContext,
    private readonly pdf: PdfWorkerClient,
  ) {}

  enqueue(task: OcrTask): void {
    if (this.stopped || this.tasks.some((t) => t.documentId === task.documentId)) return;
    this.tasks.push(task);
    this.kick();
  }

  /** Starts draining unless already running; a task queued while a drain was finishing starts the next. */
  private kick(): void {
    if (this.running || this.stopped || this.tasks.length === 0) return;
    this.running = this.drain().finally(() => {
      this.running = null;
      this.kick();
    });
  }

  /** Queues every document that still has pages waiting for OCR (after a restart). */
  resumePending(): number {
    const rows = this.app.db.prepare(`SELECT DISTINCT p.document_id AS id, d.original_name AS name FROM pages p JOIN documents d ON d.id = p.document_id WHERE p.text_source = 'none'`).all() as { id: string; name: string | null }[];
    rows.forEach((r, i) => this.enqueue({ documentId: r.id, batchId: `ocr-${r.id}`, file: r.name ?? '', fileIndex: i, files: rows.length }));
    return rows.length;
  }

  get busy(): boolean {
    return this.running !== null;
  }

  /** Resolves when nothing is queued or running. */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.tasks = [];
    await this.engine?.terminate();
    await this.running?.catch(() => undefined);
  }

  private async drain(): Promise<void> {
    try {
      for (let task = this.tasks.shift(); task && !this.stopped; task = this.tasks.shift()) {
        try {
          await this.processDocument(task);
        } catch (err) {
          if (!this.app.db.open) this.stopped = true;
          else this.app.logger.error({ err, documentId: task.documentId }, 'ocr of a document failed');
        }
      }
    } finally {
      await this.engine?.terminate();
      this.engine = null;
    }
  }

  private async processDocument(task: OcrTask): Promise<void> {
    const db = this.app.db;
    if (!db.open) return;
    const doc = db.prepare('SELECT id, case_id, blob_sha256, media_type FROM documents WHERE id = ?').get(task.documentId) as
      | { id: string; case_id: string; blob_sha256: string; media_type: string }
      | undefined;
    if (!doc) return;
    const pending = db.prepare(`SELECT id, page_index, text, text_source, width, height FROM pages
      WHERE document_id = ? AND (text_source = 'none' OR (text_source = 'ocr' AND ocr_lines IS NULL)) ORDER BY page_index`).all(doc.id) as PendingPage[];
    if (pending.length === 0) return;
    const report = progressReporter(this.app, task);
    const bytes = new Uint8Array(this.app.blobs.read(doc.blob_sha256));
    const timeoutMs = readSettings(db).importTimeoutSeconds * 1000;
    let results: PageResult[] = [];
    const flush = () => {
      if (results.length === 0 || !db.open) return;
      const batch = results;
      results = [];
      runWrite(db, { actor: OCR_ACTOR, call: 'documents.ocr', caseId: doc.case_id, now: this.app.now() }, (tx) => {
        // Text and line boxes in one update, so the reader's OCR text layer always matches the searched text.
        for (const r of batch) tx.update('page', r.page.id, { text: r.text, text_source: r.source, ocr_lines: ocrLinesColumn(r.source, r.lines) });
        // A first page read again for its lines was classified by its first reading already.
        const first = batch.find((r) => r.page.page_index === 0 && r.page.text_source === 'none');
        if (first) reclassifyAfterOcr(tx, db, doc.id, first.text);
      });
      // A reader showing one of these pages builds its text layer again, now with the OCR lines.
      this.app.events.emit({ topic: 'data', payload: { entity: 'document', id: doc.id, caseId: doc.case_id, ocrPages: batch.map((r) => r.page.page_index) } });
    };
    let done = 0;
    report('ocr', 0, pending.length);
    for (const page of pending) {
      if (this.stopped || !db.open) return;
      const found = await this.recognizePage(doc, bytes, page, task.password, timeoutMs);
      results.push(pageResult(page, found));
      report('ocr', ++done, pending.length);
      if (results.length >= FLUSH_PAGES) flush();
    }
    flush();
    report('done', pending.length, pending.length);
  }

  /** Queues a document whose pages were read before line boxes were kept, so the reader gets their text layer. */
  readLinesAgain(documentId: string): void {
    const name = this.app.db.prepare('SELECT original_name FROM documents WHERE id = ?').pluck().get(documentId) as string | null | undefined;
    this.enqueue({ documentId, batchId: `ocr-lines-${documentId}`, file: name ?? '', fileIndex: 0, files: 1 });
  }

  /**
   * The page's OCR text and lines (boxes in page points, see OcrBox); nothing for a blank page or when the
   * page cannot be rendered or read (logged).
   */
  private async recognizePage(doc: { id: string; blob_sha256: string; media_type: string }, bytes: Uint8Array, page: PendingPage, password: string | undefined, timeoutMs: number): Promise<PageReading> {
    const pageIndex = page.page_index;
    try {
      let image = bytes; // JPEG and PNG originals go to tesseract as they are
      const info = doc.media_type === 'image/png' || doc.media_type === 'image/jpeg' ? readImageInfo(bytes, doc.media_type) : null;
      // No boxes for an image tesseract turns by its EXIF tag: they would not fit the rendition.
      let mapping = info && !turnedByExif(bytes) ? imagePageMapping(page, info) : null;
      if (doc.media_type === 'application/pdf') {
        const rendered = await this.pdf.run(
          { kind: 'render', docKey: doc.blob_sha256, bytes, password, pageIndex, dpi: OCR_DPI, maxPixels: MAX_RENDER_PIXELS, format: 'png' },
          { timeoutMs },
        );
        if (rendered.ink < BLANK_INK) return { text: '', lines: [] };
        image = rendered.data;
        mapping = renderedPageMapping(page, rendered);
      }
      const read = await this.withEngine((engine) => engine.recognize(image), timeoutMs);
      return { text: read.text, lines: mapping ? toPageLines(read.lines, mapping) : [] };
    } catch (err) {
      if (this.app.db.open) this.app.logger.warn({ documentId: doc.id, pageIndex, err: err instanceof Error ? err.message : String(err) }, 'ocr of a page failed');
      return { text: '', lines: [] };
    }
  }

  /** Runs OCR with a time limit; a stuck engine is ended and the next page gets a new one. */
  private async withEngine<T>(work: (engine: OcrEngine) => Promise<T>, timeoutMs: number): Promise<T> {
    this.engine ??= await OcrEngine.create();
    const engine = this.engine;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`OCR timed out after ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([work(engine), timeout]);
    } catch (err) {
      if (this.engine === engine) this.engine = null;
      await engine.terminate();
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }
}
