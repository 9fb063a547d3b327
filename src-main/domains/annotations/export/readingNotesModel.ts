import type { Annotation } from '../../../../src-shared/annotations/annotation';
import { leftOf, topOf } from '../../../../src-shared/annotations/annotationPlace';
import { KIND_LABELS, zhDate } from './labels';

export interface ReadingNotesDocument {
  title: string;
  category: string;
  /** The volume page (1-based) the document starts on, when it is bound into a volume. */
  volumeFirstPage?: number;
  annotations: Annotation[];
}

/** Everything a 阅卷笔录 shows; the caller chooses which annotations (layers, authors) go in. */
export interface ReadingNotesInput {
  caseNumber: string;
  courtName: string;
  cause: string;
  author: string;
  /** ISO instant the notes are made. */
  createdAt: string;
  documents: ReadingNotesDocument[];
}

/** One annotation as a line of the notes. Empty strings for what it does not have. */
export interface NoteEntry {
  /** 第 3 页 / 卷内第 15 页 */
  page: string;
  kind: string;
  /** The words it marks (the anchor's quote). */
  quote: string;
  /** The note's, free text's or stamp's own text. */
  text: string;
  comment: string;
  tags: string[];
}

export const NOTES_TITLE = '阅卷笔录';

/** 案号, 承办法院, 案由, 阅卷人, 阅卷日期: label and value, in the order they are printed. */
export function caseFacts(input: ReadingNotesInput): [string, string][] {
  return [
    ['案　　号', input.caseNumber],
    ['承办法院', input.courtName],
    ['案　　由', input.cause],
    ['阅 卷 人', input.author],
    ['阅卷日期', zhDate(input.createdAt)],
  ];
}

export function pageLabel(pageIndex: number, volumeFirstPage?: number): string {
  const own = `第 ${pageIndex + 1} 页`;
  return volumeFirstPage === undefined ? own : `${own} / 卷内第 ${volumeFirstPage + pageIndex} 页`;
}

/** The document's annotations in reading order: by page, top to bottom, left to right, then by time. */
export function noteEntries(doc: ReadingNotesDocument): NoteEntry[] {
  // Each annotation's place is worked out once, not at every comparison of the sort.
  return doc.annotations
    .map((a) => ({ a, top: topOf(a), left: leftOf(a) }))
    .sort((x, y) => x.a.pageIndex - y.a.pageIndex || y.top - x.top || x.left - y.left || x.a.createdAt.localeCompare(y.a.createdAt))
    .map(({ a }) => ({
      page: pageLabel(a.pageIndex, doc.volumeFirstPage),
      kind: KIND_LABELS[a.kind],
      quote: (a.anchor?.quote ?? '').trim(),
      text: ['note', 'freetext', 'stamp'].includes(a.kind) ? a.text.trim() : '',
      comment: a.comment.trim(),
      tags: a.tags,
    }));
}

const DIGITS = '零一二三四五六七八九';
/** 一, 二, … 十, 十一, … 九十九 (headings); larger numbers stay Arabic. */
export function chineseOrdinal(n: number): string {
  if (n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const [tens, ones] = [Math.floor(n / 10), n % 10];
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}
