import type { PageViewport } from 'pdfjs-dist';
import type { Annotation } from '../../../../src-shared/annotations/annotation';
import { newAnnotation } from '../newAnnotation';
import { toPdfRect } from './textSelection';

/** A drag on the page: start and end in CSS pixels from the page's top-left corner. */
export interface Drag {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Drags smaller than this many CSS pixels on either side are a stray click, not a box. */
export const MIN_BOX = 4;

/** The box a drag spans, in PDF units; null when too small to be meant. */
export function boxOfDrag(viewport: PageViewport, d: Drag) {
  if (Math.abs(d.x1 - d.x0) < MIN_BOX || Math.abs(d.y1 - d.y0) < MIN_BOX) return null;
  return toPdfRect(viewport, Math.min(d.x0, d.x1), Math.min(d.y0, d.y1), Math.max(d.x0, d.x1), Math.max(d.y0, d.y1));
}

/** The rectangle tool: a box dragged on the page as a Square annotation (outline, one PDF-space rect). */
export function rectFromDrag(args: { viewport: PageViewport; drag: Drag; documentId: string; pageIndex: number; color: string }): Annotation | null {
  const box = boxOfDrag(args.viewport, args.drag);
  return box ? newAnnotation({ documentId: args.documentId, pageIndex: args.pageIndex, kind: 'rect', color: args.color, rects: [box] }) : null;
}
