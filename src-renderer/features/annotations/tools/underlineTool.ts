import type { Annotation } from '../../../../src-shared/annotations/annotation';
import { newAnnotation } from '../newAnnotation';
import { selectionOnPage, type SelectionToolArgs } from './textSelection';

/** The underline tool: the selected words of one page underlined (a line under each line's rectangle). */
export function underlineFromSelection(args: SelectionToolArgs): Annotation | null {
  const on = selectionOnPage(args);
  return on ? newAnnotation({ documentId: args.documentId, pageIndex: args.pageIndex, kind: 'underline', color: args.color, rects: on.rects, anchor: on.anchor }) : null;
}

