import type { PDFDocumentProxy, PDFPageProxy, PageViewport, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { Annotation } from '../../../src-shared/annotations/annotation';
import { AnnotationLayer } from '../annotations/AnnotationLayer';
import { EditorLayer, type Tool } from '../annotations/EditorLayer';
import { loadTextLayer } from './pdfjs';

/** What the viewer needs of a rendered page to turn a selection into a highlight. */
export interface PageHandle {
  pageIndex: number;
  textLayer: HTMLElement;
  viewport: PageViewport;
}

/**
 * One page of the continuous reader, its layers stacked like pdf.js's viewer: canvas, text layer (pdf.js
 * TextLayer: selection, copy), annotation layer (SVG from PDF-space geometry), editor layer (active tool).
 * Far from the visible pages (`live` false) it is an empty placeholder of the page's size and its canvas is
 * released (width = height = 0), so memory stays bounded on long documents.
 */
export function ReaderPageView({
  pdf,
  pageIndex,
  scale,
  width,
  height,
  live,
  annotations,
  tool,
  color,
  selectedId,
  documentId,
  onCreate,
  onOpen,
  register,
}: {
  pdf: PDFDocumentProxy;
  pageIndex: number;
  scale: number;
  width: number;
  height: number;
  live: boolean;
  annotations: Annotation[];
  tool: Tool;
  color: string;
  selectedId: string | null;
  documentId: string;
  onCreate: (a: Annotation) => void;
  onOpen: (id: string) => void;
  register: (pageIndex: number, handle: PageHandle | null) => void;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [page, setPage] = useState<PDFPageProxy | null>(null);
  const [rendered, setRendered] = useState(false);

  useEffect(() => {
    if (!live) return;
    let gone = false;
    void pdf.getPage(pageIndex + 1).then((p) => !gone && setPage(p), () => undefined);
    return () => {
      gone = true;
    };
  }, [pdf, pageIndex, live]);

  const viewport = page && live ? page.getViewport({ scale }) : null;

  // The canvas: drawn at the device's pixel ratio while live, released when not.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !page || !live) return;
    const ratio = window.devicePixelRatio || 1;
    const vp = page.getViewport({ scale: scale * ratio });
    let task: RenderTask | null = null;
    let gone = false;
    const scratch = document.createElement('canvas');
    scratch.width = Math.floor(vp.width);
    scratch.height = Math.floor(vp.height);
    task = page.render({ canvas: scratch, viewport: vp });
    task.promise.then(
      () => {
        if (gone) return;
        canvas.width = scratch.width;
        canvas.height = scratch.height;
        canvas.getContext('2d')?.drawImage(scratch, 0, 0);
        scratch.width = scratch.height = 0;
        setRendered(true);
      },
      () => undefined,
    );
    return () => {
      gone = true;
      task?.cancel();
      scratch.width = scratch.height = 0;
    };
  }, [page, scale, live]);

  // A page far from view gives everything back: canvas pixels, and pdf.js's parsed drawing instructions
  // (page.cleanup), so memory stays bounded over a 1,000-page volume.
  useEffect(() => {
    if (live) return;
    const canvas = canvasRef.current;
    if (canvas) canvas.width = canvas.height = 0;
    setRendered(false);
    setPage((p) => {
      p?.cleanup();
      return null;
    });
  }, [live]);

  // The text layer, rebuilt at each scale.
  useEffect(() => {
    const div = textRef.current;
    if (!div || !page || !live) return;
    let gone = false;
    let cancel: (() => void) | null = null;
    const vp = page.getViewport({ scale });
    void loadTextLayer().then(async (TextLayer) => {
      if (gone) return;
      const content = await page.getTextContent();
      if (gone) return;
      div.replaceChildren();
      const layer = new TextLayer({ textContentSource: content, container: div, viewport: vp });
      cancel = () => layer.cancel();
      await layer.render().catch(() => undefined);
      if (gone) return;
      const end = document.createElement('div');
      end.className = 'endOfContent';
      div.append(end);
      register(pageIndex, { pageIndex, textLayer: div, viewport: vp });
    });
    return () => {
      gone = true;
      cancel?.();
      div.replaceChildren();
      register(pageIndex, null);
    };
  }, [page, scale, live]);

  const style = { width, height, '--total-scale-factor': scale, '--scale-round-x': '1px', '--scale-round-y': '1px' } as CSSProperties;
  return (
    <div className="cd-rpage" style={style} data-testid="reader-page-view" data-page-index={pageIndex} data-live={live ? 1 : 0}>
      <canvas
        ref={canvasRef}
        className="cd-rpage-canvas"
        data-testid="page-canvas"
        data-page-index={pageIndex}
        data-rendered-page={live && rendered ? pageIndex : -1}
        style={{ width, height }}
      />
      <div ref={textRef} className="textLayer" data-testid="text-layer" />
      {viewport ? <AnnotationLayer viewport={viewport} annotations={annotations} selectedId={selectedId} onOpen={onOpen} /> : null}
      {viewport ? (
        <EditorLayer tool={tool} viewport={viewport} documentId={documentId} pageIndex={pageIndex} color={color} onCreate={onCreate} />
      ) : null}
    </div>
  );
}
