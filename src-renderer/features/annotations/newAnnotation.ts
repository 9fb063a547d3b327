import type { Annotation, AnnotationKind } from '../../../src-shared/annotations/annotation';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { currentSession } from '../../api/api';

/** The colours of the palette (Zotero's): yellow, red, green, blue, purple. */
export const ANNOTATION_COLORS = ['#FFD400', '#FF6666', '#5FB236', '#2EA8E5', '#A28AE5'] as const;

/** A new annotation of the signed-in user (private layer, version 0 until the server has it). */
export function newAnnotation(fields: Pick<Annotation, 'documentId' | 'pageIndex' | 'kind' | 'color'> & Partial<Annotation>): Annotation {
  const user = currentSession()?.user;
  const now = new Date().toISOString();
  return {
    id: uuidv7(),
    rects: [],
    ink: [],
    opacity: 1,
    text: '',
    comment: '',
    tags: [],
    layer: 'private',
    anchor: null,
    authorId: user?.id ?? '',
    authorName: user?.displayName ?? '',
    createdAt: now,
    updatedAt: now,
    version: 0,
    ...fields,
  };
}

export const isTextKind = (kind: AnnotationKind): boolean => kind === 'highlight' || kind === 'underline' || kind === 'strikeout';
