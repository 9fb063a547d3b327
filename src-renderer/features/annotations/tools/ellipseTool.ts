import type { PageViewport } from 'pdfjs-dist';
import type { Annotation } from '../../../../src-shared/annotations/annotation';
import { newAnnotation } from '../newAnnotation';
import { boxOfDrag, type Drag } from './rectTool';

/** The ellipse tool: a box dragged on the page as a Circle annotation (the ellipse inscribed in the box). */
export function ellipseFromDrag(args: { viewport: PageViewport; drag: Drag; documentId: string; pageIndex: number; color: string }): Annotation | null {
  const box = boxOfDrag(args.viewport, args.drag);
  return box ? newAnnotation({ documentId: args.documentId, pageIndex: args.pageIndex, kind: 'ellipse', color: args.color, rects: [box] }) : null;
}
