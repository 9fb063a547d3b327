import type { Database, Statement } from 'better-sqlite3';
import { CallFailure } from '../../../src-shared/contract/errors';
import type { CallOutput } from '../../../src-shared/contract/contract';
import type { Volume } from '../../../src-shared/contract/calls/documentCalls';
import { DOSSIER_VOLUMES, type DossierVolume } from '../../../src-shared/domain/dossierVisibility';
import { SEARCH_RANK_POOL, SEARCH_TOTAL_CAP } from '../../../src-shared/search/searchLimits';
import { buildSnippet, type SnippetSegment } from '../../../src-shared/search/searchSnippet';
import { caseToken, matchExpression, parseQuery, volumeToken, type QueryTerm } from '../../../src-shared/search/searchTokens';
import { writeGeneration } from '../../write/writeGeneration';
import { numberVolumes, volumePageOf, type VolumePages } from '../dossier/volumeNumbering';

export type SearchOutput = CallOutput<'search.pages'>;

export interface SearchRequest {
  query: string;
  caseId?: string;
  limit: number;
  offset: number;
  /** The volumes the searching user may see: visibleVolumes(role) (src-shared/domain/dossierVisibility). */
  volumes: readonly DossierVolume[];
}

/**
 * The FTS5 expression for a request: the query's terms, limited to the case when one is given and to the
 * volumes the role may see. Scope is part of the index (case and volume tokens, migration 5), so counting and
 * paging stay exact and fast. Null when the role sees no volume at all.
 */
export function scopedExpression(request: SearchRequest, terms: QueryTerm[] = parseQuery(request.query)): string | null {
  if (!terms.length) throw new CallFailure('VALIDATION', '检索词中没有可检索的文字：请输入汉字、数字或字母（标点符号不参与检索）');
  const parts = [`(${matchExpression(terms)})`];
  if (request.caseId) parts.push(`"${caseToken(request.caseId)}"`);
  const { volumes } = request;
  if (volumes.length === 0) return null;
  if (volumes.length < DOSSIER_VOLUMES.length) parts.push(`(${volumes.map((v) => `"${volumeToken(v)}"`).join(' OR ')})`);
  return parts.join(' AND ');
}

interface PageRow {
  r: number;
  page_index: number;
  bytes: Buffer | null;
  document_id: string;
}

interface DocumentRow {
  case_id: string;
  case_number: string;
  case_type: string;
  id: string;
  title: string;
  category: string;
  volume: Volume;
  page_count: number;
}

const SQL = {
  caseExists: `SELECT 1 FROM cases WHERE id = ?`,
  count: `SELECT count(*) AS n FROM (SELECT 1 FROM page_search WHERE page_search MATCH @q LIMIT @cap)`,
  // Across cases, up to RANK_POOL matches: their relevance (bm25), sorted in rankedWindow. (FTS5's own
  // ORDER BY rank costs as much again as computing bm25; joining every match for the tie-break, more.)
  ranked: `SELECT rowid, rank FROM page_search WHERE page_search MATCH @q`,
  // For pages of equal relevance (the same boilerplate page in many cases): the newer case first, then dossier order.
  tieKeys: `SELECT p.rowid AS r, c.filed_on, c.rowid AS case_row, d.volume <> 'main' AS internal, d.position, d.created_at,
      d.id AS document_id, p.page_index
    FROM pages p JOIN documents d ON d.id = p.document_id JOIN cases c ON c.id = d.case_id
    WHERE p.rowid IN (SELECT value FROM json_each(?))`,
  // Inside one case: dossier order (正卷 then 副卷, catalogue order, page), as a reader goes through it.
  dossier: `SELECT p.rowid FROM page_search s JOIN pages p ON p.rowid = s.rowid JOIN documents d ON d.id = p.document_id
    WHERE page_search MATCH @q
    ORDER BY d.volume <> 'main', d.position, d.created_at, d.id, p.page_index LIMIT @limit OFFSET @offset`,
  // Across cases, more matches than that: the most recently added pages first, straight from the index.
  newest: `SELECT rowid FROM page_search WHERE page_search MATCH @q ORDER BY rowid DESC LIMIT @limit OFFSET @offset`,
  // The text as its UTF-8 bytes: see snippetOf.
  hits: `SELECT rowid AS r, page_index, CAST(text AS BLOB) AS bytes, document_id FROM pages WHERE rowid IN (SELECT value FROM json_each(?))`,
  // Every document of the hits' cases, in catalogue order as volumePageNumbers (dossier/volumeNumbering) reads
  // them: the hits' documents, and where each sits in its volume's page numbering.
  documents: `SELECT d.case_id, c.case_number, c.case_type, d.id, d.title, d.category, d.volume, d.page_count
    FROM documents d JOIN cases c ON c.id = d.case_id
    WHERE d.case_id IN (SELECT DISTINCT d2.case_id FROM documents d2 WHERE d2.id IN (SELECT value FROM json_each(?)))
    ORDER BY d.case_id, d.volume, d.position, d.created_at, d.id`,
};

