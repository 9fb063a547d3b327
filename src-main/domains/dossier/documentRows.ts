import type { Database } from 'better-sqlite3';
import type { DossierDocument, Volume } from '../../../src-shared/contract/calls/documentCalls';
import { CallFailure } from '../../../src-shared/contract/errors';
import type { CaseType } from '../../../src-shared/domain/caseNumber';
import type { CaseStage, PartyRole, Procedure } from '../../../src-shared/domain/caseStages';
import { numberVolumes } from './volumeNumbering';

export interface DocumentRow {
  id: string;
  case_id: string;
  title: string;
  category: string;
  category_source: 'auto' | 'user' | 'scan';
  category_confidence: number | null;
  volume: Volume;
  position: number;
  page_count: number;
  size_bytes: number;
  media_type: string;
  original_name: string | null;
  blob_sha256: string;
  rendition_sha256: string | null;
  created_at: string;
  version: number;
  /** Pages with no text even after OCR (text_source 'none' or only whitespace). */
  no_text: number;
  ocr_pages: number;
}

/** The facts of a case the catalogue needs. */
export interface CaseFacts {
  id: string;
  caseType: CaseType;
  caseNumber: string;
  cause: string;
  stage: CaseStage;
  procedure: Procedure;
  filedOn: string;
  courtName: string;
  judgeName: string | null;
  /** When the case reached 结案, if it has. */
  closedAt: string | null;
  parties: { role: PartyRole; name: string; kind: 'person' | 'organization' }[];
}

/** Whitespace SQLite's trim() must strip to see an empty page: space, tab, LF, CR, ideographic space. */
const BLANK = 'char(32, 9, 10, 13, 12288)';

/** Catalogue order: the 正卷 before the 副卷, then position (ties: the older document first). */
const SELECT_DOCUMENTS = `
SELECT d.id, d.case_id, d.title, d.category, d.category_source, d.category_confidence, d.volume, d.position, d.page_count,
  d.size_bytes, d.media_type, d.original_name, d.blob_sha256, d.rendition_sha256, d.created_at, d.version,
  (SELECT count(*) FROM pages p WHERE p.document_id = d.id AND (p.text_source = 'none' OR trim(p.text, ${BLANK}) = '')) AS no_text,
  (SELECT count(*) FROM pages p WHERE p.document_id = d.id AND p.text_source = 'ocr') AS ocr_pages
FROM documents d`;
const ORDER = `ORDER BY CASE d.volume WHEN 'main' THEN 0 ELSE 1 END, d.position, d.created_at, d.id`;

export function documentRows(db: Database, caseId: string): DocumentRow[] {
  return db.prepare(`${SELECT_DOCUMENTS} WHERE d.case_id = ? ${ORDER}`).all(caseId) as DocumentRow[];
}

export function documentRow(db: Database, id: string): DocumentRow {
  const row = db.prepare(`${SELECT_DOCUMENTS} WHERE d.id = ?`).get(id) as DocumentRow | undefined;
  if (!row) throw new CallFailure('NOT_FOUND', '材料不存在');
  return row;
}

export function caseFacts(db: Database, caseId: string): CaseFacts {
  const c = db
    .prepare(`SELECT c.id, c.case_type, c.case_number, c.cause, c.stage, c.procedure, c.filed_on, k.name AS court_name, u.display_name AS judge_name,
        (SELECT max(at) FROM case_events e WHERE e.case_id = c.id AND e.stage = 'closed') AS closed_at
      FROM cases c JOIN courts k ON k.id = c.court_id LEFT JOIN users u ON u.id = c.judge_id WHERE c.id = ?`)
    .get(caseId) as Record<string, string | null> | undefined;
  if (!c) throw new CallFailure('NOT_FOUND', '案件不存在');
  const parties = db.prepare('SELECT role, name, kind FROM parties WHERE case_id = ? ORDER BY position').all(caseId) as CaseFacts['parties'];
  return {
    id: c.id!, caseType: c.case_type as CaseType, caseNumber: c.case_number!, cause: c.cause!, stage: c.stage as CaseStage,
    procedure: c.procedure as Procedure, filedOn: c.filed_on!, courtName: c.court_name!, judgeName: c.judge_name ?? null,
    closedAt: c.closed_at ?? null, parties,
  };
}

export function toDocument(r: DocumentRow, firstPage: number | null): DossierDocument {
  return {
    id: r.id,
    caseId: r.case_id,
    title: r.title,
    category: r.category,
    categorySource: r.category_source,
    confidence: r.category_source === 'user' ? null : r.category_confidence,
    volume: r.volume,
    position: r.position,
    pageCount: r.page_count,
    firstPage,
    pagesWithoutText: r.no_text,
    ocrPages: r.ocr_pages,
    sizeBytes: r.size_bytes,
    mediaType: r.media_type,
    originalName: r.original_name,
    createdAt: r.created_at,
    version: r.version,
  };
}

/** The case's documents in catalogue order with their volume page numbers: what documents.list returns. */
export function listDocuments(db: Database, caseId: string): DossierDocument[] {
  const facts = caseFacts(db, caseId);
  const rows = documentRows(db, caseId);
  const numbers = numberVolumes(rows, facts.caseType);
  return rows.map((r) => toDocument(r, numbers.get(r.id)?.firstPage ?? null));
}
