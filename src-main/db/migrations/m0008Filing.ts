import type { Migration } from '../migration';

/**
 * Filing (立案) and assignment (分案): what a case needs beyond m0001 — the date the complaint was received and
 * the 7-day filing-decision due date, fee and claims, whether its number is provisional; organisations' legal
 * representatives; the parties' agents (委托诉讼代理人) with their authority; the assignments with the candidate
 * list of a random draw; and the case-number counters that make numbers gapless and never reused.
 *
 * A provisional case number keeps `sequence` above 1,000,000 (official sequences have at most six digits, see
 * parseCaseNumber), so it never collides with an official one in the UNIQUE (court, year, type, sequence) of m0001.
 */
export const m0008Filing: Migration = {
  version: 8,
  name: 'filing',
  sql: `
ALTER TABLE cases ADD COLUMN received_on TEXT;
ALTER TABLE cases ADD COLUMN filing_decision_due TEXT;
ALTER TABLE cases ADD COLUMN fee REAL CHECK (fee IS NULL OR fee >= 0);
ALTER TABLE cases ADD COLUMN claims TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN number_provisional INTEGER NOT NULL DEFAULT 0 CHECK (number_provisional IN (0,1));
CREATE INDEX cases_provisional ON cases(court_id) WHERE number_provisional = 1;

ALTER TABLE parties ADD COLUMN legal_representative TEXT;

CREATE TABLE party_agents (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  party_id TEXT NOT NULL REFERENCES parties(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('lawyer','legal_worker','relative','employee','community','other')),
  license_no TEXT,
  id_number TEXT,
  phone TEXT,
  authority TEXT NOT NULL CHECK (authority IN ('general','special')),
  -- JSON array of the special powers (代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉); empty for 一般授权.
  special_powers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(special_powers)),
  position INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (authority = 'special' OR special_powers = '[]')
);
CREATE INDEX party_agents_case ON party_agents(case_id);
CREATE INDEX party_agents_party ON party_agents(party_id);

CREATE TABLE case_assignments (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  mode TEXT NOT NULL CHECK (mode IN ('random','designated')),
  judge_id TEXT NOT NULL REFERENCES users(id),
  team_id TEXT REFERENCES teams(id),
  reason TEXT NOT NULL DEFAULT '',
  -- JSON [{judgeId, reason}]: judges left out of the draw (回避 …) with the reason for each.
  exclusions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(exclusions)),
  -- JSON [judgeId]: the eligible judges the random draw chose from, in the order drawn over.
  candidates TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(candidates)),
  assigned_by TEXT REFERENCES users(id),
  assigned_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (mode = 'random' OR length(trim(reason)) > 0)
);
CREATE INDEX case_assignments_case ON case_assignments(case_id, assigned_at);

-- The last sequence issued per court, year, type and kind; it only grows, so a number is never issued twice.
CREATE TABLE case_number_counters (
  id TEXT PRIMARY KEY,
  court_id TEXT NOT NULL REFERENCES courts(id),
  year INTEGER NOT NULL,
  case_type TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('official','provisional')),
  last_sequence INTEGER NOT NULL CHECK (last_sequence >= 0),
  UNIQUE (court_id, year, case_type, kind)
);
`,
};