type Statements = { [K in keyof typeof SQL]: Statement };
const prepared = new WeakMap<Database, Statements>();
/** The orders give page rowids only. */
const ROWID_LISTS = new Set(['dossier', 'newest']);

/** The statements, prepared once per connection (preparing the ranking query costs as much as running it). */
function statements(db: Database): Statements {
  let s = prepared.get(db);
  if (!s) {
    s = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, ROWID_LISTS.has(k) ? db.prepare(sql).pluck() : db.prepare(sql)])) as Statements;
    prepared.set(db, s);
  }
  return s;
}

/** Full-text search of page text with snippets; see searchTokens.ts for the matching rules, searchLimits.ts for the bounds. */
export function searchPages(db: Database, request: SearchRequest): SearchOutput {
  const terms = parseQuery(request.query);
  const q = scopedExpression(request, terms);
  const st = statements(db);
  if (request.caseId && !st.caseExists.get(request.caseId)) {
    throw new CallFailure('NOT_FOUND', '案件不存在');
  }
  if (q === null) return { total: 0, hits: [] };
  const total = (st.count.get({ q, cap: SEARCH_TOTAL_CAP }) as { n: number }).n;
  const { offset, limit } = request;
  const end = Math.min(offset + limit, total);
  if (offset >= end) return { total, hits: [] };

  const rowids = !request.caseId && total <= SEARCH_RANK_POOL
    ? rankedWindow(st, q, offset, limit)
    : ((request.caseId ? st.dossier : st.newest).all({ q, limit, offset }) as number[]);
  if (!rowids.length) return { total, hits: [] };

  const pages = new Map((st.hits.all(JSON.stringify(rowids)) as PageRow[]).map((row) => [row.r, row]));
  const documents = documentsOf(db, st, [...new Set([...pages.values()].map((p) => p.document_id))]);
  const needle = literalOf(terms);
  const hits: SearchOutput['hits'] = [];
  for (const r of rowids) {
    const page = pages.get(r);
    const doc = page && documents.get(page.document_id);
    if (!page || !doc) continue;
    hits.push({
      caseId: doc.case_id,
      caseNumber: doc.case_number,
      documentId: doc.id,
      documentTitle: doc.title,
      category: doc.category,
      pageIndex: page.page_index,
      volumePage: volumePageOf(doc.numbering, page.page_index),
      snippet: snippetOf(page.bytes ?? Buffer.alloc(0), terms, needle),
    });
  }
  return { total, hits };
}

interface TieKey {
  r: number;
  filed_on: string;
  case_row: number;
  internal: number;
  position: number;
  created_at: string;
  document_id: string;
  page_index: number;
}
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const compareTies = (a: TieKey, b: TieKey): number =>
  text(b.filed_on, a.filed_on) || b.case_row - a.case_row || a.internal - b.internal || a.position - b.position
  || text(a.created_at, b.created_at) || text(a.document_id, b.document_id) || a.page_index - b.page_index;

/**
 * Matches [offset, offset + limit) in relevance order: bm25, and among pages of equal bm25 the newer case
 * first, then dossier order. Only the pages tied with the window's edges need their case looked up.
 */
function rankedWindow(st: Statements, q: string, offset: number, limit: number): number[] {
  const ranked = (st.ranked.raw().all({ q }) as [number, number][]).sort((a, b) => a[1] - b[1]);
  let from = offset;
  let to = Math.min(offset + limit, ranked.length);
  if (from >= to) return [];
  while (from > 0 && ranked[from - 1]![1] === ranked[from]![1]) from--;
  while (to < ranked.length && ranked[to]![1] === ranked[to - 1]![1]) to++;
  const window = ranked.slice(from, to);
  const keys = new Map((st.tieKeys.all(JSON.stringify(window.map(([r]) => r))) as TieKey[]).map((k) => [k.r, k]));
  return window
    .sort((a, b) => a[1] - b[1] || compareTies(keys.get(a[0])!, keys.get(b[0])!))
    .slice(offset - from, offset - from + limit)
    .map(([r]) => r);
}

