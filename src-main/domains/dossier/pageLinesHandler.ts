import { CallFailure } from '../../../src-shared/contract/errors';
import { parseOcrLines } from '../../../src-shared/reader/ocrLines';
import type { Handler } from '../../services/callContext';
import { importRuntime } from './import/importRuntime';
import { readableDocument } from './readableDocument';

/**
 * documents.pageLines: where OCR read each line of a scanned page (pages.ocr_lines). A document in a
 * volume the role may not see does not exist for it, as for every other reader of the dossier.
 */
export const pageLines: Handler<'documents.pageLines'> = ({ id, pageIndex }, ctx) => {
  const db = ctx.app.db;
  readableDocument(db, id, ctx.actor?.role ?? '');
  const row = db.prepare('SELECT width, height, text_source, ocr_lines FROM pages WHERE document_id = ? AND page_index = ?').get(id, pageIndex) as
    | { width: number; height: number; text_source: string; ocr_lines: string | null }
    | undefined;
  if (!row) throw new CallFailure('NOT_FOUND', '未找到该页');
  // Read by OCR before line boxes were kept: read again in the background; the reader waits for the data event.
  const readAgain = row.text_source === 'ocr' && row.ocr_lines === null;
  if (readAgain) importRuntime(ctx.app).ocr.readLinesAgain(id);
  return {
    width: row.width,
    height: row.height,
    lines: row.text_source === 'ocr' ? parseOcrLines(row.ocr_lines) : [],
    // 'none': queued at import (or again at the next start, resumePending) and not read yet.
    reading: readAgain || row.text_source === 'none',
  };
};
