import type { PDFDocumentProxy, PDFPageProxy, PageViewport } from 'pdfjs-dist';
import { memo, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../src-shared/annotations/annotation';
import { AnnotationLayer } from '../annotations/AnnotationLayer';
import { EditorLayer, type Tool } from '../annotations/EditorLayer';
import type { PageSlot, Rotation } from './pageSlots';
import { loadTextLayer } from './pdfjs';
import { findBoxes, type Box } from './textLayerFind';
import { textOrOcrContent, whenOcrRead } from './ocrTextLayer';
import { usePageCanvas } from './usePageCanvas';

/** How long a page stays in view before its text layer is built. */
const TEXT_LAYER_SETTLE_MS = 120;

/** What the viewer needs of a rendered page to turn a selection into a highlight. */
export interface PageHandle {
  documentId: string;
  pageIndex: number;
  textLayer: HTMLElement;
  viewport: PageViewport;
}

/** Find hits to mark on this page: `current` is the occurrence to show as current (-1: none), `nonce` its request. */
export interface FindMarks {
  needle: string;
  current: number;
  nonce: number;
}

/**
 * One page of the continuous reader, its layers stacked like pdf.js's viewer: canvas, text layer (pdf.js
 * TextLayer: selection, copy, find hits), annotation layer (SVG from PDF-space geometry), editor layer
 * (active tool). The view may be rotated (`rotation`, view only: the viewport turns, the file never changes).
 * Far from the visible pages (`live` false, or its document not open) it is an empty box of the
 * page's size and its canvas is released (width = height = 0), so memory stays bounded on long volumes.
 */
// Memoised: a scroll re-renders the viewer, and only the few pages whose props changed should follow.
export const ReaderPageView = memo(function ReaderPageView({
  pdf,
  slot,
  scale,
  rotation,
  width,
  height,
  live,
  visible,
  annotations,
  tool,
  color,
  selectedId,
  find,
  onCreate,
  onOpen,
  register,
}: {
  pdf: PDFDocumentProxy | null;
  slot: PageSlot;
  scale: number;
  rotation: Rotation;
  width: number;
  height: number;
  live: boolean;
  /** In the view (not only near it): its text layer is built once it has stayed in view for a moment. */
  visible: boolean;
  annotations: Annotation[];
  tool: Tool;
  color: string;
  selectedId: string | null;
  find: FindMarks | null;
  onCreate: (a: Annotation) => void;
  onOpen: (id: string) => void;
  register: (key: string, handle: PageHandle | null) => void;
}) {
  const { documentId, pageIndex } = slot;
  const { t } = useTranslation();
  const rootRef = useRef<HTMLDivElement>(null);
  const [textVersion, setTextVersion] = useState(0);
  const [marks, setMarks] = useState<Box[][]>([]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [page, setPage] = useState<PDFPageProxy | null>(null);
  /** pdf.js could not read this page from the file (a damaged page tree): the page says so instead of staying blank. */
  const [unreadable, setUnreadable] = useState(false);

  useEffect(() => {
    if (!live || !pdf) return;
    let gone = false;
    setUnreadable(false);
    void pdf.getPage(pageIndex + 1).then(
      (p) => !gone && setPage(p),
      () => !gone && setUnreadable(true),
    );
    return () => {
      gone = true;
    };
  }, [pdf, pageIndex, live]);

  // The view rotation adds to the page's own /Rotate (pdf.js's getViewport default).
  const viewRotation = (r: PDFPageProxy) => (r.rotate + rotation) % 360;
  // One viewport object per page, scale and rotation: the annotation and editor layers redraw only when it changes.
  const viewport = useMemo(() => (page && live ? page.getViewport({ scale, rotation: viewRotation(page) }) : null), [page, live, scale, rotation]);

  const drawing = usePageCanvas(canvasRef, { page, unreadable, live, visible, scale, rotation, documentId, pageIndex });
  const rendered = drawing === 'drawn';

  // A page far from view gives everything back: canvas pixels (usePageCanvas), and pdf.js's parsed drawing
  // instructions (page.cleanup), so memory stays bounded over a 1,000-page volume.
  useEffect(() => {
    if (live) return;
    setPage((p) => {
      p?.cleanup();
      return null;
    });
  }, [live]);

  // Unmounted (the page went far from the view, e.g. after a jump): pdf.js's drawing data is given back at once,
  // not when the garbage collector gets to it (the canvas pixels: usePageCanvas).
  const pageRef = useRef(page);
  pageRef.current = page;
  useEffect(
    () => () => {
      pageRef.current?.cleanup();
    },
    [],
  );

  // The text layer (selection, copy, find hits) waits until the page has stayed in view for a moment: paging quickly
  // through a volume then builds none for the pages passed by. Once built it stays while the page is live.
  const [wantText, setWantText] = useState(false);
  useEffect(() => {
    if (!live) setWantText(false);
    else if (visible && !wantText) {
      const timer = window.setTimeout(() => setWantText(true), TEXT_LAYER_SETTLE_MS);
      return () => window.clearTimeout(timer);
    }
  }, [live, visible, wantText]);

  // The text layer, rebuilt at each scale (and when OCR has read a scan shown before its lines were there).
  const [ocrRead, setOcrRead] = useState(0);
  const [ocrPending, setOcrPending] = useState(false);
  useEffect(() => {
    const div = textRef.current;
    if (!div || !page || !live || !wantText) return;
    let gone = false;
    let cancel: (() => void) | null = null;
    let stopWaiting: (() => void) | null = null;
    const vp = page.getViewport({ scale, rotation: viewRotation(page) });
    void loadTextLayer().then(async (TextLayer) => {
      if (gone) return;
      // A scan has no text items: its OCR lines, once read, make the text layer instead (ocrTextLayer.ts).
      const { content, awaitingOcr } = await textOrOcrContent(page, await page.getTextContent(), documentId, pageIndex);
      if (gone) return;
      setOcrPending(awaitingOcr);
      if (awaitingOcr) stopWaiting = whenOcrRead(documentId, pageIndex, () => setOcrRead((n) => n + 1));
      div.replaceChildren();
      const layer = new TextLayer({ textContentSource: content, container: div, viewport: vp });
      cancel = () => layer.cancel();
      await layer.render().catch(() => undefined);
      if (gone) return;
      const end = document.createElement('div');
      end.className = 'endOfContent';
      div.append(end);
      register(slot.key, { documentId, pageIndex, textLayer: div, viewport: vp });
      setTextVersion((v) => v + 1);
    });
    return () => {
      gone = true;
      cancel?.();
      stopWaiting?.();
      div.replaceChildren();
      register(slot.key, null);
      setMarks([]);
    };
  }, [page, scale, live, rotation, wantText, ocrRead]);

  // Find hits: boxes over the text layer's words, the current one scrolled into the middle of the view once.
  const needle = find?.needle ?? '';
  useEffect(() => {
    const div = textRef.current;
    const pageEl = rootRef.current;
    setMarks(div && pageEl && needle && textVersion > 0 && live ? findBoxes(div, pageEl, needle) : []);
  }, [needle, textVersion, live]);
  const scrolledFor = useRef(0);
  useEffect(() => {
    if (!find || find.current < 0 || scrolledFor.current === find.nonce) return;
    const box = marks[Math.min(find.current, marks.length - 1)]?.[0];
    const pageEl = rootRef.current;
    const scroller = pageEl?.closest<HTMLElement>('.cd-cviewer-area');
    if (!box || !pageEl || !scroller) return;
    scrolledFor.current = find.nonce;
    const top = pageEl.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop + box.y;
    scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 2);
  }, [find?.nonce, marks]);

  const style = { width, height, '--total-scale-factor': scale, '--scale-round-x': '1px', '--scale-round-y': '1px' } as CSSProperties;
  return (
    <div
      ref={rootRef}
      className="cd-rpage"
      style={style}
      data-testid="reader-page-view"
      data-page-index={pageIndex}
      data-document-id={documentId}
      data-rotation={rotation}
      data-live={live ? 1 : 0}
    >
      <canvas
        ref={canvasRef}
        className="cd-rpage-canvas"
        data-testid="page-canvas"
        data-page-index={pageIndex}
        data-rendered-page={live && rendered ? pageIndex : -1}
        style={{ width, height }}
      />
      <div ref={textRef} className="textLayer" data-testid="text-layer" />
      {drawing === 'failed' && live ? (
        <div className="cd-rpage-failed" data-testid="page-unreadable" role="alert">
          {t('reader.pageUnreadable', { page: pageIndex + 1 })}
        </div>
      ) : null}
      {ocrPending && live ? (
        <div className="cd-rpage-ocr" data-testid="ocr-pending">
          {t('reader.ocrPending')}
        </div>
      ) : null}
      {marks.length ? (
        <div className="cd-find-layer">
          {marks.map((boxes, i) => (
            <div key={i} data-testid="find-hit" data-current={find && i === Math.min(find.current, marks.length - 1) ? 1 : 0}>
              {boxes.map((b, j) => (
                <div
                  key={j}
                  className={`cd-find-box${find && i === Math.min(find.current, marks.length - 1) ? ' cd-find-box-on' : ''}`}
                  style={{ left: b.x, top: b.y, width: b.w, height: b.h }}
                />
              ))}
            </div>
          ))}
        </div>
      ) : null}
      {viewport ? <AnnotationLayer viewport={viewport} annotations={annotations} selectedId={selectedId} onOpen={onOpen} /> : null}
      {viewport ? (
        <EditorLayer tool={tool} viewport={viewport} documentId={documentId} pageIndex={pageIndex} color={color} onCreate={onCreate} />
      ) : null}
    </div>
  );
});
