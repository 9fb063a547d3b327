import type { PageViewport, PDFPageProxy } from 'pdfjs-dist';

/** The most pixels pdf.js's viewer gives one page canvas (its maxCanvasPixels): 128 MB. */
export const MAX_CANVAS_PIXELS = 2 ** 25;
/** Chromium gives no pixels to a canvas with a longer side: such a canvas stays blank. */
export const MAX_CANVAS_SIDE = 32_767;

/**
 * Canvas pixels per CSS pixel for a page shown `cssWidth` × `cssHeight`: the screen's ratio, lowered when the
 * canvas would pass the caps (a large-format drawing zoomed in, a long strip of receipts at fit width). Such a
 * page is then drawn coarser and stretched to its size, as pdf.js's viewer does, instead of staying blank.
 */
export function canvasPixelRatio(cssWidth: number, cssHeight: number, deviceRatio: number): number {
  const pixels = cssWidth * cssHeight * deviceRatio * deviceRatio;
  const byArea = pixels > MAX_CANVAS_PIXELS ? deviceRatio * Math.sqrt(MAX_CANVAS_PIXELS / pixels) : deviceRatio;
  return Math.min(byArea, MAX_CANVAS_SIDE / Math.max(1, cssWidth), MAX_CANVAS_SIDE / Math.max(1, cssHeight));
}

/** The viewport to draw `page` into a canvas at `scale` CSS pixels per PDF unit, turned to `rotation` (degrees, /Rotate included). */
export function canvasViewport(page: PDFPageProxy, scale: number, rotation: number): PageViewport {
  const shown = page.getViewport({ scale, rotation });
  return page.getViewport({ scale: scale * canvasPixelRatio(shown.width, shown.height, window.devicePixelRatio || 1), rotation });
}
