import type { PDFPageProxy } from 'pdfjs-dist';
import type { OcrLine } from '../../../src-shared/reader/ocrLines';
import { api, onEvent } from '../../api/api';

type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;

/** The family pdf.js's TextLayer lays the spans out in; its ascent decides where a span's top falls. */
const FONT_FAMILY = 'sans-serif';
const FONT_NAME = 'cd-ocr';
const LANG = 'zh-CN';

/** Recently read pages' lines, so a zoom or a turn of the view does not ask again (scans with lines only). */
const recent = new Map<string, OcrLine[]>();
const RECENT_PAGES = 12;

async function linesOf(documentId: string, pageIndex: number): Promise<{ lines: OcrLine[]; reading: boolean }> {
  const key = `${documentId}:${pageIndex}`;
  const known = recent.get(key);
  if (known) return { lines: known, reading: false };
  const { lines, reading } = await api.documents.pageLines({ id: documentId, pageIndex });
  if (lines.length) {
    recent.set(key, lines);
    if (recent.size > RECENT_PAGES) recent.delete(recent.keys().next().value!);
  }
  return { lines, reading };
}

let ascentRatio: number | null = null;
/**
 * The share of a line's height above the baseline, measured the way pdf.js's TextLayer measures it (canvas
 * font box of FONT_FAMILY at 30 px), so the span pdf.js places top = baseline − ascent lands on the OCR box.
 */
function fontAscent(): number {
  if (ascentRatio !== null) return ascentRatio;
  const canvas = document.createElement('canvas');
  canvas.lang = LANG;
  canvas.style.display = 'none';
  document.body.append(canvas);
  const ctx = canvas.getContext('2d');
  let ratio = 0.8;
  if (ctx) {
    ctx.font = `30px ${FONT_FAMILY}`;
    const m = ctx.measureText('');
    const [ascent, descent] = [m.fontBoundingBoxAscent, Math.abs(m.fontBoundingBoxDescent)];
    if (ascent) ratio = ascent / (ascent + descent);
  }
  canvas.remove();
  ascentRatio = ratio;
  return ratio;
}

/**
 * A scanned page's OCR lines as pdf.js text content: one item per line, placed by its box and stretched to
 * the box's width by the TextLayer (it measures the span and scales it, as for real PDF text), so selection,
 * copy, find boxes and text highlights work on a scan as on a text PDF, at any zoom and view rotation.
 * Boxes are in the displayed page at scale 1 (OcrBox); the item transforms are PDF user space, obtained
 * through the page's own viewport, so the page's /Rotate is undone here and the view's applied by pdf.js.
 */
export function ocrTextContent(page: PDFPageProxy, lines: readonly OcrLine[]): TextContent {
  const base = page.getViewport({ scale: 1 });
  const toPdf = (x: number, y: number): [number, number] => base.convertToPdfPoint(x, y) as [number, number];
  const ascent = fontAscent();
  const items = lines.map((line) => {
    const [x, y, w, h] = line.b;
    const baseline = y + ascent * h;
    const [ox, oy] = toPdf(x, baseline);
    const [rx, ry] = toPdf(x + 1, baseline); // one point along the line
    const [ux, uy] = toPdf(x, baseline - 1); // one point up
    return {
      str: line.t,
      dir: 'ltr',
      transform: [(rx - ox) * h, (ry - oy) * h, (ux - ox) * h, (uy - oy) * h, ox, oy],
      width: w,
      height: h,
      fontName: FONT_NAME,
      hasEOL: true,
    };
  });
  return { items, styles: { [FONT_NAME]: { fontFamily: FONT_FAMILY, ascent, descent: ascent - 1, vertical: false } }, lang: LANG };
}

/** Import's rule (textAmount.ts MIN_TEXT_CHARS): a page with less text than this was sent to OCR. */
const OCR_BELOW_CHARS = 5;
const charCount = (content: TextContent): number =>
  content.items.reduce((n, item) => n + ('str' in item ? item.str.replace(/\s/gu, '').length : 0), 0);

/**
 * The text content for a page's text layer: pdf.js's own when the page has text, else the OCR lines of a
 * scan (if it has been read; a scrap of PDF text such as a page number gives way to them as in the stored
 * text); any failure keeps the pdf.js content. `awaitingOcr`: a page OCR has yet to read (the reader says so on
 * the page, and builds its layer again when the lines come: see whenOcrRead).
 */
export async function textOrOcrContent(
  page: PDFPageProxy,
  content: TextContent,
  documentId: string,
  pageIndex: number,
): Promise<{ content: TextContent; awaitingOcr: boolean }> {
  if (charCount(content) >= OCR_BELOW_CHARS) return { content, awaitingOcr: false };
  try {
    const { lines, reading } = await linesOf(documentId, pageIndex);
    return { content: lines.length ? ocrTextContent(page, lines) : content, awaitingOcr: reading };
  } catch {
    return { content, awaitingOcr: false };
  }
}

/**
 * Calls `read` when OCR has written this page's lines (the main process's `data` event for the document), so a
 * scan opened while OCR is still reading it gets its text layer without being opened again. Returns the stop.
 */
export function whenOcrRead(documentId: string, pageIndex: number, read: () => void): () => void {
  return onEvent((e) => {
    const p = e.payload as { entity?: string; id?: string; ocrPages?: number[] };
    if (e.topic !== 'data' || p.entity !== 'document' || p.id !== documentId || !p.ocrPages?.includes(pageIndex)) return;
    recent.delete(`${documentId}:${pageIndex}`);
    read();
  });
}
