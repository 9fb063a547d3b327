import { createHash } from 'node:crypto';
import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppContext } from '../../../app/appContext';
import type { CallContext } from '../../../services/callContext';
import { uuidv7 } from '../../../../src-shared/util/uuidv7';
import { placeNewDocument } from '../catalogueOrder';
import type { Placement } from './classifyImport';

export interface NewPage {
  text: string;
  source: 'pdf' | 'ocr' | 'none';
  width: number;
  height: number;
  rotation: number;
}

export interface NewDocument {
  caseId: string;
  title: string;
  originalName: string;
  mediaType: string;
  original: Uint8Array;
  /** A PDF made from an image original. */
  rendition: Uint8Array | null;
  placement: Placement;
  pages: NewPage[];
}

/** Either the new document's id, or the id of the same file already in this case. */
export type Saved = { documentId: string; duplicateOf: null } | { documentId: string; duplicateOf: string };

/**
 * Stores the blobs, then writes blob rows, the document and its pages in ONE write-path transaction.
 * If the write fails, blob files this call created are removed again (a blob some row references is never
 * touched), so a failed file leaves nothing behind. Blob put, write and cleanup are synchronous: no other
 * import can interleave with them in this process.
 */
export function saveDocument(ctx: CallContext, doc: NewDocument): Saved {
  const { app } = ctx;
  const created: string[] = [];
  const put = (bytes: Uint8Array) => {
    const known = app.blobs.has(hashBytes(bytes));
    const blob = app.blobs.put(bytes);
    if (!known) created.push(blob.sha256);
    return blob;
  };
  try {
    const original = put(doc.original);
    const rendition = doc.rendition ? put(doc.rendition) : null;
    const now = app.now().toISOString();
    return ctx.write(doc.caseId, (tx) => {
      // Checked again inside the transaction: two imports of one file into one case make one document.
      const same = app.db.prepare('SELECT id FROM documents WHERE case_id = ? AND blob_sha256 = ? ORDER BY rowid LIMIT 1').get(doc.caseId, original.sha256) as { id: string } | undefined;
      if (same) return { documentId: same.id, duplicateOf: same.id };
      const hasRow = app.db.prepare('SELECT 1 FROM blobs WHERE sha256 = ?');
      if (!hasRow.get(original.sha256)) tx.insert('blob', original.sha256, { size_bytes: original.sizeBytes, media_type: doc.mediaType, created_at: now });
      if (rendition && !hasRow.get(rendition.sha256)) tx.insert('blob', rendition.sha256, { size_bytes: rendition.sizeBytes, media_type: 'application/pdf', created_at: now });
      const id = uuidv7();
      const { placement: p } = doc;
      tx.insert('document', id, {
        case_id: doc.caseId,
        title: doc.title,
        category: p.category,
        volume: p.volume,
        blob_sha256: original.sha256,
        page_count: doc.pages.length,
        size_bytes: original.sizeBytes,
        position: placeNewDocument(tx, app.db, doc.caseId, p.volume, p.category),
        created_at: now,
        original_name: doc.originalName,
        media_type: doc.mediaType,
        rendition_sha256: rendition?.sha256 ?? null,
        category_source: p.source,
        category_confidence: p.confidence,
        imported_by: ctx.actor?.userId ?? null,
      });
      doc.pages.forEach((page, index) => {
        tx.insert('page', uuidv7(), {
          document_id: id,
          page_index: index,
          text: page.text,
          text_source: page.source,
          width: page.width,
          height: page.height,
          rotation: page.rotation,
        });
      });
      return { documentId: id, duplicateOf: null };
    });
  } catch (err) {
    for (const sha of created) removeOrphanBlob(app, sha);
    throw err;
  }
}

/** The SHA-256 the blob store names these bytes by. */
export const hashBytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Deletes a blob file no row refers to (and its folder when that is left empty). */
export function removeOrphanBlob(app: AppContext, sha256: string): void {
  if (app.db.open && app.db.prepare('SELECT 1 FROM blobs WHERE sha256 = ?').get(sha256)) return;
  const path = app.blobs.pathOf(sha256);
  rmSync(path, { force: true });
  try {
    if (readdirSync(dirname(path)).length === 0) rmdirSync(dirname(path));
  } catch {
    // the folder is gone or still used: either way nothing to do
  }
}
