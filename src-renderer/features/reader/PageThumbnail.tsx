import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { canvasViewport } from './canvasViewport';
import type { Rotation } from './pageSlots';

/**
 * A small picture of one page, drawn only while `pdf` is given (the thumbnail is in view) and released when
 * it is not: at most the visible thumbnails hold canvas memory.
 */
export function PageThumbnail({
  pdf,
  pageIndex,
  width,
  height,
  rotation,
}: {
  pdf: PDFDocumentProxy | null;
  pageIndex: number;
  width: number;
  height: number;
  rotation: Rotation;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas || !pdf) return;
    let gone = false;
    let task: RenderTask | null = null;
    void pdf.getPage(pageIndex + 1).then(async (page) => {
      if (gone) return;
      const turned = (page.rotate + rotation) % 360;
      const viewport = canvasViewport(page, width / page.getViewport({ scale: 1, rotation: turned }).width, turned);
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      task = page.render({ canvas, viewport });
      await task.promise.then(() => !gone && setDrawn(true), () => undefined);
    }, () => undefined);
    return () => {
      gone = true;
      task?.cancel();
      canvas.width = canvas.height = 0;
      setDrawn(false);
    };
  }, [pdf, pageIndex, width, rotation]);
  return <canvas ref={ref} className="cd-thumb-canvas" style={{ width, height }} data-testid="thumb-canvas" data-drawn={drawn ? 1 : 0} />;
}
