import { Alert, Spin } from 'antd';
import { useCallback, useEffect, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../src-shared/annotations/annotation';
import { appendTo } from '../../../src-shared/util/appendTo';
import type { Tool } from '../annotations/EditorLayer';
import { highlightFromSelection } from '../annotations/tools/highlightTool';
import { strikeoutFromSelection } from '../annotations/tools/strikeoutTool';
import { underlineFromSelection } from '../annotations/tools/underlineTool';
import type { SelectionToolArgs } from '../annotations/tools/textSelection';
import { PageNavigator, type ZoomChange } from './PageNavigator';
import type { PageSource } from './pageSource';
import { firstSlots, rotatedSize, slotIndexOf, slotKey, type PageSlot, type Rotation } from './pageSlots';
import { ReaderPageView, type FindMarks, type PageHandle } from './ReaderPageView';
import { AREA_PADDING, fitWidthScale, rememberReaderArea, type ReaderKind } from './readerArea';
import { pageAt, pageOffsets } from './usePageSizes';
import { useElementSize } from '../../ui/useElementSize';
import { clampPage, zoomIn, zoomOut } from './zoomSteps';

/** The tools that mark selected words, each turning a text-layer selection into its annotation. */
const TEXT_MARK_TOOLS: Partial<Record<Tool, (args: SelectionToolArgs) => Annotation | null>> = {
  highlight: highlightFromSelection,
  underline: underlineFromSelection,
  strikeout: strikeoutFromSelection,
};

const PAD = AREA_PADDING;
const GAP = 12;
/** Pages drawn around the visible ones. */
const AROUND = 2;
const NO_ANNOTATIONS: Annotation[] = [];
/**
 * Pages beyond the drawn ones that stay mounted (empty, their canvases released), so a short scroll back finds them;
 * farther pages are not in the document at all: the page container alone has the volume's height.
 */
const MOUNTED_AROUND = 8;

export interface JumpRequest {
  /** The page's document; the first document shown when absent. */
  documentId?: string;
  pageIndex: number;
  /** Top of the target in PDF units (y grows upwards), or null for the page's top. */
  pdfTop: number | null;
  nonce: number;
}

/** The find bar's hits as the viewer shows them: every hit page marked, the current hit scrolled to. */
export interface FindView {
  needle: string;
  pages: ReadonlySet<string>;
  current: { documentId: string; pageIndex: number; occurrence: number; nonce: number } | null;
}

/** What the reader's keyboard shortcuts and side panels drive. */
export interface ViewerHandle {
  go(slotIndex: number): void;
  goTo(documentId: string, pageIndex: number): void;
  step(delta: number): void;
  zoom(change: ZoomChange): void;
  focusPageInput(): void;
  current(): PageSlot | null;
  /** The viewer holds this element (a keyboard event's target decides which pane of a split view it is for). */
  contains(node: Node | null): boolean;
}

/**
 * The continuous reader: the pages of one document or of a whole volume (`source`: page slots of several
 * pdf.js documents, each opened when its pages come near) in one vertical scroll laid out from the pages'
 * viewports; only the pages near the view are mounted, and only the visible ones ± 2 drawn. Toolbar:
 * page n / N with go-to, zoom (fit width, fit page, ±), rotate; `tools` sits beside it. The highlight tool
 * turns a text selection into a highlight on mouse-up (or when the tool is picked with a selection made).
 * A change of layout (zoom, rotation, a document's real page sizes) keeps the page in view where it was.
 */
export function ContinuousViewer({
  source,
  initialPage,
  initialDocumentId,
  annotations,
  tool,
  color,
  selectedId,
  jump,
  find,
  rotations,
  tools,
  extra,
  handleRef,
  rememberArea,
  onCreate,
  onOpen,
  onRotate,
  onPageChange,
  onCurrent,
}: {
  source: PageSource;
  /** Page to open at (0-based) of `initialDocumentId`, or of the first document. */
  initialPage: number;
  initialDocumentId?: string;
  annotations: Annotation[];
  tool: Tool;
  color: string;
  selectedId: string | null;
  jump: JumpRequest | null;
  find?: FindView | null;
  /** View rotation per slot key, and '*' for every page. */
  rotations?: Readonly<Record<string, Rotation>>;
  tools?: ReactNode;
  extra?: ReactNode;
  handleRef?: Ref<ViewerHandle>;
  /** Remember where this viewer's area is, so the next start draws its first page there (earlyPage.ts). */
  rememberArea?: ReaderKind;
  onCreate: (a: Annotation) => void;
  onOpen: (id: string) => void;
  onRotate?: (scope: 'page' | 'all', slot: PageSlot) => void;
  onPageChange?: (pageIndex: number, pageCount: number) => void;
  onCurrent?: (slot: PageSlot, slotIndex: number) => void;
}) {
  const { t } = useTranslation();
  const viewerId = useId();
  const { slots } = source;
  const [areaRef, area] = useElementSize<HTMLDivElement>();
  const rootRef = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<'width' | 'page'>('width');
  const [zoom, setZoom] = useState(1);
  // The pages in view and the view's height: changed only when they change, not on every scrolled pixel, so
  // scrolling re-renders the viewer once per page rather than once per scroll event.
  const [view, setView] = useState({ first: 0, last: 0, height: 800 });
  const [current, setCurrent] = useState(0);
  const handles = useRef(new Map<string, PageHandle>());
  const first = useMemo(() => firstSlots(slots), [slots]);

  const rotationOf = (s: PageSlot): Rotation => ((((rotations?.['*'] ?? 0) + (rotations?.[s.key] ?? 0)) % 360) as Rotation);
  const shown = useMemo(() => slots.map((s) => rotatedSize(source.sizeOf(s), rotationOf(s))), [slots, source.version, rotations]);
  const [maxWidth, maxHeight] = useMemo(() => shown.reduce(([w, h], s) => [Math.max(w, s[0]), Math.max(h, s[1])], [1, 1]), [shown]);
  const widthFit = fitWidthScale(area.width, maxWidth);
  const fitScale = fit === 'width' ? widthFit : Math.min(widthFit, (area.height - 2 * PAD) / maxHeight);
  const scale = Math.max(0.1, fitScale * zoom);
  const heights = useMemo(() => shown.map((s) => Math.floor(s[1] * scale)), [shown, scale]);
  const tops = useMemo(() => pageOffsets(heights, GAP, PAD), [heights]);
  const ready = source.ready && slots.length > 0 && area.width > 0;

  useEffect(() => {
    const el = areaRef.current;
    if (!rememberArea || !el || area.width <= 0) return;
    const r = el.getBoundingClientRect();
    rememberReaderArea(rememberArea, { left: Math.round(r.left + el.clientLeft), top: Math.round(r.top + el.clientTop), width: area.width, height: area.height });
  }, [rememberArea, area.width, area.height, ready]);

  // The slot at the top of the view and how far into it: restored when the layout changes.
  const anchor = useRef<{ slot: number; within: number } | null>(null);
  const scrollToSlot = useCallback(
    (index: number, withinPx = 0) => {
      const el = areaRef.current;
      if (!el || tops.length === 0) return;
      const i = clampPage(index, tops.length);
      el.scrollTop = tops[i]! - PAD + withinPx;
      anchor.current = { slot: i, within: (withinPx - PAD) / Math.max(1, heights[i]!) };
      setCurrent(i);
    },
    [tops, heights],
  );
  const slotOf = (documentId: string | undefined, pageIndex: number): number =>
    documentId ? slotIndexOf(first, slots, documentId, pageIndex) : clampPage(pageIndex, slots.length);

  // Open at the initial page once the layout can be drawn; from then on keep the anchor in place.
  const placed = useRef(false);
  useLayoutEffect(() => {
    if (!ready) return;
    if (!placed.current) {
      placed.current = true;
      const start = slotOf(initialDocumentId, initialPage);
      scrollToSlot(start < 0 ? 0 : start);
      return;
    }
    if (!anchor.current) return;
    const { slot, within } = anchor.current;
    if (slot < tops.length) areaRef.current!.scrollTop = tops[slot]! + within * heights[slot]!;
  }, [ready, tops]);

  useEffect(() => {
    if (!jump || !ready) return;
    const i = slotOf(jump.documentId, jump.pageIndex);
    if (i < 0) return;
    const h = rotatedSize(source.sizeOf(slots[i]!), rotationOf(slots[i]!))[1];
    const within = jump.pdfTop === null ? 0 : Math.max(0, (h - jump.pdfTop) * scale - 60);
    scrollToSlot(i, within);
  }, [jump?.nonce, ready]);

  // The current find hit: its page first; ReaderPageView then scrolls the hit itself into view.
  useEffect(() => {
    const c = find?.current;
    if (!c || !ready) return;
    const i = slotOf(c.documentId, c.pageIndex);
    if (i >= 0 && (i < firstVisible || i > lastVisible)) scrollToSlot(i);
  }, [find?.current?.nonce, ready]);

  const currentSlot = slots[current] ?? null;
  useEffect(() => {
    if (!currentSlot) return;
    onCurrent?.(currentSlot, current);
    onPageChange?.(currentSlot.pageIndex, currentSlot.pageCount);
  }, [currentSlot?.key]);

  const onScroll = () => {
    const el = areaRef.current;
    if (!el) return;
    const height = el.clientHeight;
    const top = tops.length ? pageAt(tops, heights, el.scrollTop) : 0;
    // A page gone to shows PAD above it: the gap and the last PAD - GAP pixels of the page before, which do not make
    // that page one in view (it would be drawn first, before the page asked for).
    const first = tops.length ? pageAt(tops, heights, el.scrollTop + PAD - GAP) : 0;
    const last = tops.length ? pageAt(tops, heights, el.scrollTop + height) : 0;
    setView((v) => (v.first === first && v.last === last && v.height === height ? v : { first, last, height }));
    if (!tops.length || !placed.current) return;
    anchor.current = { slot: top, within: (el.scrollTop - tops[top]!) / Math.max(1, heights[top]!) };
    setCurrent(pageAt(tops, heights, el.scrollTop + PAD + 1));
  };
  useEffect(onScroll, [tops]);

  const firstVisible = Math.min(view.first, Math.max(0, slots.length - 1));
  const lastVisible = Math.min(view.last, Math.max(0, slots.length - 1));
  const from = Math.max(0, firstVisible - AROUND);
  const to = Math.min(slots.length - 1, lastVisible + AROUND);
  const mounted: number[] = [];
  for (let i = Math.max(0, from - MOUNTED_AROUND); i <= Math.min(slots.length - 1, to + MOUNTED_AROUND); i++) mounted.push(i);
  // Ask for the documents of the pages about to be drawn (a volume opens them lazily).
  const needed = slots.length ? [...new Set(slots.slice(from, to + 1).map((s) => s.documentId))].join(',') : '';
  useEffect(() => {
    if (ready) source.want(viewerId, needed ? needed.split(',') : []);
  }, [needed, ready, source.want]);
  useEffect(() => () => source.want(viewerId, []), [source.want]);

  const onMouseUp = () => {
    if (!TEXT_MARK_TOOLS[tool]) return;
    window.setTimeout(markSelection, 0);
  };
  const markSelection = () => {
    const mark = TEXT_MARK_TOOLS[tool];
    const selection = window.getSelection();
    if (!mark || !selection || selection.isCollapsed) return;
    for (const h of handles.current.values()) {
      if (!selection.anchorNode || !h.textLayer.contains(selection.anchorNode)) continue;
      const made = mark({ selection, textLayer: h.textLayer, viewport: h.viewport, documentId: h.documentId, pageIndex: h.pageIndex, color });
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

  // The same callbacks on every render, so the memoised pages not in view skip re-rendering.
  const latest = useRef({ onCreate, onOpen });
  latest.current = { onCreate, onOpen };
  const stableCreate = useCallback((a: Annotation) => latest.current.onCreate(a), []);
  const stableOpen = useCallback((id: string) => latest.current.onOpen(id), []);

  const register = useCallback((key: string, handle: PageHandle | null) => {
    if (handle) handles.current.set(key, handle);
    else handles.current.delete(key);
  }, []);

  const byKey = useMemo(() => {
    const m = new Map<string, Annotation[]>();
    for (const a of annotations) appendTo(m, slotKey(a.documentId, a.pageIndex), a);
    return m;
  }, [annotations]);

  const changeZoom = (change: ZoomChange) => {
    if (change === 'fit' || change === 'page') {
      setFit(change === 'fit' ? 'width' : 'page');
      setZoom(1);
    } else setZoom((z) => (change === 'in' ? zoomIn(z) : zoomOut(z)));
  };
  const pageInput = () => rootRef.current?.querySelector<HTMLInputElement>('[data-testid="page-input"]');
  useImperativeHandle(handleRef, () => ({
    go: (i) => scrollToSlot(i),
    goTo: (documentId, pageIndex) => {
      const i = slotIndexOf(first, slots, documentId, pageIndex);
      if (i >= 0) scrollToSlot(i);
    },
    step: (delta) => scrollToSlot(current + delta),
    zoom: changeZoom,
    focusPageInput: () => {
      pageInput()?.focus();
      pageInput()?.select();
    },
    current: () => slots[current] ?? null,
    contains: (node) => !!node && !!rootRef.current?.contains(node),
  }));

  const last = tops.length - 1;
  const totalHeight = tops.length ? tops[last]! + heights[last]! + Math.max(PAD, view.height - heights[last]! - PAD) : 0;
  const findPage = (s: PageSlot): FindMarks | null => {
    if (!find || !find.pages.has(s.key)) return null;
    const c = find.current;
    const on = c && c.documentId === s.documentId && c.pageIndex === s.pageIndex;
    return { needle: find.needle, current: on ? c.occurrence : -1, nonce: on ? c.nonce : 0 };
  };

  return (
    <div
      ref={rootRef}
      className="cd-viewer cd-cviewer"
      data-testid="page-viewer"
      data-page-index={ready ? current : -1}
      data-page-count={slots.length}
      data-scale={scale}
      data-fit={fit}
    >
      <div className="cd-viewer-bar">
        <PageNavigator
          pageIndex={current}
          pageCount={slots.length}
          zoom={zoom}
          fit={fit}
          compact
          onPage={(i) => scrollToSlot(i)}
          onZoom={changeZoom}
          onRotate={onRotate && currentSlot ? (scope) => onRotate(scope, currentSlot) : undefined}
        />
        {tools}
        {extra ? <div className="cd-viewer-extra">{extra}</div> : null}
      </div>
      {source.error ? <Alert type="error" showIcon title={t('reader.openFailed')} description={String((source.error as Error).message ?? source.error)} /> : null}
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
            {mounted.map((i) => {
              const s = slots[i]!;
              const pdf = i >= from && i <= to ? source.pdfOf(s.documentId) : null;
              return (
                <div key={s.key} className="cd-cviewer-slot" style={{ top: tops[i], height: heights[i] }}>
                  <ReaderPageView
                    pdf={pdf}
                    slot={s}
                    scale={scale}
                    rotation={rotationOf(s)}
                    width={Math.floor(shown[i]![0] * scale)}
                    height={heights[i]!}
                    live={!!pdf}
                    visible={i >= firstVisible && i <= lastVisible}
                    annotations={byKey.get(s.key) ?? NO_ANNOTATIONS}
                    tool={tool}
                    color={color}
                    selectedId={selectedId}
                    find={findPage(s)}
                    onCreate={stableCreate}
                    onOpen={stableOpen}
                    register={register}
                  />
                </div>
              );
            })}
          </div>
        ) : source.error ? null : (
          <div className="cd-viewer-loading">
            <Spin description={t('reader.loading')} />
          </div>
        )}
      </div>
    </div>
  );
}
