import type { PageViewport } from 'pdfjs-dist';
import type { Annotation } from '../../../../src-shared/annotations/annotation';
import { newAnnotation } from '../newAnnotation';

/** The size of a sticky note's icon, in PDF units (as Acrobat's Text annotation). */
export const NOTE_SIZE = 20;

/**
 * The note tool: a click on the page (CSS pixels from its top-left corner) puts a sticky note there, its icon's
 * top-left corner at the click. The comment and tags are filled in right after (NoteEditor).
 */
export function noteAt(args: { viewport: PageViewport; x: number; y: number; documentId: string; pageIndex: number; color: string }): Annotation {
  const [px, py] = args.viewport.convertToPdfPoint(args.x, args.y) as [number, number];
  const x = Math.round(px * 100) / 100;
  const y = Math.round(py * 100) / 100;
  return newAnnotation({
    documentId: args.documentId,
    pageIndex: args.pageIndex,
    kind: 'note',
    color: args.color,
    rects: [[x, y - NOTE_SIZE, x + NOTE_SIZE, y]],
  });
}
