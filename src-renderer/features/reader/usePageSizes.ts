import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';

/** Width and height of a page at scale 1 (PDF units, the page's rotation applied). */
export type NaturalSize = [number, number];

/** Pages whose sizes are asked of pdf.js's worker at a time, so a page's drawing is never queued behind all of them. */
const SIZE_BATCH = 50;

/** Resolves when the browser is idle (the first page has been asked for and drawn), at the latest after `ms`. */
const whenIdle = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: ms });
    else setTimeout(resolve, 0);
  });

/**
 * The natural size of every page of a document (from each page's viewport), so the continuous reader can
 * lay out placeholders of the right size and the scroll bar is right before any page is drawn. Like the
 * pdf.js viewer, every page first takes page 1's size, so the first page shows at once; the exact sizes
 * are read afterwards (once the browser is idle, in batches: pdf.js's worker answers in order, and 1,000
 * page requests ahead of the first page's drawing would delay it) and replace the estimate only when some
 * page differs. Null while loading.
 */
export function usePageSizes(pdf: PDFDocumentProxy | null): NaturalSize[] | null {
  const [sizes, setSizes] = useState<NaturalSize[] | null>(null);
  useEffect(() => {
    setSizes(null);
    if (!pdf) return;
    let gone = false;
    const sizeOf = (i: number) =>
      pdf.getPage(i + 1).then((p) => {
        const vp = p.getViewport({ scale: 1 });
        return [vp.width, vp.height] as NaturalSize;
      });
    void sizeOf(0)
      .then(async (first) => {
        if (gone) return;
        setSizes(Array.from({ length: pdf.numPages }, () => first));
        await whenIdle(500);
        const exact: NaturalSize[] = [];
        for (let from = 0; from < pdf.numPages && !gone; from += SIZE_BATCH) {
          const to = Math.min(pdf.numPages, from + SIZE_BATCH);
          exact.push(...(await Promise.all(Array.from({ length: to - from }, (_, k) => sizeOf(from + k)))));
        }
        const differs = exact.some(([w, h]) => Math.abs(w - first[0]) > 0.5 || Math.abs(h - first[1]) > 0.5);
        if (!gone && differs) setSizes(exact);
      })
      .catch(() => undefined);
    return () => {
      gone = true;
    };
  }, [pdf]);
  return sizes;
}

/** The top of each page in the scroll area (CSS pixels), pages `gap` apart after `padding`. */
export function pageOffsets(heights: number[], gap: number, padding: number): number[] {
  const tops: number[] = [];
  let y = padding;
  for (const h of heights) {
    tops.push(y);
    y += h + gap;
  }
  return tops;
}

/** The first page whose bottom is below `y` (binary search over the tops). */
export function pageAt(tops: number[], heights: number[], y: number): number {
  let lo = 0;
  let hi = tops.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid]! + heights[mid]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}
