import type { Migration } from '../migration';

/**
 * Where OCR found each line on a scanned page (compact JSON of OcrLine[], boxes in page points,
 * see src-shared/reader/ocrLines.ts), so the reader lays an invisible text layer over the scan: find hits
 * are marked, text can be selected, copied and highlighted. NULL: no OCR boxes (text-layer pages, and pages read
 * before this column existed, which the reader has read again: documents.pageLines); '[]' for a page OCR read
 * without finding a line. Written in the same update as the OCR text, so they never disagree.
 */
export const m0014OcrLines: Migration = {
  version: 14,
  name: 'ocrLines',
  sql: `ALTER TABLE pages ADD COLUMN ocr_lines TEXT;`,
};
