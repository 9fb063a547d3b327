import type { Migration } from '../migration';

/**
 * Full-text search over page text with Chinese single-character and pair tokens (see
 * src-shared/search/searchTokens.ts). The index is contentless (the text lives in pages) and kept by
 * triggers calling cd_search_tokens(), which openDatabase registers, so it changes in the same transaction
 * as the pages and can never drift from them.
 */
export const m0005SearchIndex: Migration = {
  version: 5,
  name: 'searchIndex',
  sql: `
CREATE VIRTUAL TABLE page_search USING fts5(tokens, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
CREATE TRIGGER pages_search_insert AFTER INSERT ON pages BEGIN
  INSERT INTO page_search (rowid, tokens) VALUES (new.rowid, cd_search_tokens(new.text));
END;
CREATE TRIGGER pages_search_update AFTER UPDATE OF text ON pages BEGIN
  DELETE FROM page_search WHERE rowid = old.rowid;
  INSERT INTO page_search (rowid, tokens) VALUES (new.rowid, cd_search_tokens(new.text));
END;
CREATE TRIGGER pages_search_delete AFTER DELETE ON pages BEGIN
  DELETE FROM page_search WHERE rowid = old.rowid;
END;
INSERT INTO page_search (rowid, tokens) SELECT rowid, cd_search_tokens(text) FROM pages;
`,
};
