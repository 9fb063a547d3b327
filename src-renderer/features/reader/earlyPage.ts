import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import { loadSession } from '../../api/session';
import { canvasViewport } from './canvasViewport';
import { discardPrefetch, prefetchDocumentContent } from './documentContent';
import { openPdf, preloadPdfJs } from './pdfjs';
import { AREA_PADDING, expectedReaderArea, fitWidthScale, type ReaderKind } from './readerArea';
import './earlyPage.css';

/**
 * The first page before the desk. When the app starts at a reader address (a reload, a link from another window),
 * that page is drawn at once where the reader will show it, while React, antd and the rest of the app still load;
 * the reader then takes over the open document (takeEarlyDocument) and the drawn pixels (takeEarlyPixels), and
 * the early view goes. Nothing is drawn without a kept login: the server answers a locked or ended session with
 * an error, and then the app shows its lock or login screen as usual.
 */
interface Early {
  kind: ReaderKind;
  documentId: string;
  pageIndex: number;
  bytes: Uint8Array | null;
  opening: Promise<PDFDocumentLoadingTask> | null;
  taken: boolean;
  view: HTMLElement | null;
  canvas: HTMLCanvasElement | null;
  rotation: number;
}

let early: Early | null = null;
/** Gone if the reader has not taken the page over by then (it failed to load, or the user went elsewhere). */
const GIVE_UP_MS = 20_000;
/** Reader addresses that name a document and a page: one document, or a whole volume read at that page. */
const READER_ADDRESSES: [RegExp, ReaderKind][] = [
  [/^#\/cases\/[^/]+\/read\/([^/]+)\/(\d+)$/, 'document'],
  [/^#\/reading\/[^/]+\/(?:main|internal)\/([^/]+)\/(\d+)$/, 'volume'],
];
const isPdf = (b: Uint8Array) => b.length > 4 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46;

/**
 * Draws the page of a reader address early. Resolves once it is drawn or given up (never rejects), so the caller
 * can load the rest of the app after it: the page's drawing needs the main thread that evaluating the app would hold.
 */
export function startEarlyPage(hash: string): Promise<void> {
  const found = READER_ADDRESSES.map(([re, kind]) => [re.exec(hash), kind] as const).find(([m]) => m);
  if (!found || !loadSession()) return Promise.resolve();
  const [m, kind] = found as [RegExpExecArray, ReaderKind];
  preloadPdfJs();
  const e: Early = {
    kind,
    documentId: decodeURIComponent(m[1]!),
    pageIndex: Math.max(0, Number(m[2]) - 1),
    bytes: null,
    opening: null,
    taken: false,
    view: null,
    canvas: null,
    rotation: 0,
  };
  early = e;
  window.addEventListener('hashchange', dismissEarlyPage, { once: true });
  window.setTimeout(dismissEarlyPage, GIVE_UP_MS);
  return draw(e).catch(() => dismissEarlyPage());
}

async function draw(e: Early): Promise<void> {
  const bytes = await prefetchDocumentContent(e.documentId, false);
  if (early !== e) return;
  // An image's original is not a PDF: the reader shows its rendition, without an early page.
  if (!isPdf(bytes)) {
    discardPrefetch(e.documentId, false);
    dismissEarlyPage();
    return;
  }
  e.bytes = bytes;
  e.opening = openPdf(bytes.slice());
  const pdf = await (await e.opening).promise;
  if (early !== e || e.pageIndex >= pdf.numPages) return;
  // Until every page's size is known the reader fits all pages to the first page's width (usePageSizes).
  const [first, page] = await Promise.all([pdf.getPage(1), pdf.getPage(e.pageIndex + 1)]);
  if (early !== e) return;
  const area = expectedReaderArea(e.kind);
  const scale = Math.max(0.1, fitWidthScale(area.width, first.getViewport({ scale: 1 }).width));
  const shown = page.getViewport({ scale });
  const vp = canvasViewport(page, scale, page.rotate);
  e.rotation = page.rotate;

  const view = document.createElement('div');
  view.className = 'cd-early-page';
  Object.assign(view.style, { left: `${area.left}px`, top: `${area.top}px`, width: `${area.width}px`, height: `${area.height}px` });
  const sheet = document.createElement('div');
  sheet.className = 'cd-early-sheet';
  const width = Math.floor(shown.width);
  const height = Math.floor(shown.height);
  Object.assign(sheet.style, { left: `${Math.floor((area.width - width) / 2)}px`, top: `${AREA_PADDING}px`, width: `${width}px`, height: `${height}px` });
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(vp.width);
  canvas.height = Math.floor(vp.height);
  // Marked like the reader's page canvas (ReaderPageView), under its own name: the page the user sees until then.
  canvas.dataset.testid = 'early-page-canvas';
  canvas.dataset.pageIndex = String(e.pageIndex);
  Object.assign(canvas.style, { width: `${width}px`, height: `${height}px` });
  sheet.append(canvas);
  view.append(sheet);
  e.view = view;
  e.canvas = canvas;
  await page.render({ canvas, viewport: vp }).promise;
  if (early !== e) return;
  canvas.dataset.renderedPage = String(e.pageIndex);
  document.body.append(view);
}

/** The document the early page opened, when `bytes` are the bytes it was opened from; the caller then owns it. */
export function takeEarlyDocument(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> | null {
  if (!early || early.taken || early.bytes !== bytes || !early.opening) return null;
  early.taken = true;
  return early.opening;
}

/** The early page's pixels, when they are of this page at exactly this size and view rotation (none is added). */
export function takeEarlyPixels(documentId: string, pageIndex: number, viewRotation: number, width: number, height: number): HTMLCanvasElement | null {
  const c = early?.canvas;
  if (!early || !c || !c.dataset.renderedPage || early.documentId !== documentId || early.pageIndex !== pageIndex) return null;
  return early.rotation === viewRotation && c.width === width && c.height === height ? c : null;
}

/** The reader has drawn its own page (or the app shows something else): the early view goes. */
export function dismissEarlyPage(): void {
  const e = early;
  if (!e) return;
  early = null;
  e.view?.remove();
  if (e.canvas) e.canvas.width = e.canvas.height = 0;
  if (!e.taken) void e.opening?.then((task) => task.destroy()).catch(() => undefined);
}
