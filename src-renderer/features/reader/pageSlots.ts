import type { DossierDocument } from '../../../src-shared/contract/calls/documentCalls';

/** One page place of the continuous reader: a page of one of the documents it shows, in reading order. */
export interface PageSlot {
  /** `${documentId}:${pageIndex}`, stable across layouts. */
  key: string;
  documentId: string;
  pageIndex: number;
  /** Pages of that document. */
  pageCount: number;
  /** Index of the document among those shown. */
  docIndex: number;
  /** The page's number in its volume (卷内页码), null for unnumbered items (封面, 目录, 备考表…). */
  volumePage: number | null;
}

export type Rotation = 0 | 90 | 180 | 270;

export const slotKey = (documentId: string, pageIndex: number): string => `${documentId}:${pageIndex}`;

/**
 * The page slots of documents read one after another (a whole volume in catalogue order, or one document):
 * every page keeps its (document, page) identity, so annotations and bookmarks keep their coordinates, and
 * the volume page number comes from the document's first page as the server numbers the volume
 * (src-main/domains/dossier/volumeNumbering).
 */
export function slotsOf(docs: readonly Pick<DossierDocument, 'id' | 'pageCount' | 'firstPage'>[]): PageSlot[] {
  const slots: PageSlot[] = [];
  docs.forEach((d, docIndex) => {
    for (let pageIndex = 0; pageIndex < d.pageCount; pageIndex++) {
      slots.push({
        key: slotKey(d.id, pageIndex),
        documentId: d.id,
        pageIndex,
        pageCount: d.pageCount,
        docIndex,
        volumePage: d.firstPage === null ? null : d.firstPage + pageIndex,
      });
    }
  });
  return slots;
}

/** The slot of a document's page, or -1. Slots of one document are contiguous, so a map of first slots suffices. */
export function slotIndexOf(firstSlot: ReadonlyMap<string, number>, slots: readonly PageSlot[], documentId: string, pageIndex: number): number {
  const first = firstSlot.get(documentId);
  if (first === undefined) return -1;
  const slot = slots[first];
  if (!slot) return -1;
  return first + Math.max(0, Math.min(slot.pageCount - 1, pageIndex));
}

/** Where each document's first page sits among the slots. */
export function firstSlots(slots: readonly PageSlot[]): Map<string, number> {
  const out = new Map<string, number>();
  slots.forEach((s, i) => {
    if (!out.has(s.documentId)) out.set(s.documentId, i);
  });
  return out;
}

/** The next quarter turn clockwise. */
export const turn = (r: Rotation): Rotation => (((r + 90) % 360) as Rotation);

/** A natural page size [width, height] as seen after a view rotation. */
export const rotatedSize = ([w, h]: [number, number], r: Rotation): [number, number] => (r % 180 === 0 ? [w, h] : [h, w]);