/**
 * The UTF-8 bytes of a one-term query of Chinese characters and digits (a phrase, 案号, ID or phone number: the
 * common cases), as it occurs literally in a hit page when the page writes it the same way (ASCII digits, no
 * spaces); Latin letters are excluded, since the index folds their case.
 */
const literalOf = (terms: QueryTerm[]): Buffer | null =>
  terms.length === 1 && terms[0]!.every((u) => u.kind === 'c' || /^[0-9]+$/.test(u.text))
    ? Buffer.from(terms[0]!.map((u) => u.text).join(''), 'utf8')
    : null;

const isAsciiAlnum = (b: number | undefined) =>
  b !== undefined && ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

// Bytes of context read around a literal hit: enough for the snippet's window of ~72 characters (3 bytes each).
const BEFORE_BYTES = 150;
const AFTER_BYTES = 400;
const isContinuation = (b: number | undefined) => b !== undefined && (b & 0xc0) === 0x80;
const hasText = (bytes: Buffer, from: number, to: number) => {
  for (let i = from; i < to; i++) if (bytes[i]! > 0x20) return true;
  return false;
};

/**
 * The hit's snippet. Turning a page's whole text into a JavaScript string costs more than the rest of the
 * search, so for a one-term query only the bytes around its first literal occurrence are decoded. A page
 * without one (its hit runs over a line end, or the number inside a longer word) and every other query read
 * the whole text.
 */
function snippetOf(bytes: Buffer, terms: QueryTerm[], needle: Buffer | null): SnippetSegment[] {
  let at = needle ? bytes.indexOf(needle) : -1;
  // A number followed by Chinese in the query is a whole word there: 2026年 does not occur in 12026年 (a number
  // alone is found inside longer numbers too).
  if (at > 0 && terms[0]!.length > 1 && terms[0]![0]!.kind === 'w' && isAsciiAlnum(bytes[at - 1])) at = -1;
  if (at < 0) return buildSnippet(bytes.toString('utf8'), terms);
  let from = Math.max(0, at - BEFORE_BYTES);
  while (isContinuation(bytes[from])) from++;
  let to = Math.min(bytes.length, at + needle!.length + AFTER_BYTES);
  while (to < bytes.length && isContinuation(bytes[to])) to--;
  const excerpt = { before: hasText(bytes, 0, from), after: hasText(bytes, to, bytes.length) };
  return buildSnippet(bytes.toString('utf8', from, to), terms, { excerpt });
}

type NumberedDocument = DocumentRow & { numbering?: VolumePages };

/**
 * Numbered documents by id, kept until the data changes (writeGeneration): a search shows the volume page of
 * every hit, which needs every document of the hit's case, and the same cases come up search after search.
 */
const numberedCache = new WeakMap<Database, { generation: string; documents: Map<string, NumberedDocument> }>();
const NUMBERED_CACHE_MAX = 50_000;

/** The given documents with their case and their place in the volume's page numbering (numberVolumes, per case). */
function documentsOf(db: Database, st: Statements, documentIds: string[]): Map<string, NumberedDocument> {
  const generation = writeGeneration(db);
  let cache = numberedCache.get(db);
  if (!cache || cache.generation !== generation || cache.documents.size > NUMBERED_CACHE_MAX) {
    cache = { generation, documents: new Map() };
    numberedCache.set(db, cache);
  }
  const known = cache.documents;
  const missing = documentIds.filter((id) => !known.has(id));
  if (missing.length) {
    const rows = st.documents.all(JSON.stringify(missing)) as DocumentRow[];
    for (let i = 0; i < rows.length; ) {
      let j = i;
      while (j < rows.length && rows[j]!.case_id === rows[i]!.case_id) j++;
      const numbering = numberVolumes(rows.slice(i, j), rows[i]!.case_type);
      for (let k = i; k < j; k++) known.set(rows[k]!.id, { ...rows[k]!, numbering: numbering.get(rows[k]!.id) });
      i = j;
    }
  }
  return new Map(documentIds.flatMap((id) => (known.has(id) ? [[id, known.get(id)!] as const] : [])));
}
