import type { Database } from 'better-sqlite3';
import type { Volume } from '../../../src-shared/contract/calls/documentCalls';
import { isNumbered } from '../../../src-shared/catalogue/categories';

/** Where a document's pages sit in its volume's page numbering. */
export interface VolumePages {
  volume: Volume;
  /** Volume page number of the document's first page; null for unnumbered items (封面, 目录, 备考表, 卷底) and empty documents. */
  firstPage: number | null;
  pageCount: number;
}

interface NumberableRow {
  id: string;
  category: string;
  volume: Volume;
  page_count: number;
}

/**
 * Continuous page numbers per volume: rows must come in catalogue order (volume, position). Numbered
 * documents take the next numbers; unnumbered categories take none.
 */
export function numberVolumes(rows: readonly NumberableRow[], caseType: string | undefined): Map<string, VolumePages> {
  const next: Record<Volume, number> = { main: 1, internal: 1 };
  const out = new Map<string, VolumePages>();
  for (const r of rows) {
    const numbered = isNumbered(caseType, r.category) && r.page_count > 0;
    out.set(r.id, { volume: r.volume, firstPage: numbered ? next[r.volume] : null, pageCount: r.page_count });
    if (numbered) next[r.volume] += r.page_count;
  }
  return out;
}

/**
 * Volume page numbers of one volume of a case, by document id (search shows "正卷第 37 页" for a hit:
 * firstPage + pageIndex, see volumePageOf). Documents of the other volume are not in the map.
 */
export function volumePageNumbers(db: Database, caseId: string, volume: Volume): Map<string, VolumePages> {
  const caseType = (db.prepare('SELECT case_type FROM cases WHERE id = ?').get(caseId) as { case_type: string } | undefined)?.case_type;
  const rows = db
    .prepare('SELECT id, category, volume, page_count FROM documents WHERE case_id = ? AND volume = ? ORDER BY position, created_at, id')
    .all(caseId, volume) as NumberableRow[];
  return numberVolumes(rows, caseType);
}

/** The volume page number of a document's page (0-based index), or null when the document is unnumbered. */
export function volumePageOf(pages: VolumePages | undefined, pageIndex: number): number | null {
  if (!pages || pages.firstPage === null || pageIndex < 0 || pageIndex >= pages.pageCount) return null;
  return pages.firstPage + pageIndex;
}
