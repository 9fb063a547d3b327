import type { OcrBox, OcrLine } from '../../../../src-shared/reader/ocrLines';
import { tidyOcrText } from './ocrText';

/** A box in image pixels, as tesseract gives it (x0,y0 top-left, x1,y1 bottom-right). */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One recognised line in image pixels and its text as tesseract reads it. */
export interface PixelLine {
  bbox: PixelBox;
  text: string;
}

/** Image pixel → page point (top-left origin): x = dx + px·sx, y = dy + py·sy. */
export interface PixelToPage {
  sx: number;
  sy: number;
  dx: number;
  dy: number;
}

/**
 * A page rendered by pdf.js for OCR: the image is the page as displayed (its /Rotate applied) at some scale,
 * so pixels map to the displayed page by the ratio of sizes (the render floors its size: < 1 px off).
 */
export const renderedPageMapping = (page: { width: number; height: number }, image: { width: number; height: number }): PixelToPage => ({
  sx: page.width / image.width,
  sy: page.height / image.height,
  dx: 0,
  dy: 0,
});

/**
 * An imported image: its PDF rendition draws it fitted into the page and centred (imageRendition.ts: the
 * page is the image's own size when it states its resolution, else A4 with margins), so one scale and offset.
 */
export function imagePageMapping(page: { width: number; height: number }, image: { width: number; height: number }): PixelToPage {
  const k = Math.min(page.width / image.width, page.height / image.height);
  return { sx: k, sy: k, dx: (page.width - image.width * k) / 2, dy: (page.height - image.height * k) / 2 };
}

/**
 * Whether tesseract.js turns this image before reading it: it honours a big-endian EXIF orientation tag in
 * the first 500 bytes (its setImage), while the PDF rendition shows the pixels as stored, so boxes read
 * from a turned image would not land on the rendition. Same test as tesseract.js's, so both agree.
 */
export function turnedByExif(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 500);
  for (let i = 0; i + 9 < head.length; i++) {
    if (head[i] === 1 && head[i + 1] === 18 && head[i + 2] === 0 && head[i + 3] === 3 && head[i + 4] === 0 && head[i + 5] === 0 && head[i + 6] === 0 && head[i + 7] === 1 && head[i + 8] === 0) {
      const value = head[i + 9]!;
      return value > 1 && value <= 9;
    }
  }
  return false;
}

const r1 = (n: number): number => Math.round(n * 10) / 10;

const toBox = (b: PixelBox, m: PixelToPage): OcrBox => [r1(m.dx + b.x0 * m.sx), r1(m.dy + b.y0 * m.sy), r1((b.x1 - b.x0) * m.sx), r1((b.y1 - b.y0) * m.sy)];

/**
 * Lines in page points, their text tidied as the stored OCR text is (tidyOcrText), empty lines dropped (blank
 * runs tesseract reports). The
 * line box is tesseract's layout box (from the ink, reliable); the reader lays each line's text out over it.
 */
export function toPageLines(lines: readonly PixelLine[], mapping: PixelToPage): OcrLine[] {
  const out: OcrLine[] = [];
  for (const line of lines) {
    const text = tidyOcrText(line.text);
    if (text) out.push({ t: text, b: toBox(line.bbox, mapping) });
  }
  return out;
}

/**
 * The column value: compact JSON for a page read by OCR ('[]' when it found no line), null for a page whose text
 * is its PDF text layer. A page read by OCR before line boxes were kept (migration 14) also has null: the reader
 * asking for its lines queues it to be read again (documents.pageLines).
 */
export const ocrLinesColumn = (source: 'ocr' | 'pdf', lines: readonly OcrLine[]): string | null => (source === 'ocr' ? JSON.stringify(lines) : null);
