import type { Migration } from '../migration';

/**
 * The search index gains triples of Chinese characters (src-shared/search/searchTokens.ts), so queries of
 * 3+ characters read shorter lists. The tokens are computed by cd_search_tokens(), so rebuilding the index
 * from the pages, with the scope tokens migration 5 appends, is all it takes; triggers are unchanged.
 */
export const m0012SearchTriples: Migration = {
  version: 12,
  name: 'searchTriples',
  sql: `
INSERT INTO page_search (page_search) VALUES ('delete-all');
INSERT INTO page_search (rowid, tokens)
  SELECT p.rowid, cd_search_tokens(p.text) || ' k' || hex(d.case_id) || ' v' || d.volume FROM pages p JOIN documents d ON d.id = p.document_id;
`,
};
