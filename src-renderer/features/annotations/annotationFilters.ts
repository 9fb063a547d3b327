import type { Annotation, AnnotationKind, AnnotationLayer } from '../../../src-shared/annotations/annotation';
import { topOf } from '../../../src-shared/annotations/annotationPlace';

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
  const keeps = (a: Annotation): boolean =>
    (f.kinds.length === 0 || f.kinds.includes(a.kind)) &&
    (f.colors.length === 0 || f.colors.includes(a.color.toUpperCase())) &&
    (f.tags.length === 0 || a.tags.some((t) => f.tags.includes(t))) &&
    (f.authors.length === 0 || f.authors.includes(a.authorName)) &&
    (f.layers.length === 0 || f.layers.includes(a.layer)) &&
    (f.documents.length === 0 || f.documents.includes(a.documentId)) &&
    (!text || [a.anchor?.quote ?? '', a.comment, a.text, ...a.tags].some((s) => s.toLowerCase().includes(text)));
  // Each annotation's sort key is worked out once, not in every comparison: a volume may hold 10,000.
  const keyed = list.filter(keeps).map((a) => ({ a, doc: docOrder?.get(a.documentId) ?? 0, top: topOf(a) }));
  keyed.sort((x, y) => x.doc - y.doc || x.a.pageIndex - y.a.pageIndex || y.top - x.top);
  return keyed.map((k) => k.a);
}

/** The values present in a list, for the filter's options. */
export const distinct = (values: string[]): string[] => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'zh-CN'));
