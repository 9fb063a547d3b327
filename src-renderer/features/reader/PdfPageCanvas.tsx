import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { canvasPixelRatio } from './canvasViewport';

export interface PageSize {
  /** CSS pixels of the page as drawn. */
  width: number;
  height: number;
}

/**
 * One page of a PDF on a canvas, `width` CSS pixels wide (fit-width times the zoom) as seen after the view
 * `rotation` (added to the page's own /Rotate), sharp on high-DPI screens. A newer page, size or rotation
 * cancels the render in flight. Calls `onRendered` with the drawn size.
 *
 * Memory: the first drawing goes straight into the visible canvas; only when a drawn page is replaced is a
 * scratch canvas used (so the old page stays until the new one is complete), and it is released at once.
 * When the page changes or the component goes, the canvas pixels and pdf.js's per-page drawing data
 * (page.cleanup) are given back.
 */
export function PdfPageCanvas({
  pdf,
  pageIndex,
  width,
  rotation = 0,
  onRendered,
  onError,
}: {
  pdf: PDFDocumentProxy;
  pageIndex: number;
  width: number;
  rotation?: 0 | 90 | 180 | 270;
  onRendered?: (size: PageSize) => void;
  onError?: (err: unknown) => void;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  /** The canvas holds a complete page (else it is blank or half drawn, and may be drawn over directly). */
  const complete = useRef(false);
  const [drawn, setDrawn] = useState<(PageSize & { pageIndex: number }) | null>(null);
  const callbacks = useRef({ onRendered, onError });
  callbacks.current = { onRendered, onError };

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || width <= 0) return;
    let task: RenderTask | null = null;
    let scratch: HTMLCanvasElement | null = null;
    let shown: PDFPageProxy | null = null;
    let gone = false;
    pdf
      .getPage(pageIndex + 1)
      .then(async (page) => {
        if (gone) return;
        shown = page;
        const turned = (page.rotate + rotation) % 360;
        const natural = page.getViewport({ scale: 1, rotation: turned });
        const ratio = canvasPixelRatio(width, (width / natural.width) * natural.height, window.devicePixelRatio || 1);
        const viewport = page.getViewport({ scale: (width / natural.width) * ratio, rotation: turned });
        const w = Math.floor(viewport.width);
        const h = Math.floor(viewport.height);
        // A blank canvas is drawn into directly; a drawn one keeps its page until the new one is complete.
        const direct = !complete.current;
        const target = direct ? canvas : (scratch = document.createElement('canvas'));
        target.width = w;
        target.height = h;
        task = page.render({ canvas: target, viewport });
        await task.promise;
        if (gone) return;
        if (scratch) {
          canvas.width = w;
          canvas.height = h;
          canvas.getContext('2d')?.drawImage(scratch, 0, 0);
          scratch.width = scratch.height = 0;
          scratch = null;
        }
        complete.current = true;
        const size = { width: Math.floor(w / ratio), height: Math.floor(h / ratio) };
        setDrawn({ ...size, pageIndex });
        callbacks.current.onRendered?.(size);
      })
      .catch((err: unknown) => {
        if (gone || (err instanceof Error && err.name === 'RenderingCancelledException')) return;
        callbacks.current.onError?.(err);
      });
    return () => {
      gone = true;
      task?.cancel();
      if (scratch) scratch.width = scratch.height = 0;
      shown?.cleanup();
    };
  }, [pdf, pageIndex, width, rotation]);

  // Gone from the screen: Chromium frees a canvas's pixels only once it is sized to nothing.
  useEffect(() => {
    const canvas = canvasRef.current;
    return () => {
      if (canvas) canvas.width = canvas.height = 0;
    };
  }, []);

  const ratio = pageRatio(drawn, rotation);
  return (
    <canvas
      ref={canvasRef}
      className="cd-page-canvas"
      data-testid="page-canvas"
      data-page-index={pageIndex}
      data-rendered-page={drawn?.pageIndex ?? -1}
      style={drawn ? { width: drawn.width, height: drawn.height } : { width, height: Math.round(width * ratio) }}
    />
  );
}

/** Height over width of the placeholder before the first drawing: A4, turned on its side at 90° and 270°. */
const pageRatio = (drawn: PageSize | null, rotation: number): number => (drawn ? drawn.height / drawn.width : rotation % 180 ? 1 / 1.414 : 1.414);
