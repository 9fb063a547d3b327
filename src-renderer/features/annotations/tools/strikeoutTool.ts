import type { Annotation } from '../../../../src-shared/annotations/annotation';
import { newAnnotation } from '../newAnnotation';
import { selectionOnPage, type SelectionToolArgs } from './textSelection';

/** The strike-out tool: the selected words of one page struck out (a line through the middle of each line). */
export function strikeoutFromSelection(args: SelectionToolArgs): Annotation | null {
  const on = selectionOnPage(args);
  return on ? newAnnotation({ documentId: args.documentId, pageIndex: args.pageIndex, kind: 'strikeout', color: args.color, rects: on.rects, anchor: on.anchor }) : null;
}

