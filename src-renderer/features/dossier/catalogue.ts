import type { DossierDocument, Volume } from '../../../src-shared/contract/calls/documentCalls';
import type { CallOutput } from '../../../src-shared/contract/contract';

export type CategoryDef = CallOutput<'dossier.categories'>['categories'][number];
export const VOLUMES: Volume[] = ['main', 'internal'];

/** One category of a volume with its documents in catalogue order. `known` is false for a name the catalogue lacks. */
export interface CatalogueGroup {
  volume: Volume;
  category: string;
  known: boolean;
  docs: DossierDocument[];
}

const byPosition = (a: DossierDocument, b: DossierDocument): number => a.position - b.position;

/**
 * The categories of one volume in catalogue order with their documents; empty categories only when
 * `showEmpty`. Documents filed under a name the catalogue does not know come last, so nothing is hidden.
 */
export function groupVolume(categories: CategoryDef[], docs: DossierDocument[], volume: Volume, showEmpty: boolean): CatalogueGroup[] {
  const inVolume = docs.filter((d) => d.volume === volume).sort(byPosition);
  const known = categories.filter((c) => c.volume === volume).map((c) => c.name);
  const groups: CatalogueGroup[] = known.map((category) => ({
    volume,
    category,
    known: true,
    docs: inVolume.filter((d) => d.category === category),
  }));
  const others = [...new Set(inVolume.map((d) => d.category).filter((c) => !known.includes(c)))];
  groups.push(...others.map((category) => ({ volume, category, known: false, docs: inVolume.filter((d) => d.category === category) })));
  return groups.filter((g) => showEmpty || g.docs.length > 0);
}

/** The document ids of a volume in the order the catalogue shows them. */
export const volumeOrder = (groups: CatalogueGroup[]): string[] => groups.flatMap((g) => g.docs.map((d) => d.id));

/** Where a dragged document was dropped: onto a category, or before/after another document. */
export type DropTarget = { kind: 'category'; volume: Volume; category: string } | { kind: 'doc'; id: string; after: boolean };

/** What a drop means: a new category (maybe in the other volume) and/or a new order of the target volume. */
export interface DropPlan {
  doc: DossierDocument;
  category: string | null;
  volume: Volume;
  orderedIds: string[] | null;
}

/**
 * Turns a drop into the calls to make (documents.setCategory, documents.reorder). Dropped onto a category:
 * the document changes category and the server places it. Dropped beside a document: it takes that
 * document's category and lands right before or after it. Null when nothing changes.
 */
export function planDrop(docs: DossierDocument[], groupsOf: (v: Volume) => CatalogueGroup[], dragId: string, target: DropTarget): DropPlan | null {
  const doc = docs.find((d) => d.id === dragId);
  if (!doc) return null;
  if (target.kind === 'category') {
    if (target.category === doc.category) return null;
    return { doc, category: target.category, volume: target.volume, orderedIds: null };
  }
  const anchor = docs.find((d) => d.id === target.id);
  if (!anchor || anchor.id === doc.id) return null;
  const before = volumeOrder(groupsOf(anchor.volume));
  const order = before.filter((id) => id !== doc.id);
  order.splice(order.indexOf(anchor.id) + (target.after ? 1 : 0), 0, doc.id);
  const category = anchor.category === doc.category ? null : anchor.category;
  const moved = order.join() !== before.join();
  if (!category && !moved) return null;
  return { doc, category, volume: anchor.volume, orderedIds: order };
}

/** An automatic category the classifier was unsure of: the catalogue invites a check. */
export const needsCheck = (d: DossierDocument): boolean => d.categorySource === 'auto' && d.confidence !== null && d.confidence < 0.6;
