import type { Migration } from '../migration';

/** Documents of the e-dossier, each pointing at an immutable content-addressed blob. */
export const m0003Documents: Migration = {
  version: 3,
  name: 'documents',
  sql: `
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY,
  size_bytes INTEGER NOT NULL,
  media_type TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  title TEXT NOT NULL,
  category TEXT NOT NULL,
  volume TEXT NOT NULL DEFAULT 'main' CHECK (volume IN ('main','internal')),
  blob_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
  page_count INTEGER NOT NULL CHECK (page_count >= 0),
  size_bytes INTEGER NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX documents_case ON documents(case_id, position);
`,
};
