import type { Settings } from '../../../../src-shared/contract/calls/systemCalls';
import type { ImportOutcome } from '../../../../src-shared/contract/calls/documentCalls';
import type { CallContext } from '../../../services/callContext';
import { toCallError } from '../../../services/toCallError';
import { placeImport } from './classifyImport';
import { chooseTitle } from './documentTitle';
import { progressReporter, type ImportPhase } from './importProgress';
import { ImportRefusal, refuse } from './importRefusal';
import { importRuntime } from './importRuntime';
import { countChars, MIN_TEXT_CHARS } from './textAmount';
import { hashBytes, saveDocument, type NewPage } from './saveDocument';
import { readImageInfo, sniffFile } from './sniffFile';

export interface FileToImport {
  caseId: string;
  caseType: string;
  batchId: string;
  fileIndex: number;
  files: number;
  name: string;
  bytes: Uint8Array;
  /** The category the importer chose ('user') or a scan cover sheet named ('scan'); null = classify. */
  chosen: { category: string; source: 'user' | 'scan' } | null;
  password?: string;
}

interface ReadFile {
  mediaType: string;
  pages: NewPage[];
  rendition: Uint8Array | null;
}

/**
 * One file, all or nothing: check it, read its pages (text layer in the PDF worker), decide title and
 * category, then store blob + rows in one write. OCR of pages without text follows in the background.
 * A refused file changes nothing: no row, no blob, no outbox entry.
 */
export async function importFile(ctx: CallContext, file: FileToImport, settings: Settings): Promise<ImportOutcome> {
  const { app } = ctx;
  const progress = progressReporter(app, { batchId: file.batchId, file: file.name, fileIndex: file.fileIndex, files: file.files });
  progress('reading');
  try {
    const { bytes } = file;
    if (bytes.byteLength === 0) throw refuse.empty();
    if (bytes.byteLength > settings.importMaxBytes) throw refuse.tooLarge(bytes.byteLength, settings.importMaxBytes);
    const type = sniffFile(bytes);
    if (!type) throw refuse.unknownType();

    const sha256 = hashBytes(bytes);
    const existing = app.db.prepare('SELECT id, page_count, category FROM documents WHERE case_id = ? AND blob_sha256 = ? ORDER BY rowid LIMIT 1').get(file.caseId, sha256) as
      | { id: string; page_count: number; category: string }
      | undefined;
    if (existing) {
      progress('done');
      return { ok: true, name: file.name, documentId: existing.id, pageCount: existing.page_count, category: existing.category, duplicateOf: existing.id };
    }

    const read = type === 'application/pdf' ? await readPdf(ctx, file, sha256, settings, progress) : await readImage(ctx, file, sha256, type, settings);
    const firstPageText = read.pages[0]?.source === 'pdf' ? read.pages[0].text : '';
    const title = chooseTitle(file.name, firstPageText);
    const placement = placeImport(app.db, { title, firstPageText, caseType: file.caseType }, file.chosen);

    progress('saving');
    const saved = saveDocument(ctx, { caseId: file.caseId, title, originalName: file.name, mediaType: type, original: bytes, rendition: read.rendition, placement, pages: read.pages });
    const waiting = read.pages.filter((p) => p.source === 'none').length;
    if (saved.duplicateOf === null && waiting > 0) {
      progress('ocr', 0, waiting);
      importRuntime(app).ocr.enqueue({ documentId: saved.documentId, batchId: file.batchId, file: file.name, fileIndex: file.fileIndex, files: file.files, password: file.password });
    } else {
      progress('done');
    }
    if (saved.duplicateOf) {
      // Another import of the same file into this case finished first: report that document.
      const same = app.db.prepare('SELECT page_count, category FROM documents WHERE id = ?').get(saved.documentId) as { page_count: number; category: string };
      return { ok: true, name: file.name, documentId: saved.documentId, pageCount: same.page_count, category: same.category, duplicateOf: saved.duplicateOf };
    }
    return { ok: true, name: file.name, documentId: saved.documentId, pageCount: read.pages.length, category: placement.category, duplicateOf: null };
  } catch (err) {
    progress('failed');
    if (err instanceof ImportRefusal) {
      app.logger.info({ call: 'documents.import', code: err.code, reason: err.message.slice(0, 80) }, 'file refused');
      return { ok: false, name: file.name, code: err.code, message: err.message };
    }
    const error = toCallError(err);
    app.logger.error({ call: 'documents.import', err }, 'file import failed');
    return { ok: false, name: file.name, code: error.code, message: error.message };
  }
}

/** From this many pages a PDF's text is read by two workers at once, each taking half (2+ cores). */
const SPLIT_FROM_PAGES = 150;

/**
 * The pages of a PDF with their text layer, read in the file worker(s) within the time limit. Pages with
 * almost no text ('none') wait for OCR.
 */
async function readPdf(ctx: CallContext, file: FileToImport, sha256: string, settings: Settings, progress: (phase: ImportPhase, page?: number, pages?: number) => void): Promise<ReadFile> {
  const { pdf, pdfHelper } = importRuntime(ctx.app);
  const deadline = Date.now() + settings.importTimeoutSeconds * 1000;
  const left = () => Math.max(1, deadline - Date.now());
  const job = { docKey: sha256, bytes: file.bytes, password: file.password, maxPages: settings.importMaxPages };
  const { pageCount } = await pdf.run({ kind: 'open', ...job }, { timeoutMs: left() });
  const done = [0, 0];
  const tell = (part: number, from: number) => (page: number) => {
    done[part] = page - from + 1;
    progress('text', done[0]! + done[1]!, pageCount);
  };
  let facts;
  if (pdfHelper && pageCount >= SPLIT_FROM_PAGES) {
    const half = Math.ceil(pageCount / 2);
    const [a, b] = await Promise.all([
      pdf.run({ kind: 'extract', ...job, from: 1, to: half }, { timeoutMs: left(), onProgress: tell(0, 1) }),
      pdfHelper.run({ kind: 'extract', ...job, from: half + 1, to: pageCount }, { timeoutMs: left(), onProgress: tell(1, half + 1) }),
    ]);
    facts = [...a.pages, ...b.pages];
  } else {
    facts = (await pdf.run({ kind: 'extract', ...job }, { timeoutMs: left(), onProgress: tell(0, 1) })).pages;
  }
  const pages = facts.map((p): NewPage => ({ ...p, source: countChars(p.text) >= MIN_TEXT_CHARS ? 'pdf' : 'none' }));
  return { mediaType: 'application/pdf', pages, rendition: null };
}

/** An image is one page; its PDF rendition is made in the file worker (PNG decoding is slow). OCR follows. */
async function readImage(ctx: CallContext, file: FileToImport, sha256: string, type: 'image/jpeg' | 'image/png', settings: Settings): Promise<ReadFile> {
  const info = readImageInfo(file.bytes, type);
  if (!info) throw refuse.badImage('无法读取图片尺寸');
  const job = { kind: 'imageRendition' as const, docKey: sha256, bytes: file.bytes, mediaType: type, info };
  const { pdf, width, height } = await importRuntime(ctx.app).pdf.run(job, { timeoutMs: settings.importTimeoutSeconds * 1000 });
  return { mediaType: type, pages: [{ text: '', source: 'none', width, height, rotation: 0 }], rendition: pdf };
}
