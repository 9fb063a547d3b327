import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { AppContext } from '../../app/appContext';
import type { WriteTx } from '../../write/writeTx';
import { placeNewDocument } from '../dossier/catalogueOrder';
import { A4 } from './pdfFlow';

export interface SignedPdf {
  bytes: Uint8Array;
  title: string;
  originalName: string;
  pageTexts: string[];
}

/**
 * Files a finished (signed) PDF in the case's 正卷 under 庭审笔录, inside the caller's write: blob row,
 * document row and one page row per page with the text we drew (so search and the reader see it at once).
 * The blob file itself is stored before the write (see putSignedBlob). Returns the new document's id.
 */
export function fileSignedPdf(app: AppContext, tx: WriteTx, caseId: string, pdf: SignedPdf, blob: { sha256: string; sizeBytes: number }, userId: string | null): string {
  const now = app.now().toISOString();
  if (!app.db.prepare('SELECT 1 FROM blobs WHERE sha256 = ?').get(blob.sha256)) {
    tx.insert('blob', blob.sha256, { size_bytes: blob.sizeBytes, media_type: 'application/pdf', created_at: now });
  }
  const id = uuidv7();
  tx.insert('document', id, {
    case_id: caseId,
    title: pdf.title,
    category: '庭审笔录',
    volume: 'main',
    blob_sha256: blob.sha256,
    page_count: pdf.pageTexts.length,
    size_bytes: blob.sizeBytes,
    position: placeNewDocument(tx, app.db, caseId, 'main', '庭审笔录'),
    created_at: now,
    original_name: pdf.originalName,
    media_type: 'application/pdf',
    rendition_sha256: null,
    category_source: 'user',
    category_confidence: null,
    imported_by: userId,
  });
  pdf.pageTexts.forEach((text, index) => {
    tx.insert('page', uuidv7(), { document_id: id, page_index: index, text, text_source: 'pdf', width: A4.width, height: A4.height, rotation: 0 });
  });
  return id;
}
