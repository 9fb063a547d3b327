import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageSource } from './pageSource';
import { rotatedSize, type PageSlot, type Rotation } from './pageSlots';
import { PageThumbnail } from './PageThumbnail';

const WIDTH = 120;
const WHO = 'thumbnails';

/**
 * Thumbnails of every page being read (a document or a whole volume), a click goes to the page. Every page
 * has an empty box of its size; only the thumbnails in view are drawn (an IntersectionObserver over the
 * panel), and their documents are asked of the page source, so a long volume costs a few canvases.
 */
export function ThumbnailPanel({
  source,
  current,
  rotations,
  label,
  onGo,
}: {
  source: PageSource;
  current: number;
  rotations: Readonly<Record<string, Rotation>>;
  label: (slot: PageSlot) => string;
  onGo: (slotIndex: number) => void;
}) {
  const { t } = useTranslation();
  const rootRef = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState<ReadonlySet<number>>(new Set());
  const { slots } = source;

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
        const height = Math.round((WIDTH * h) / w);
        return (
          <button
            key={s.key}
            type="button"
            className={`cd-thumb${i === current ? ' cd-thumb-on' : ''}`}
            data-slot={i}
            data-testid="thumbnail"
            data-document-id={s.documentId}
            data-page-index={s.pageIndex}
            onClick={() => onGo(i)}
          >
            <span className="cd-thumb-page" style={{ width: WIDTH, height }}>
              <PageThumbnail pdf={visible.has(i) ? source.pdfOf(s.documentId) : null} pageIndex={s.pageIndex} width={WIDTH} height={height} rotation={r} />
            </span>
            <span className="cd-thumb-label cd-nums">{label(s)}</span>
          </button>
        );
      })}
    </div>
  );
}
