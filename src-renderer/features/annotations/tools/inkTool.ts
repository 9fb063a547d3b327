import type { PageViewport } from 'pdfjs-dist';
import type { Annotation, InkStroke } from '../../../../src-shared/annotations/annotation';
import { newAnnotation } from '../newAnnotation';

/** A point as captured: CSS pixels from the page's top-left corner, and the pen's pressure. */
export interface RawPoint {
  x: number;
  y: number;
  pressure: number;
}

/** The pressure of a pointer event: a pen's own, a mouse or finger (which report 0 or 0.5) as 0.5. */
export const pressureOf = (e: PointerEvent | React.PointerEvent): number =>
  e.pointerType === 'pen' && e.pressure > 0 ? Math.min(1, e.pressure) : 0.5;

/** Points closer than this many CSS pixels to the previous one are dropped while drawing. */
export const MIN_STEP = 1.5;

/** Smooths a captured line with a 3-point moving average (ends kept), so the hand's jitter does not show. */
export function smooth(points: RawPoint[]): RawPoint[] {
  if (points.length < 3) return points;
  return points.map((p, i) => {
    if (i === 0 || i === points.length - 1) return p;
    const a = points[i - 1]!;
    const b = points[i + 1]!;
    return { x: (a.x + 2 * p.x + b.x) / 4, y: (a.y + 2 * p.y + b.y) / 4, pressure: (a.pressure + 2 * p.pressure + b.pressure) / 4 };
  });
}

const r2 = (n: number): number => Math.round(n * 100) / 100;

/** A smoothed stroke in PDF units [x, y, pressure]. */
export function toPdfStroke(viewport: PageViewport, points: RawPoint[]): InkStroke {
  return smooth(points).map((p) => {
    const [x, y] = viewport.convertToPdfPoint(p.x, p.y) as [number, number];
    return [r2(x), r2(y), r2(p.pressure)];
  });
}

/** The ink tool's result: one freehand stroke as an Ink annotation (PDF-space points with pressure). */
export function inkAnnotation(args: { viewport: PageViewport; points: RawPoint[]; documentId: string; pageIndex: number; color: string }): Annotation | null {
  if (args.points.length < 2) return null;
  return newAnnotation({
    documentId: args.documentId,
    pageIndex: args.pageIndex,
    kind: 'ink',
    color: args.color,
    ink: [toPdfStroke(args.viewport, args.points)],
  });
}
