import type { PageViewport } from 'pdfjs-dist';
import type { Annotation } from '../../../../src-shared/annotations/annotation';
import { newAnnotation } from '../newAnnotation';

/** A new free-text box's size in PDF units; the text is typed right after (AnnotationEditor). */
export const FREETEXT_SIZE: [number, number] = [180, 40];

/** The free-text tool: a click puts a text box there, its top-left corner at the click. */
export function freetextAt(args: { viewport: PageViewport; x: number; y: number; documentId: string; pageIndex: number; color: string }): Annotation {
  const [px, py] = args.viewport.convertToPdfPoint(args.x, args.y) as [number, number];
  const x = Math.round(px * 100) / 100;
  const y = Math.round(py * 100) / 100;
  const [w, h] = FREETEXT_SIZE;
  return newAnnotation({ documentId: args.documentId, pageIndex: args.pageIndex, kind: 'freetext', color: args.color, rects: [[x, y - h, x + w, y]] });
}
