import type { Database } from 'better-sqlite3';
import type { Volume } from '../../../src-shared/contract/calls/documentCalls';
import { categoryRank } from '../../../src-shared/catalogue/categories';
import type { WriteTx } from '../../write/writeTx';

/**
 * Positions are integers spaced POSITION_GAP apart (a reorder writes 1×, 2×, 3× the gap), so a new
 * document usually fits between two others without touching them; only when there is no room are the
 * later documents shifted (each shift is a real change: it goes through the write path and bumps the
 * row's version).
 */
export const POSITION_GAP = 1024;

interface PlacedRow {
  id: string;
  category: string;
  position: number;
}

const caseTypeOf = (db: Database, caseId: string): string | undefined =>
  (db.prepare('SELECT case_type FROM cases WHERE id = ?').get(caseId) as { case_type: string } | undefined)?.case_type;

const volumeRows = (db: Database, caseId: string, volume: Volume, exceptId: string | null): PlacedRow[] =>
  (db
    .prepare('SELECT id, category, position FROM documents WHERE case_id = ? AND volume = ? ORDER BY position, created_at, id')
    .all(caseId, volume) as PlacedRow[]).filter((r) => r.id !== exceptId);

/**
 * The position for a new document in its volume, so the volume stays in catalogue order; shifts later
 * documents through `tx` when needed. Call it inside the write that inserts the document (documents
 * inserted earlier in the same write are seen).
 */
export function placeNewDocument(tx: WriteTx, db: Database, caseId: string, volume: Volume, category: string): number {
  return placeInVolume(tx, db, caseId, volume, category, null);
}

/**
 * Where in the volume a document of catalogue rank `rank` goes: the gap that leaves the fewest pairs out
 * of catalogue order (in an ordered volume: after the documents of earlier or the same categories, so a
 * second 证据材料 follows the first; in a volume a person has disordered, one stray document does not
 * drag the newcomer along). Returns the index of the document it goes after (-1: first).
 */
export function bestGap(ranks: readonly number[], rank: number): number {
  let cost = ranks.filter((r) => r < rank).length; // inserting before everything
  let best = { cost, after: -1 };
  ranks.forEach((r, i) => {
    if (r > rank) cost += 1;
    if (r < rank) cost -= 1;
    if (cost <= best.cost) best = { cost, after: i };
  });
  return best.after;
}

/**
 * The position for a document of `category` in `volume` (see bestGap). `exceptId` is a document being
 * moved, which does not count as a neighbour.
 */
export function placeInVolume(tx: WriteTx, db: Database, caseId: string, volume: Volume, category: string, exceptId: string | null): number {
  const caseType = caseTypeOf(db, caseId);
  const rows = volumeRows(db, caseId, volume, exceptId);
  const after = bestGap(rows.map((r) => categoryRank(caseType, r.category)), categoryRank(caseType, category));
  const prev = rows[after]?.position;
  const next = rows[after + 1]?.position;
  if (next === undefined) return (prev ?? 0) + POSITION_GAP;
  const low = prev ?? next - POSITION_GAP;
  if (next - low >= 2) return low + Math.floor((next - low) / 2);
  // No room: move every later document one gap further (from the last, so positions never collide).
  for (const r of rows.slice(after + 1).reverse()) tx.update('document', r.id, { position: r.position + POSITION_GAP });
  return low + Math.floor((next + POSITION_GAP - low) / 2);
}

/**
 * Whether a document of `category` at `position` already sits in catalogue order among its neighbours
 * (then a change of category need not move it).
 */
export function fitsAt(db: Database, caseId: string, volume: Volume, category: string, documentId: string): boolean {
  const caseType = caseTypeOf(db, caseId);
  const all = volumeRows(db, caseId, volume, null);
  const i = all.findIndex((r) => r.id === documentId);
  if (i < 0) return false;
  const rank = categoryRank(caseType, category);
  const before = all[i - 1];
  const after = all[i + 1];
  return (!before || categoryRank(caseType, before.category) <= rank) && (!after || categoryRank(caseType, after.category) >= rank);
}
