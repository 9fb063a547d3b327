import type { PDFPageProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { canvasViewport } from './canvasViewport';
import { markUndrawnInView, takeDrawTurn } from './drawTurns';
import { dismissEarlyPage, takeEarlyPixels } from './earlyPage';

/**
 * A reader page's canvas: drawn at the device's pixel ratio (capped for huge pages: canvasViewport.ts) while the page is live, in its turn (drawTurns.ts),
 * or given the early page's pixels when those are this page at this size (earlyPage.ts); emptied (0×0, which is
 * when Chromium frees a canvas's pixels) when the page goes far from the view or away. `rotation` is the view's,
 * added to the page's own /Rotate. `unreadable`: pdf.js could not read the page from the file. Returns whether the
 * canvas holds the drawn page, or the page cannot be drawn (unreadable, or its drawing failed: a damaged page).
 */
export function usePageCanvas(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  { page, unreadable, live, visible, scale, rotation, documentId, pageIndex }: {
    page: PDFPageProxy | null;
    unreadable: boolean;
    live: boolean;
    visible: boolean;
    scale: number;
    rotation: number;
    documentId: string;
    pageIndex: number;
  },
): 'drawn' | 'failed' | 'pending' {
  const [rendered, setRendered] = useState(false);
  /** The drawing failed (a damaged page): it holds nothing back until it is tried again. */
  const [failed, setFailed] = useState(false);

  // Pages in view are drawn first (drawTurns.ts). A page that was already in view when it came near (after a jump,
  // or the page a reader opens at) holds the pages around it back until it is drawn; a page drawn ahead and then
  // paged into view holds nothing back, so paging through a volume keeps its pace and its memory.
  const inView = useRef(visible);
  inView.current = visible;
  const turnToken = useRef({}).current;
  const arrivedInView = useRef<boolean | null>(null);
  const cannotDraw = failed || unreadable;
  useEffect(() => {
    if (!live) arrivedInView.current = null;
    else arrivedInView.current ??= visible;
    markUndrawnInView(turnToken, live && visible && !rendered && !cannotDraw && arrivedInView.current === true);
  }, [live, visible, rendered, cannotDraw]);
  useEffect(() => () => markUndrawnInView(turnToken, false), []);

  // The canvas: drawn at the device's pixel ratio (canvasViewport.ts) while live, released when not.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !page || !live) return;
    const turned = (page.rotate + rotation) % 360;
    const vp = canvasViewport(page, scale, turned);
    // The page drawn before the app loaded (earlyPage.ts), when it is this page at this size: its pixels, no drawing.
    const early = rendered ? null : takeEarlyPixels(documentId, pageIndex, turned, Math.floor(vp.width), Math.floor(vp.height));
    if (early) {
      canvas.width = early.width;
      canvas.height = early.height;
      canvas.getContext('2d')?.drawImage(early, 0, 0);
      setRendered(true);
      dismissEarlyPage();
      return;
    }
    let gone = false;
    setFailed(false);
    let task: RenderTask | null = null;
    let scratch: HTMLCanvasElement | null = null;
    const draw = () => {
      if (gone) return;
      // A canvas not drawn yet is drawn straight into (no second canvas and copy per page); a drawn one keeps
      // its page until the new drawing is complete (a scratch copy), so a zoom never flashes blank.
      scratch = rendered ? document.createElement('canvas') : null;
      const target = scratch ?? canvas;
      target.width = Math.floor(vp.width);
      target.height = Math.floor(vp.height);
      try {
        task = page.render({ canvas: target, viewport: vp });
        task.promise.then(drawn, failedToDraw);
      } catch (err) {
        failedToDraw(err);
      }
    };
    const drawn = () => {
      if (gone) return;
      if (scratch) {
        canvas.width = scratch.width;
        canvas.height = scratch.height;
        canvas.getContext('2d')?.drawImage(scratch, 0, 0);
        scratch.width = scratch.height = 0;
      }
      setRendered(true);
      dismissEarlyPage();
      // The drawing instructions (pdf.js's operator list, large for a page of text) are given back at once, while
      // they are still young garbage; a new scale or rotation asks the worker for them again.
      page.cleanup();
    };
    // A page that cannot be drawn must not hold back the pages around it.
    const failedToDraw = (err: unknown) => {
      if (gone || (err as Error | null)?.name === 'RenderingCancelledException') return;
      setFailed(true);
    };
    const withdraw = takeDrawTurn(() => inView.current, draw);
    return () => {
      gone = true;
      withdraw();
      task?.cancel();
      if (scratch) scratch.width = scratch.height = 0;
    };
  }, [page, scale, live, rotation]);

  useEffect(() => {
    if (live) return;
    const canvas = canvasRef.current;
    if (canvas) canvas.width = canvas.height = 0;
    setRendered(false);
  }, [live]);

  useEffect(() => {
    const canvas = canvasRef.current;
    return () => {
      if (canvas) canvas.width = canvas.height = 0;
    };
  }, []);

  return rendered ? 'drawn' : cannotDraw ? 'failed' : 'pending';
}
