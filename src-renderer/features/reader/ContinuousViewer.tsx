import { Alert, Spin } from 'antd';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../src-shared/annotations/annotation';
import type { Tool } from '../annotations/EditorLayer';
import { highlightFromSelection } from '../annotations/tools/highlightTool';
import { strikeoutFromSelection } from '../annotations/tools/strikeoutTool';
import { underlineFromSelection } from '../annotations/tools/underlineTool';
import type { SelectionToolArgs } from '../annotations/tools/textSelection';

/** The tools that mark selected words, each turning a text-layer selection into its annotation. */
const TEXT_MARK_TOOLS: Partial<Record<Tool, (args: SelectionToolArgs) => Annotation | null>> = {
  highlight: highlightFromSelection,
  underline: underlineFromSelection,
  strikeout: strikeoutFromSelection,
};
import { PageNavigator } from './PageNavigator';
import { ReaderPageView, type PageHandle } from './ReaderPageView';
import { pageAt, pageOffsets, usePageSizes } from './usePageSizes';
import { useElementWidth } from './useElementWidth';
import { clampPage, zoomIn, zoomOut } from './zoomSteps';

const PAD = 16;
const GAP = 12;
/** Pages drawn around the visible ones. */
const AROUND = 2;

export interface JumpRequest {
  pageIndex: number;
  /** Top of the target in PDF units (y grows upwards), or null for the page's top. */
  pdfTop: number | null;
  nonce: number;
}

/**
 * The continuous reader: all pages of a document in one vertical scroll, placeholders sized from the pages'
 * viewports, only the visible pages ± 2 drawn (ReaderPageView releases the others). Toolbar: page n / N with
 * go-to, zoom (fit width, ±); `tools` sits beside it. The highlight tool turns a text selection into a highlight
 * on mouse-up (or when the tool is picked with a selection made).
 */
