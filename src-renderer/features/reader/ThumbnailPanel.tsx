import type { PDFDocumentProxy } from 'pdfjs-dist';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageSource } from './pageSource';
import { rotatedSize, type PageSlot, type Rotation } from './pageSlots';
import { PageThumbnail } from './PageThumbnail';
import { usePlaceValue, type PlaceStore } from './placeStore';

const WIDTH = 120;
const WHO = 'thumbnails';

/**
 * Thumbnails of every page being read (a document or a whole volume), a click goes to the page. Every page
 * has an empty box of its size; only the thumbnails in view are drawn (an IntersectionObserver over the
 * panel), and their documents are asked of the page source, so a long volume costs a few canvases.
 */
export function ThumbnailPanel({
  source,
  placeStore,
  rotations,
  label,
  onGo,
}: {
  source: PageSource;
  /** The reader's place: the current page's thumbnail is marked and kept in view. */
  placeStore: PlaceStore;
  rotations: Readonly<Record<string, Rotation>>;
  label: (slot: PageSlot) => string;
  onGo: (slotIndex: number) => void;
}) {
  const { t } = useTranslation();
  const rootRef = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState<ReadonlySet<number>>(new Set());
  const { slots } = source;
  const current = usePlaceValue(placeStore, (p) => p?.index ?? 0);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const seen = new Set<number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const i = Number((e.target as HTMLElement).dataset.slot);
          if (e.isIntersecting) seen.add(i);
          else seen.delete(i);
        }
        setVisible(new Set(seen));
      },
      { root, rootMargin: '200px 0px' },
    );
    root.querySelectorAll('[data-slot]').forEach((el) => observer.observe(el));
    return () => observer.disconnect();
  }, [slots]);

  const needed = useMemo(() => [...new Set([...visible].map((i) => slots[i]?.documentId).filter((id): id is string => !!id))], [visible, slots]);
  useEffect(() => source.want(WHO, needed), [needed.join(','), source.want]);
  useEffect(() => () => source.want(WHO, []), [source.want]);

  // Keep the current page's thumbnail in view as the reader scrolls.
  useEffect(() => {
    const el = rootRef.current?.querySelector<HTMLElement>(`[data-slot="${current}"]`);
    const root = rootRef.current;
    if (!el || !root) return;
    if (el.offsetTop < root.scrollTop || el.offsetTop + el.offsetHeight > root.scrollTop + root.clientHeight) {
      root.scrollTop = el.offsetTop - root.clientHeight / 3;
    }
  }, [current]);

  const rotationOf = (s: PageSlot): Rotation => ((((rotations['*'] ?? 0) + (rotations[s.key] ?? 0)) % 360) as Rotation);
  return (
    <div ref={rootRef} className="cd-thumbs" data-testid="thumbnail-panel" aria-label={t('readerPlus.thumbnails')}>
      {slots.map((s, i) => {
        const r = rotationOf(s);
        const [w, h] = rotatedSize(source.sizeOf(s), r);
        return (
          <Thumbnail
            key={s.key}
            slot={s}
            index={i}
            on={i === current}
            height={Math.round((WIDTH * h) / w)}
            rotation={r}
            pdf={visible.has(i) ? source.pdfOf(s.documentId) : null}
            label={label(s)}
            onGo={onGo}
          />
        );
      })}
    </div>
  );
}

/** One page's thumbnail; memoised, so a page turn re-renders the two whose mark changes, not every page's. */
const Thumbnail = memo(function Thumbnail({
  slot,
  index,
  on,
  height,
  rotation,
  pdf,
  label,
  onGo,
}: {
  slot: PageSlot;
  index: number;
  on: boolean;
  height: number;
  rotation: Rotation;
  pdf: PDFDocumentProxy | null;
  label: string;
  onGo: (slotIndex: number) => void;
}) {
  return (
    <button
      type="button"
      className={`cd-thumb${on ? ' cd-thumb-on' : ''}`}
      data-slot={index}
      data-testid="thumbnail"
      data-document-id={slot.documentId}
      data-page-index={slot.pageIndex}
      onClick={() => onGo(index)}
    >
      <span className="cd-thumb-page" style={{ width: WIDTH, height }}>
        <PageThumbnail pdf={pdf} pageIndex={slot.pageIndex} width={WIDTH} height={height} rotation={rotation} />
      </span>
      <span className="cd-thumb-label cd-nums">{label}</span>
    </button>
  );
});
