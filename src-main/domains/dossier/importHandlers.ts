import { CallFailure } from '../../../src-shared/contract/errors';
import type { ImportOutcome } from '../../../src-shared/contract/calls/documentCalls';
import type { Handler } from '../../services/callContext';
import { readSettings } from '../../services/settingsStore';
import { writeCoverSheet } from '../../pdf/coverSheetPdf';
import { encodeCoverCode } from './import/coverSheetCode';
import { knownCategory } from './import/classifyImport';
import { importFile } from './import/importFile';
import { SCAN_VIA } from './import/scanActor';
import { readableDocument } from './readableDocument';

/**
 * documents.import: each file on its own, all or nothing (see import/importFile.ts); one refused file does
 * not stop the others. The call returns once every file is saved with its text layer; OCR of pages without
 * text runs in the background and reports progress with the same batchId.
 */
export const importFiles: Handler<'documents.import'> = async (input, ctx) => {
  const db = ctx.app.db;
  const found = db.prepare('SELECT case_type FROM cases WHERE id = ?').get(input.caseId) as { case_type: string } | undefined;
  if (!found) throw new CallFailure('NOT_FOUND', '未找到该案件');
  const settings = readSettings(db);
  // A category given by the scanner folder comes from a cover sheet; from a person, it is their choice.
  let chosen: { category: string; source: 'user' | 'scan' } | null = null;
  if (input.category) {
    const category = knownCategory(found.case_type, input.category);
    if (!category) throw new CallFailure('VALIDATION', `卷宗目录中没有“${input.category}”这一类别`);
    chosen = { category, source: ctx.actor?.via === SCAN_VIA ? 'scan' : 'user' };
  }
  const outcomes: ImportOutcome[] = [];
  for (const [fileIndex, file] of input.files.entries()) {
    outcomes.push(
      await importFile(
        ctx,
        { caseId: input.caseId, caseType: found.case_type, batchId: input.batchId, fileIndex, files: input.files.length, name: file.name, bytes: file.bytes, chosen, password: input.password },
        settings,
      ),
    );
  }
  return { outcomes };
};

/** The original bytes exactly as imported; with `rendition`, the PDF made from an image (a PDF is its own). */
export const content: Handler<'documents.content'> = ({ id, rendition }, ctx) => {
  const doc = readableDocument(ctx.app.db, id, ctx.actor?.role ?? '');
  const sha = rendition && doc.rendition_sha256 ? doc.rendition_sha256 : doc.blob_sha256;
  const bytes = ctx.app.blobs.read(sha);
  return new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
};

export const pageText: Handler<'documents.pageText'> = ({ id, pageIndex }, ctx) => {
  readableDocument(ctx.app.db, id, ctx.actor?.role ?? '');
  const row = ctx.app.db.prepare('SELECT text, text_source FROM pages WHERE document_id = ? AND page_index = ?').get(id, pageIndex) as
    | { text: string; text_source: 'pdf' | 'ocr' | 'none' }
    | undefined;
  if (!row) throw new CallFailure('NOT_FOUND', '未找到该页');
  return { text: row.text, source: row.text_source };
};

/** An A4 cover sheet with a QR code for case + category, to scan in front of a batch (see scanFolderWatcher). */
export const coverSheet: Handler<'dossier.coverSheet'> = async ({ caseId, category }, ctx) => {
  const row = ctx.app.db
    .prepare('SELECT c.case_number, c.case_type, c.cause, co.name AS court FROM cases c JOIN courts co ON co.id = c.court_id WHERE c.id = ?')
    .get(caseId) as { case_number: string; case_type: string; cause: string; court: string } | undefined;
  if (!row) throw new CallFailure('NOT_FOUND', '未找到该案件');
  const known = knownCategory(row.case_type, category);
  if (!known) throw new CallFailure('VALIDATION', `卷宗目录中没有“${category}”这一类别`);
  const pdf = await writeCoverSheet({
    courtName: row.court,
    caseNumber: row.case_number,
    cause: row.cause,
    category: known,
    code: encodeCoverCode({ caseId, caseNumber: row.case_number, category: known }),
    printedAt: ctx.app.now(),
  });
  return new Uint8Array(pdf.buffer as ArrayBuffer, pdf.byteOffset, pdf.byteLength);
};
