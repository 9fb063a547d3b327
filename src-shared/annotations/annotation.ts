/**
 * An annotation on a dossier document, stored in PDF space: page index + rectangles (or ink strokes) in PDF
 * units (origin bottom-left, as in the PDF), plus the quoted text and its place in the page's text, so it
 * stays on its words when the volume is re-catalogued or re-paginated. The original PDF is never modified.
 */
export const ANNOTATION_KINDS = ['highlight', 'underline', 'strikeout', 'note', 'rect', 'ellipse', 'ink', 'freetext', 'stamp'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/** private: the author only (default); team: the trial team (合议庭); showable: may be shown to the parties in court. */
export const ANNOTATION_LAYERS = ['private', 'team', 'showable'] as const;
export type AnnotationLayer = (typeof ANNOTATION_LAYERS)[number];

export const STAMP_LABELS = ['重点', '存疑', '待核实', '已核实'] as const;

/** [x1, y1, x2, y2] in PDF units of the page's user space (unrotated). */
export type PdfRect = [number, number, number, number];
/** One ink stroke: points [x, y, pressure 0..1] in PDF units. */
export type InkStroke = [number, number, number][];

export interface TextAnchor {
  /** The selected words exactly as in the page text. */
  quote: string;
  /** Up to 32 characters before and after, to tell repeated quotes apart. */
  prefix: string;
  suffix: string;
  /** Character offset of the quote in the page text when it was made. */
  offset: number;
}

export interface Annotation {
  id: string;
  documentId: string;
  pageIndex: number;
  kind: AnnotationKind;
  rects: PdfRect[];
  ink: InkStroke[];
  color: string;
  opacity: number;
  /** The text of a note, free-text box or custom stamp. */
  text: string;
  comment: string;
  tags: string[];
  layer: AnnotationLayer;
  anchor: TextAnchor | null;
  authorId: string;
  authorName: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}
