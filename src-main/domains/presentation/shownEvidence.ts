import type { Database } from '../../db/openDatabase';
import { PARTY_ROLE_LABELS, type PartyRole } from '../../../src-shared/domain/caseStages';
import { evidenceLabel } from '../evidence/evidenceLabel';

export interface ShownEvidencePage {
  documentId: string;
  pageIndex: number;
  sha256: string;
  label: string;
  /** 1-based place of the page within the item, and the item's page count. */
  pageNumber: number;
  pageCount: number;
}

interface Row {
  case_id: string;
  number: number;
  name: string;
  page_from: number | null;
  page_to: number | null;
  deleted_at: string | null;
  document_id: string;
  doc_case_id: string;
  volume: string;
  page_count: number;
  blob_sha256: string;
  rendition_sha256: string | null;
  media_type: string;
  party_role: string | null;
  party_name: string | null;
}

/**
 * The one gate between the dossier and the parties' screen: an evidence page may be shown only when the item
 * is live and of the presentation's case, its document is of the same case and in the 正卷, and the page lies
 * within the item's pages. Checked when the clerk presents AND again whenever the screen asks, so a page
 * moved to the 副卷 or an item deleted afterwards disappears from the screen. Null: not showable.
 */
export function shownEvidencePage(db: Database, caseId: string, evidenceItemId: string, pageIndex: number): ShownEvidencePage | null {
  const r = db.prepare(`SELECT e.case_id, e.number, e.name, e.page_from, e.page_to, e.deleted_at, d.id AS document_id,
      d.case_id AS doc_case_id, d.volume, d.page_count, d.blob_sha256, d.rendition_sha256, d.media_type, p.role AS party_role, p.name AS party_name
    FROM evidence_items e JOIN documents d ON d.id = e.document_id LEFT JOIN parties p ON p.id = e.party_id
    WHERE e.id = ?`).get(evidenceItemId) as Row | undefined;
  if (!r || r.deleted_at !== null || r.case_id !== caseId || r.doc_case_id !== caseId || r.volume !== 'main') return null;
  if (r.page_from === null || r.page_to === null) return null;
  // An image is shown through its PDF rendition; without one there is nothing to show.
  const sha256 = r.rendition_sha256 ?? (r.media_type === 'application/pdf' ? r.blob_sha256 : null);
  if (sha256 === null) return null;
  if (pageIndex < r.page_from || pageIndex > r.page_to || pageIndex >= r.page_count) return null;
  const party = r.party_role ? (PARTY_ROLE_LABELS[r.party_role as PartyRole]?.zh ?? '') : '法院调取';
  return {
    documentId: r.document_id,
    pageIndex,
    sha256,
    label: `${party}${evidenceLabel(r.number)}\u3000${r.name}`,
    pageNumber: pageIndex - r.page_from + 1,
    pageCount: r.page_to - r.page_from + 1,
  };
}
