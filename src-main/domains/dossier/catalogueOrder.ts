import type { Database } from 'better-sqlite3';
import type { Volume } from '../../../src-shared/contract/calls/documentCalls';
import type { WriteTx } from '../../write/writeTx';

/**
 * The position for a new document in its volume, so the volume stays in catalogue order; shifts later
 * documents through `tx` when needed. PLACEHOLDER: being replaced by the catalogue work; keep the signature.
 */
export function placeNewDocument(tx: WriteTx, db: Database, caseId: string, volume: Volume, category: string): number {
  void tx;
  void category;
  const row = db.prepare('SELECT max(position) AS p FROM documents WHERE case_id = ? AND volume = ?').get(caseId, volume) as { p: number | null };
  return (row.p ?? -1) + 1;
}
