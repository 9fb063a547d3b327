import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PageSlot } from './pageSlots';
import type { NaturalSize } from './usePageSizes';

/**
 * What the continuous viewer reads pages from: the slots in reading order and, for each slot's document,
 * the open pdf.js document once it is loaded. One document (useSingleSource) or a whole volume whose
 * documents open lazily as their pages come near the viewport (useVolumeSource).
 */
export interface PageSource {
  slots: PageSlot[];
  pdfOf(documentId: string): PDFDocumentProxy | null;
  /** A page's natural size (PDF units, the page's own /Rotate applied); an estimate until its document is open. */
  sizeOf(slot: PageSlot): NaturalSize;
  /** Changes whenever a document opens or closes or its page sizes become known. */
  version: number;
  /** The documents `who` (a viewer, the thumbnails) needs now; the others may be closed. */
  want(who: string, documentIds: readonly string[]): void;
  error: unknown;
  /** The layout can be drawn (slots known). */
  ready: boolean;
}

/** A4 in PDF units: the size assumed for pages of a document not opened yet. */
export const A4: NaturalSize = [595.28, 841.89];
