import type { Migration } from '../migration';

/** The first schema: courts, teams, users, sessions, cases, parties, case events, the audit log and the outbox. */
export const m0001Core: Migration = {
  version: 1,
  name: 'core',
  sql: `
CREATE TABLE courts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  code TEXT NOT NULL UNIQUE,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE teams (
  id TEXT PRIMARY KEY,
  court_id TEXT NOT NULL REFERENCES courts(id),
  name TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  court_id TEXT NOT NULL REFERENCES courts(id),
  team_id TEXT REFERENCES teams(id),
  user_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('judge','assistant','clerk','center','supervisor','admin')),
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0,1)),
  created_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id),
  via TEXT NOT NULL,
  started_at TEXT NOT NULL,
  ended_at TEXT,
  end_reason TEXT
);
CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  court_id TEXT NOT NULL REFERENCES courts(id),
  case_number TEXT NOT NULL UNIQUE,
  year INTEGER NOT NULL,
  case_type TEXT NOT NULL,
  sequence INTEGER NOT NULL CHECK (sequence > 0),
  cause TEXT NOT NULL,
  procedure TEXT NOT NULL CHECK (procedure IN ('ordinary','simplified','small_claims','special','enforcement')),
  stage TEXT NOT NULL,
  judge_id TEXT REFERENCES users(id),
  team_id TEXT REFERENCES teams(id),
  filed_on TEXT NOT NULL,
  claim_amount REAL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (court_id, year, case_type, sequence)
);
CREATE INDEX cases_stage ON cases(stage);
CREATE INDEX cases_judge ON cases(judge_id);
CREATE INDEX cases_filed_on ON cases(filed_on);
CREATE TABLE parties (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('person','organization')),
  id_number TEXT,
  address TEXT,
  phone TEXT,
  position INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX parties_case ON parties(case_id);
CREATE TABLE case_events (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  stage TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  actor_user_id TEXT REFERENCES users(id),
  actor_name TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX case_events_case ON case_events(case_id, at);
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_id TEXT,
  user_name TEXT NOT NULL,
  role TEXT NOT NULL,
  via TEXT NOT NULL,
  call TEXT NOT NULL,
  case_id TEXT,
  digest TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_case ON audit_log(case_id, seq);
-- The app never edits or deletes audit entries; these make an accidental write fail loudly.
-- (Someone with the file can drop them; audit verify still finds what they changed.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TABLE outbox (
  mutation_id INTEGER PRIMARY KEY AUTOINCREMENT,
  call TEXT NOT NULL,
  changes TEXT NOT NULL,
  created_at TEXT NOT NULL,
  pushed_at TEXT
);
`,
};
