import type { Migration } from '../migration';

/**
 * Bookmarks of the reader: a user's own marks on document pages (document + page index, so they follow the
 * document when the volume is re-catalogued). Only the owner ever sees them. One bookmark per user and page;
 * a deleted bookmark is removed (the outbox carries the removal).
 */
export const m0010Bookmarks: Migration = {
  version: 10,
  name: 'bookmarks',
  sql: `
CREATE TABLE bookmarks (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  document_id TEXT NOT NULL REFERENCES documents(id),
  page_index INTEGER NOT NULL CHECK (page_index >= 0),
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX bookmarks_user_page ON bookmarks(user_id, document_id, page_index);
`,
};
