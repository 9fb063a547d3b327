import type { Migration } from '../migration';

// A page's scope tokens (scopeTokens in src-shared/search/searchTokens.ts): its case and its volume.
const SCOPE = (caseId: string, volume: string) => `' k' || hex(${caseId}) || ' v' || ${volume}`;
const PAGE_TOKENS = (page: string) =>
  `cd_search_tokens(${page}.text) || coalesce((SELECT ${SCOPE('case_id', 'volume')} FROM documents WHERE id = ${page}.document_id), '')`;

/**
 * Full-text search over page text (tokens: src-shared/search/searchTokens.ts). SQLite's tokenizers do not cut
 * Chinese into words and FTS5's trigram tokenizer cannot find 1- or 2-character queries, so pages are indexed
 * as consecutive character pairs plus single characters (long numbers also as overlapping 4-digit pieces).
 * Each page also carries tokens for its case and its volume, so a search inside one case, or limited to the
 * volumes a role may see, is an FTS5 AND: exact and fast for counts and paging alike.
 * The index is contentless (the text lives in pages) and kept by triggers calling cd_search_tokens(), which
 * openDatabase registers, so it changes in the same transaction as the pages and never drifts from them;
 * a document moved to another case or volume is re-indexed.
 */
export const m0005SearchIndex: Migration = {
  version: 5,
  name: 'searchIndex',
  sql: `
CREATE VIRTUAL TABLE page_search USING fts5(tokens, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
CREATE TRIGGER pages_search_insert AFTER INSERT ON pages BEGIN
  INSERT INTO page_search (rowid, tokens) VALUES (new.rowid, ${PAGE_TOKENS('new')});
END;
CREATE TRIGGER pages_search_update AFTER UPDATE OF text, document_id ON pages
  WHEN old.text IS NOT new.text OR old.document_id IS NOT new.document_id BEGIN
  DELETE FROM page_search WHERE rowid = old.rowid;
  INSERT INTO page_search (rowid, tokens) VALUES (new.rowid, ${PAGE_TOKENS('new')});
END;
CREATE TRIGGER pages_search_delete AFTER DELETE ON pages BEGIN
  DELETE FROM page_search WHERE rowid = old.rowid;
END;
CREATE TRIGGER documents_search_scope AFTER UPDATE OF case_id, volume ON documents
  WHEN old.case_id IS NOT new.case_id OR old.volume IS NOT new.volume BEGIN
  DELETE FROM page_search WHERE rowid IN (SELECT rowid FROM pages WHERE document_id = new.id);
  INSERT INTO page_search (rowid, tokens)
    SELECT rowid, cd_search_tokens(text) || ${SCOPE('new.case_id', 'new.volume')} FROM pages WHERE document_id = new.id;
END;
INSERT INTO page_search (rowid, tokens)
  SELECT p.rowid, cd_search_tokens(p.text) || ${SCOPE('d.case_id', 'd.volume')} FROM pages p JOIN documents d ON d.id = p.document_id;
`,
};
