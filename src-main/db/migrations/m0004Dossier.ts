import type { Migration } from '../migration';

/**
 * The e-dossier: documents gain their catalogue facts (how the category was decided, the original file),
 * pages carry their text, users' category corrections are kept, and the scanner folder's work is tracked.
 */
export const m0004Dossier: Migration = {
  version: 4,
  name: 'dossier',
  sql: `
ALTER TABLE documents ADD COLUMN original_name TEXT;
ALTER TABLE documents ADD COLUMN media_type TEXT NOT NULL DEFAULT 'application/pdf';
-- A PDF made from an imported image, for viewing and export; the original stays as it came.
ALTER TABLE documents ADD COLUMN rendition_sha256 TEXT REFERENCES blobs(sha256);
ALTER TABLE documents ADD COLUMN category_source TEXT NOT NULL DEFAULT 'auto' CHECK (category_source IN ('auto','user','scan'));
ALTER TABLE documents ADD COLUMN category_confidence REAL;
ALTER TABLE documents ADD COLUMN imported_by TEXT REFERENCES users(id);
CREATE TABLE pages (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  page_index INTEGER NOT NULL CHECK (page_index >= 0),
  text TEXT NOT NULL DEFAULT '',
  text_source TEXT NOT NULL CHECK (text_source IN ('pdf','ocr','none')),
  width REAL NOT NULL,
  height REAL NOT NULL,
  rotation INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (document_id, page_index)
);
CREATE TABLE category_corrections (
  id TEXT PRIMARY KEY,
  title_key TEXT NOT NULL,
  category TEXT NOT NULL,
  volume TEXT NOT NULL CHECK (volume IN ('main','internal')),
  created_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX category_corrections_title ON category_corrections(title_key);
CREATE TABLE scan_jobs (
  id TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('imported','refused','unassigned')),
  message TEXT NOT NULL DEFAULT '',
  case_id TEXT REFERENCES cases(id),
  document_id TEXT REFERENCES documents(id),
  created_at TEXT NOT NULL
);
CREATE INDEX scan_jobs_sha ON scan_jobs(sha256);
`,
};
