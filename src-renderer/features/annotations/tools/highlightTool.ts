import type { Annotation } from '../../../../src-shared/annotations/annotation';
import { newAnnotation } from '../newAnnotation';
import { selectionOnPage, type SelectionToolArgs } from './textSelection';

export { toPdfRect } from './textSelection';

/**
 * The highlight tool: the current selection in one page's text layer as a highlight (or underline /
 * strike-out, `kind`), its rectangles and anchor from selectionOnPage. Null when nothing is selected on that page.
 */
export function highlightFromSelection(args: SelectionToolArgs & { kind?: 'highlight' | 'underline' | 'strikeout' }): Annotation | null {
  const on = selectionOnPage(args);
  if (!on) return null;
  const kind = args.kind ?? 'highlight';
  return newAnnotation({
    documentId: args.documentId,
    pageIndex: args.pageIndex,
    kind,
    color: args.color,
    rects: on.rects,
    anchor: on.anchor,
    opacity: kind === 'highlight' ? 0.4 : 1,
  });
}
