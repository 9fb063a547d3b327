import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';

export interface PageSize {
  /** CSS pixels of the page as drawn. */
  width: number;
  height: number;
}

/**
 * One page of a PDF on a canvas, `width` CSS pixels wide (fit-width times the zoom), sharp on high-DPI
 * screens. A newer page or size cancels the render in flight. Calls `onRendered` with the drawn size.
 */
export function PdfPageCanvas({
  pdf,
  pageIndex,
  width,
  onRendered,
  onError,
}: {
  pdf: PDFDocumentProxy;
  pageIndex: number;
  width: number;
  onRendered?: (size: PageSize) => void;
  onError?: (err: unknown) => void;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState<(PageSize & { pageIndex: number }) | null>(null);
  const callbacks = useRef({ onRendered, onError });
  callbacks.current = { onRendered, onError };

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || width <= 0) return;
    let task: RenderTask | null = null;
    let gone = false;
    pdf
      .getPage(pageIndex + 1)
      .then(async (page) => {
        if (gone) return;
        const natural = page.getViewport({ scale: 1 });
        const cssScale = width / natural.width;
        const ratio = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: cssScale * ratio });
        // Draw into an off-screen canvas, then copy: the visible page never flashes blank between pages.
        const scratch = document.createElement('canvas');
        scratch.width = Math.floor(viewport.width);
        scratch.height = Math.floor(viewport.height);
        task = page.render({ canvas: scratch, viewport });
        await task.promise;
        if (gone) return;
        canvas.width = scratch.width;
        canvas.height = scratch.height;
        canvas.getContext('2d')?.drawImage(scratch, 0, 0);
        const size = { width: Math.floor(viewport.width / ratio), height: Math.floor(viewport.height / ratio) };
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
    };
  }, [pdf, pageIndex, width]);

  return (
    <canvas
      ref={canvasRef}
      className="cd-page-canvas"
      data-testid="page-canvas"
      data-page-index={pageIndex}
      data-rendered-page={drawn?.pageIndex ?? -1}
      style={drawn ? { width: drawn.width, height: drawn.height } : { width, height: Math.round(width * 1.414) }}
    />
  );
}
