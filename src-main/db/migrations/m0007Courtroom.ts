import type { Migration } from '../migration';

/**
 * The paperless hearing: hearings with their participants, the transcript (庭审笔录) as ordered entries, the
 * evidence list (证据目录) with each party's 质证 opinions, the parties' signatures (or refusals) on the
 * finalised transcript, and each clerk's quick phrases (常用语).
 *
 * Entries are ordered by `position` (a REAL, so an entry can be inserted between two others without renumbering);
 * the printed number is the rank. Rows are never deleted: `deleted_at` marks a deletion, so sync carries it.
 * Once a transcript is 'final' its entries are frozen (the handlers refuse changes; a correction is an
 * 'addendum' entry). The signed PDF is a blob; its SHA-256 is kept here and it is filed as a document.
 */
export const m0007Courtroom: Migration = {
  version: 7,
  name: 'courtroom',
  sql: `
CREATE TABLE hearings (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  -- Local court time, 'YYYY-MM-DDTHH:MM'.
  starts_at TEXT NOT NULL,
  courtroom TEXT NOT NULL,
  presiding_judge_id TEXT REFERENCES users(id),
  clerk_id TEXT REFERENCES users(id),
  -- The day the hearing notice (传票/开庭通知) reached the parties; checked against the 3-day rule.
  notice_served_on TEXT,
  state TEXT NOT NULL DEFAULT 'scheduled' CHECK (state IN ('scheduled','opened','adjourned','closed')),
  opened_at TEXT,
  closed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX hearings_case ON hearings(case_id);
CREATE INDEX hearings_room_time ON hearings(courtroom, starts_at);

CREATE TABLE hearing_participants (
  id TEXT PRIMARY KEY,
  hearing_id TEXT NOT NULL REFERENCES hearings(id),
  role TEXT NOT NULL CHECK (role IN ('presiding','judge','juror','clerk','plaintiff','defendant','third_party','agent','witness')),
  name TEXT NOT NULL,
  -- The party this participant is or represents (parties, their agents); NULL for the bench and witnesses.
  party_id TEXT REFERENCES parties(id),
  -- What the clerk types to pick the speaker (e.g. 审, 原, 被代); unique within the hearing.
  alias TEXT NOT NULL,
  -- Order in the speaker bar: position 1..9 answer Alt+1..Alt+9.
  position INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (hearing_id, alias)
);
CREATE INDEX hearing_participants_hearing ON hearing_participants(hearing_id, position);

CREATE TABLE transcripts (
  id TEXT PRIMARY KEY,
  hearing_id TEXT NOT NULL UNIQUE REFERENCES hearings(id),
  state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft','signing','final')),
  finalised_at TEXT,
  -- The finished (signed) PDF: blob hash, and the 正卷 document it is filed as (庭审笔录).
  pdf_sha256 TEXT,
  document_id TEXT REFERENCES documents(id),
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE transcript_entries (
  id TEXT PRIMARY KEY,
  transcript_id TEXT NOT NULL REFERENCES transcripts(id),
  position REAL NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('speech','phase','note','addendum')),
  participant_id TEXT REFERENCES hearing_participants(id),
  -- The speaker as printed (审判长, 原告委托诉讼代理人 张三); kept so the transcript reads the same if a participant changes.
  speaker TEXT NOT NULL DEFAULT '',
  -- For 'phase' entries: the key of the standard phase (opening, investigation, evidence, debate, final_statement, mediation, judgment…).
  phase TEXT,
  text TEXT NOT NULL DEFAULT '',
  -- A 质证 entry links back to its evidence item.
  evidence_item_id TEXT REFERENCES evidence_items(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  author_id TEXT REFERENCES users(id),
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX transcript_entries_order ON transcript_entries(transcript_id, position);

CREATE TABLE evidence_items (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  -- The party who submits it; NULL for evidence the court collected.
  party_id TEXT REFERENCES parties(id),
  -- The item number within the submitting party's list (证据一, 证据二…).
  number INTEGER NOT NULL CHECK (number > 0),
  name TEXT NOT NULL,
  -- 证明目的
  purpose TEXT NOT NULL DEFAULT '',
  -- The pages of the e-dossier it points to (0-based page indexes of one document, inclusive).
  document_id TEXT REFERENCES documents(id),
  page_from INTEGER CHECK (page_from IS NULL OR page_from >= 0),
  page_to INTEGER CHECK (page_to IS NULL OR page_to >= page_from),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX evidence_items_case ON evidence_items(case_id, party_id, number);

CREATE TABLE evidence_opinions (
  id TEXT PRIMARY KEY,
  evidence_item_id TEXT NOT NULL REFERENCES evidence_items(id),
  -- The party giving the opinion (never the submitting party) and the hearing where it was given.
  party_id TEXT NOT NULL REFERENCES parties(id),
  hearing_id TEXT REFERENCES hearings(id),
  authenticity TEXT CHECK (authenticity IN ('accept','reject','partial')),
  legality TEXT CHECK (legality IN ('accept','reject','partial')),
  relevance TEXT CHECK (relevance IN ('accept','reject','partial')),
  reason TEXT NOT NULL DEFAULT '',
  -- The transcript entry written with it.
  transcript_entry_id TEXT REFERENCES transcript_entries(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (evidence_item_id, party_id, hearing_id)
);

CREATE TABLE transcript_signatures (
  id TEXT PRIMARY KEY,
  transcript_id TEXT NOT NULL REFERENCES transcripts(id),
  participant_id TEXT NOT NULL REFERENCES hearing_participants(id),
  outcome TEXT NOT NULL CHECK (outcome IN ('signed','refused')),
  -- The handwritten signature as a PNG data URL (signed), or the reason the participant refused (refused).
  image_png TEXT,
  refusal_reason TEXT,
  at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK ((outcome = 'signed' AND image_png IS NOT NULL) OR (outcome = 'refused' AND refusal_reason IS NOT NULL)),
  UNIQUE (transcript_id, participant_id)
);

CREATE TABLE quick_phrases (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  -- 'F1'..'F12' or NULL (then the phrase is picked from the list).
  hotkey TEXT,
  text TEXT NOT NULL,
  position INTEGER NOT NULL,
  deleted_at TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX quick_phrases_user ON quick_phrases(user_id, position);
`,
};
