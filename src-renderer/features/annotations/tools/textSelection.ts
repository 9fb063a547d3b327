import type { PageViewport } from 'pdfjs-dist';
import type { PdfRect, TextAnchor } from '../../../../src-shared/annotations/annotation';

const CONTEXT = 32;

/** The text of a piece of the text layer as the anchor counts it: text nodes as they are, a <br> as a line break. */
function textOf(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent ?? '';
    else if (n.nodeName === 'BR') out += '\n';
    else n.childNodes.forEach(walk);
  };
  walk(node);
  return out;
}

/** Rectangles on one line (same top and bottom, touching) become one, so a line is one rectangle. */
function mergeLines(rects: PdfRect[]): PdfRect[] {
  const out: PdfRect[] = [];
  for (const r of [...rects].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
    const last = out[out.length - 1];
    const h = r[3] - r[1];
    if (last && Math.abs(last[1] - r[1]) < h * 0.3 && Math.abs(last[3] - r[3]) < h * 0.3 && r[0] <= last[2] + h) {
      out[out.length - 1] = [Math.min(last[0], r[0]), Math.min(last[1], r[1]), Math.max(last[2], r[2]), Math.max(last[3], r[3])];
    } else out.push(r);
  }
  return out;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** A CSS-pixel rectangle of the page (relative to its top-left corner) in PDF units [x1, y1, x2, y2]. */
export function toPdfRect(viewport: PageViewport, left: number, top: number, right: number, bottom: number): PdfRect {
  const [x1, y1] = viewport.convertToPdfPoint(left, top) as [number, number];
  const [x2, y2] = viewport.convertToPdfPoint(right, bottom) as [number, number];
  return [round(Math.min(x1, x2)), round(Math.min(y1, y2)), round(Math.max(x1, x2)), round(Math.max(y1, y2))];
}

/**
 * The part of a selection on one page's text layer, shared by the text-markup tools (highlight, underline,
 * strike-out): its rectangles in PDF space, one per line (from the selection's client rects through the page's
 * viewport), and its anchor (the quoted words, up to 32 characters around them, their offset in the page text).
 * Null when nothing is selected on that page.
 */
export function selectionOnPage(args: { selection: Selection | null; textLayer: HTMLElement; viewport: PageViewport }): { rects: PdfRect[]; anchor: TextAnchor } | null {
  const { selection, textLayer, viewport } = args;
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0).cloneRange();
  if (!range.intersectsNode(textLayer)) return null;
  // Keep the part of the selection on this page.
  if (!textLayer.contains(range.startContainer)) range.setStart(textLayer, 0);
  if (!textLayer.contains(range.endContainer)) range.setEnd(textLayer, textLayer.childNodes.length);

  const pageBox = textLayer.getBoundingClientRect();
  const rects = [...range.getClientRects()]
    .filter((r) => r.width > 0.5 && r.height > 0.5)
    .map((r) => toPdfRect(viewport, r.left - pageBox.left, r.top - pageBox.top, r.right - pageBox.left, r.bottom - pageBox.top));
  if (rects.length === 0) return null;

  const before = document.createRange();
  before.setStart(textLayer, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const pageText = textOf(textLayer);
  const offset = textOf(before.cloneContents()).length;
  const quote = pageText.slice(offset, offset + textOf(range.cloneContents()).length);
  if (!quote.trim()) return null;
  const anchor: TextAnchor = {
    quote,
    prefix: pageText.slice(Math.max(0, offset - CONTEXT), offset),
    suffix: pageText.slice(offset + quote.length, offset + quote.length + CONTEXT),
    offset,
  };
  return { rects: mergeLines(rects), anchor };
}

/** The arguments of the text-markup tools. */
export interface SelectionToolArgs {
  selection: Selection | null;
  textLayer: HTMLElement;
  viewport: PageViewport;
  documentId: string;
  pageIndex: number;
  color: string;
}