export function ContinuousViewer({
  pdf,
  error,
  documentId,
  initialPage,
  annotations,
  tool,
  color,
  selectedId,
  jump,
  tools,
  extra,
  onCreate,
  onOpen,
  onPageChange,
}: {
  pdf: PDFDocumentProxy | null;
  error: unknown;
  documentId: string;
  initialPage: number;
  annotations: Annotation[];
  tool: Tool;
  color: string;
  selectedId: string | null;
  jump: JumpRequest | null;
  tools: ReactNode;
  extra?: ReactNode;
  onCreate: (a: Annotation) => void;
  onOpen: (id: string) => void;
  onPageChange?: (pageIndex: number, pageCount: number) => void;
}) {
  const { t } = useTranslation();
  const sizes = usePageSizes(pdf);
  const [areaRef, areaWidth] = useElementWidth<HTMLDivElement>();
  const [zoom, setZoom] = useState(1);
  const [view, setView] = useState({ top: 0, height: 800 });
  const [current, setCurrent] = useState(initialPage);
  const handles = useRef(new Map<number, PageHandle>());
  const pageCount = pdf?.numPages ?? 0;

  const maxWidth = sizes ? Math.max(...sizes.map((s) => s[0])) : 1;
  const scale = Math.max(0.1, ((areaWidth - 2 * PAD) * zoom) / maxWidth);
  const heights = useMemo(() => (sizes ?? []).map((s) => Math.floor(s[1] * scale)), [sizes, scale]);
  const tops = useMemo(() => pageOffsets(heights, GAP, PAD), [heights]);
  const ready = !!pdf && !!sizes && areaWidth > 0;

  const scrollToPage = useCallback(
    (index: number, within = 0) => {
      const el = areaRef.current;
      if (!el || tops.length === 0) return;
      const i = clampPage(index, tops.length);
      el.scrollTop = tops[i]! - PAD + within;
      setCurrent(i);
    },
    [tops],
  );

  // Open at the initial page once the layout is known; keep the current page in place when zooming.
  const placed = useRef(false);
  useLayoutEffect(() => {
    if (!ready) return;
    scrollToPage(placed.current ? current : clampPage(initialPage, pageCount));
    placed.current = true;
  }, [ready, scale]);

  useEffect(() => {
    if (!jump || !ready || !sizes) return;
    const h = sizes[jump.pageIndex]?.[1] ?? 0;
    const within = jump.pdfTop === null ? 0 : Math.max(0, (h - jump.pdfTop) * scale - 60);
    scrollToPage(jump.pageIndex, within);
  }, [jump?.nonce, ready]);

  useEffect(() => {
    if (pdf) onPageChange?.(current, pdf.numPages);
  }, [current, pdf]);

  const onScroll = () => {
    const el = areaRef.current;
    if (!el) return;
    setView({ top: el.scrollTop, height: el.clientHeight });
    if (tops.length) setCurrent(pageAt(tops, heights, el.scrollTop + PAD + 1));
  };
  useEffect(onScroll, [tops]);

  const onMouseUp = () => {
    if (!TEXT_MARK_TOOLS[tool]) return;
    window.setTimeout(markSelection, 0);
  };
  const markSelection = () => {
    const mark = TEXT_MARK_TOOLS[tool];
    const selection = window.getSelection();
    if (!mark) return;
    if (!selection || selection.isCollapsed) return;
    for (const h of handles.current.values()) {
      if (!selection.anchorNode || !h.textLayer.contains(selection.anchorNode)) continue;
      const made = mark({ selection, textLayer: h.textLayer, viewport: h.viewport, documentId, pageIndex: h.pageIndex, color });
      if (made) {
        onCreate(made);
        selection.removeAllRanges();
      }
      return;
    }
  };
  // Picking a text-mark tool with words selected marks them at once.
  useEffect(() => {
    if (TEXT_MARK_TOOLS[tool]) markSelection();
  }, [tool]);

  const register = useCallback((index: number, handle: PageHandle | null) => {
    if (handle) handles.current.set(index, handle);
    else handles.current.delete(index);
  }, []);

  const first = tops.length ? pageAt(tops, heights, view.top) : 0;
  const last = tops.length ? pageAt(tops, heights, view.top + view.height) : 0;
  const byPage = useMemo(() => {
    const m = new Map<number, Annotation[]>();
    for (const a of annotations) m.set(a.pageIndex, [...(m.get(a.pageIndex) ?? []), a]);
    return m;
  }, [annotations]);
  const changeZoom = (change: 'in' | 'out' | 'fit') => setZoom((z) => (change === 'in' ? zoomIn(z) : change === 'out' ? zoomOut(z) : 1));
  const totalHeight = tops.length ? tops[tops.length - 1]! + heights[heights.length - 1]! + Math.max(PAD, view.height - heights[heights.length - 1]! - PAD) : 0;

  return (
    <div className="cd-viewer cd-cviewer" data-testid="page-viewer" data-page-index={pdf ? current : -1} data-page-count={pageCount} data-scale={scale}>
      <div className="cd-viewer-bar">
        <PageNavigator pageIndex={current} pageCount={pageCount} zoom={zoom} onPage={(i) => scrollToPage(i)} onZoom={changeZoom} />
        {tools}
        {extra ? <div className="cd-viewer-extra">{extra}</div> : null}
      </div>
      {error ? <Alert type="error" showIcon title={t('reader.openFailed')} description={String((error as Error).message ?? error)} /> : null}
      <div
        ref={areaRef}
        className={`cd-cviewer-area cd-tool-${tool}`}
        tabIndex={0}
        onScroll={onScroll}
        onMouseUp={onMouseUp}
        aria-label={t('reader.area')}
        data-testid="reader-scroll"
      >
        {ready ? (
          <div className="cd-cviewer-pages" style={{ height: totalHeight }}>
            {sizes.map((s, i) => (
              <div key={i} className="cd-cviewer-slot" style={{ top: tops[i], height: heights[i] }}>
                <ReaderPageView
                  pdf={pdf}
                  pageIndex={i}
                  scale={scale}
                  width={Math.floor(s[0] * scale)}
                  height={heights[i]!}
                  live={i >= first - AROUND && i <= last + AROUND}
                  annotations={byPage.get(i) ?? []}
                  tool={tool}
                  color={color}
                  selectedId={selectedId}
                  documentId={documentId}
                  onCreate={onCreate}
                  onOpen={onOpen}
                  register={register}
                />
              </div>
            ))}
          </div>
        ) : error ? null : (
          <div className="cd-viewer-loading">
            <Spin description={t('reader.loading')} />
          </div>
        )}
      </div>
    </div>
  );
}
