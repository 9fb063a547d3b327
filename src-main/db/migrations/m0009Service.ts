import type { Migration } from '../migration';

/**
 * Service (送达), preservation (保全), work orders (工单), trial-limit changes and saved ledger views.
 * Deadlines are never stored: the ledger computes them from these facts (service dates, extensions,
 * deducted periods). A service record is one document to one recipient by one method; when that method
 * fails the centre opens another record with another method, so the failed one stays as it happened.
 * Codes (methods, reasons, kinds) are checked here because the ledger and the metrics group by them.
 */
export const m0009Service: Migration = {
  version: 9,
  name: 'service',
  sql: `
CREATE TABLE service_records (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  -- What is served: the kind decides which period starts from service (answer, appeal…).
  document_kind TEXT NOT NULL CHECK (document_kind IN ('complaint','summons','judgment','ruling','mediation','other')),
  document_title TEXT NOT NULL,
  -- The served paper in the e-dossier, when it is there.
  document_id TEXT REFERENCES documents(id),
  party_id TEXT NOT NULL REFERENCES parties(id),
  method TEXT NOT NULL CHECK (method IN ('direct','lodged','electronic','postal','entrusted','forwarded','announcement')),
  address TEXT NOT NULL DEFAULT '',
  ems_number TEXT,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','served','failed','cancelled')),
  -- The day of the successful attempt, or for 公告 the publication day (deemed service is computed from it).
  served_on TEXT,
  announcement_published_on TEXT,
  proof_document_id TEXT REFERENCES documents(id),
  due_on TEXT NOT NULL,
  assignee_id TEXT REFERENCES users(id),
  created_by TEXT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (method <> 'postal' OR ems_number IS NOT NULL),
  CHECK (state <> 'served' OR served_on IS NOT NULL)
);
CREATE INDEX service_records_case ON service_records(case_id);
CREATE INDEX service_records_state ON service_records(state, due_on);
CREATE INDEX service_records_assignee ON service_records(assignee_id, state);

CREATE TABLE service_attempts (
  id TEXT PRIMARY KEY,
  service_id TEXT NOT NULL REFERENCES service_records(id),
  at TEXT NOT NULL,
  result TEXT NOT NULL CHECK (result IN ('success','failure')),
  reason TEXT CHECK (reason IN ('refused','no_such_person','address_unknown','nobody_signed','phone_unreachable','moved','other')),
  note TEXT NOT NULL DEFAULT '',
  recorded_by TEXT REFERENCES users(id),
  created_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK ((result = 'success') = (reason IS NULL))
);
CREATE INDEX service_attempts_service ON service_attempts(service_id, at);

CREATE TABLE preservations (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL CHECK (kind IN ('property','evidence','conduct')),
  applicant TEXT NOT NULL,
  respondent TEXT NOT NULL,
  amount REAL CHECK (amount IS NULL OR amount >= 0),
  guarantee TEXT NOT NULL DEFAULT '',
  ruling_on TEXT,
  state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active','lifted')),
  created_by TEXT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX preservations_case ON preservations(case_id);

CREATE TABLE preservation_measures (
  id TEXT PRIMARY KEY,
  preservation_id TEXT NOT NULL REFERENCES preservations(id),
  description TEXT NOT NULL,
  started_on TEXT NOT NULL,
  expires_on TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (expires_on >= started_on)
);
CREATE INDEX preservation_measures_expiry ON preservation_measures(preservation_id, expires_on);

CREATE TABLE work_orders (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL CHECK (kind IN ('supplementary_service','scan_backfill','preservation_execution','filing_materials','other')),
  note TEXT NOT NULL DEFAULT '',
  -- Between the case's trial team and the centre, either way.
  from_side TEXT NOT NULL CHECK (from_side IN ('team','centre')),
  team_id TEXT REFERENCES teams(id),
  state TEXT NOT NULL DEFAULT 'created' CHECK (state IN ('created','accepted','completed')),
  due_on TEXT NOT NULL,
  assignee_id TEXT REFERENCES users(id),
  created_by TEXT REFERENCES users(id),
  accepted_at TEXT,
  completed_at TEXT,
  result_note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX work_orders_queue ON work_orders(from_side, state, due_on);
CREATE INDEX work_orders_team ON work_orders(team_id, state);
CREATE INDEX work_orders_case ON work_orders(case_id);

-- Approved extensions of the 审限 and periods deducted from it (公告, 鉴定, 管辖异议, 中止…).
CREATE TABLE trial_limit_changes (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL CHECK (kind IN ('extension','deduction')),
  months INTEGER NOT NULL DEFAULT 0 CHECK (months >= 0),
  days INTEGER NOT NULL DEFAULT 0 CHECK (days >= 0),
  from_on TEXT,
  to_on TEXT,
  reason TEXT NOT NULL,
  approver TEXT NOT NULL,
  approved_on TEXT NOT NULL,
  created_by TEXT REFERENCES users(id),
  created_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (kind <> 'extension' OR months + days > 0),
  CHECK (kind <> 'deduction' OR (from_on IS NOT NULL AND to_on IS NOT NULL AND to_on >= from_on))
);
CREATE INDEX trial_limit_changes_case ON trial_limit_changes(case_id);

CREATE TABLE ledger_views (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  query TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (user_id, name)
);
`,
};
