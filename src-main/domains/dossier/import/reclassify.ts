import type { Database } from 'better-sqlite3';
import type { WriteTx, Fields } from '../../../write/writeTx';
import { placeNewDocument } from '../catalogueOrder';
import { placeImport } from './classifyImport';
import { chooseTitle } from './documentTitle';

/**
 * A scanned document is imported before its first page is read, so its title and category came from the
 * file name alone. Once OCR has read the first page, title and category are decided again, unless a person
 * has touched the document since (it is no longer 'auto' or its version moved on).
 */
export function reclassifyAfterOcr(tx: WriteTx, db: Database, documentId: string, firstPageText: string): void {
  const doc = db
    .prepare(`SELECT d.id, d.case_id, d.title, d.original_name, d.category, d.volume, d.category_source, d.category_confidence, d.version, c.case_type
              FROM documents d JOIN cases c ON c.id = d.case_id WHERE d.id = ?`)
    .get(documentId) as
    | { id: string; case_id: string; title: string; original_name: string | null; category: string; volume: string; category_source: string; category_confidence: number | null; version: number; case_type: string }
    | undefined;
  if (!doc || doc.category_source !== 'auto' || doc.version !== 1 || firstPageText.trim() === '') return;
  const title = chooseTitle(doc.original_name ?? doc.title, firstPageText);
  const p = placeImport(db, { title, firstPageText, caseType: doc.case_type }, null);
  if (title === doc.title && p.category === doc.category && p.volume === doc.volume && p.confidence === doc.category_confidence) return;
  const fields: Fields = { title, category: p.category, volume: p.volume, category_confidence: p.confidence };
  if (p.category !== doc.category || p.volume !== doc.volume) fields.position = placeNewDocument(tx, db, doc.case_id, p.volume, p.category);
  tx.update('document', doc.id, fields);
}
