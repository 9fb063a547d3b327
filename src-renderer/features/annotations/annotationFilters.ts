import type { Annotation, AnnotationKind, AnnotationLayer } from '../../../src-shared/annotations/annotation';

export interface AnnotationFilter {
  kinds: AnnotationKind[];
  colors: string[];
  tags: string[];
  authors: string[];
  layers: AnnotationLayer[];
  /** Document ids (when reading a whole volume). */
  documents: string[];
  text: string;
}

export const NO_FILTER: AnnotationFilter = { kinds: [], colors: [], tags: [], authors: [], layers: [], documents: [], text: '' };

/**
 * The annotations a filter keeps (an empty criterion keeps all), in reading order: document (in `docOrder`,
 * the volume's catalogue order, when given), page, then top to bottom.
 */
export function filterAnnotations(list: Annotation[], f: AnnotationFilter, docOrder?: ReadonlyMap<string, number>): Annotation[] {
  const text = f.text.trim().toLowerCase();
  return list
    .filter((a) => f.kinds.length === 0 || f.kinds.includes(a.kind))
    .filter((a) => f.colors.length === 0 || f.colors.includes(a.color.toUpperCase()))
    .filter((a) => f.tags.length === 0 || a.tags.some((t) => f.tags.includes(t)))
    .filter((a) => f.authors.length === 0 || f.authors.includes(a.authorName))
    .filter((a) => f.layers.length === 0 || f.layers.includes(a.layer))
    .filter((a) => f.documents.length === 0 || f.documents.includes(a.documentId))
    .filter((a) => !text || [a.anchor?.quote ?? '', a.comment, a.text, ...a.tags].some((s) => s.toLowerCase().includes(text)))
    .sort((a, b) => (docOrder ? (docOrder.get(a.documentId) ?? 0) - (docOrder.get(b.documentId) ?? 0) : 0) || a.pageIndex - b.pageIndex || topOf(b) - topOf(a));
}

/** The highest point of an annotation in PDF units (y grows upwards). */
export function topOf(a: Annotation): number {
  const ys = [...a.rects.map((r) => r[3]), ...a.ink.flatMap((s) => s.map((p) => p[1]))];
  return ys.length ? Math.max(...ys) : 0;
}

/** The values present in a list, for the filter's options. */
export const distinct = (values: string[]): string[] => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'zh-CN'));
