import type { Migration } from '../migration';

/**
 * Annotations (src-shared/annotations/annotation.ts): PDF-space geometry (page index, rects, ink strokes as
 * JSON) plus the text anchor (quote with its context and offset in the page text). Rows are never deleted:
 * `deleted_at` marks a deletion, so sync carries it like any other change. The kind is checked by the
 * contract, not here, so a new tool needs no table rebuild; the layer is checked here too, since it decides
 * who may see an annotation.
 */
export const m0006Annotations: Migration = {
  version: 6,
  name: 'annotations',
  sql: `
CREATE TABLE annotations (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  page_index INTEGER NOT NULL CHECK (page_index >= 0),
  kind TEXT NOT NULL,
  rects TEXT NOT NULL DEFAULT '[]',
  ink TEXT NOT NULL DEFAULT '[]',
  color TEXT NOT NULL,
  opacity REAL NOT NULL DEFAULT 1 CHECK (opacity >= 0 AND opacity <= 1),
  text TEXT NOT NULL DEFAULT '',
  comment TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '[]',
  layer TEXT NOT NULL DEFAULT 'private' CHECK (layer IN ('private','team','showable')),
  -- The text anchor; quote IS NULL when the annotation has none (a drawing on a page without text).
  quote TEXT,
  quote_prefix TEXT,
  quote_suffix TEXT,
  quote_offset INTEGER,
  author_id TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX annotations_document_page ON annotations(document_id, page_index);
CREATE INDEX annotations_author ON annotations(author_id);
`,
};
