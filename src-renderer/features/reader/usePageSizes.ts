import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';

/** Width and height of a page at scale 1 (PDF units, the page's rotation applied). */
export type NaturalSize = [number, number];

/**
 * The natural size of every page of a document (from each page's viewport), so the continuous reader can
 * lay out placeholders of the right size and the scroll bar is right before any page is drawn. Like the
 * pdf.js viewer, every page first takes page 1's size, so the first page shows at once; the exact sizes
 * follow in the background and replace them only when some page differs. Null while loading.
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
        const exact = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => sizeOf(i)));
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
