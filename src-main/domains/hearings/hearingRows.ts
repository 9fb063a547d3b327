import type { HearingSummary, Participant } from '../../../src-shared/contract/calls/hearingCalls';
import { speakerLabel, type HearingState, type ParticipantRole } from '../../../src-shared/domain/hearing';
import type { Database } from '../../db/openDatabase';

interface SummaryRow {
  id: string;
  case_id: string;
  case_number: string;
  cause: string;
  starts_at: string;
  courtroom: string;
  presiding_judge_id: string | null;
  presiding_name: string | null;
  clerk_id: string | null;
  clerk_name: string | null;
  notice_served_on: string | null;
  state: HearingState;
  transcript_state: 'draft' | 'signing' | 'final' | null;
  entry_count: number;
  version: number;
}

const SUMMARY_SQL = `
SELECT h.id, h.case_id, c.case_number, c.cause, h.starts_at, h.courtroom, h.presiding_judge_id, pj.display_name AS presiding_name,
       h.clerk_id, cl.display_name AS clerk_name, h.notice_served_on, h.state, t.state AS transcript_state, h.version,
       (SELECT COUNT(*) FROM transcript_entries e WHERE e.transcript_id = t.id AND e.deleted_at IS NULL) AS entry_count
FROM hearings h
JOIN cases c ON c.id = h.case_id
LEFT JOIN users pj ON pj.id = h.presiding_judge_id
LEFT JOIN users cl ON cl.id = h.clerk_id
LEFT JOIN transcripts t ON t.hearing_id = h.id`;

const toSummary = (r: SummaryRow): HearingSummary => ({
  id: r.id,
  caseId: r.case_id,
  caseNumber: r.case_number,
  cause: r.cause,
  startsAt: r.starts_at,
  courtroom: r.courtroom,
  presidingJudge: r.presiding_judge_id ? { id: r.presiding_judge_id, name: r.presiding_name ?? '' } : null,
  clerk: r.clerk_id ? { id: r.clerk_id, name: r.clerk_name ?? '' } : null,
  noticeServedOn: r.notice_served_on,
  state: r.state,
  transcriptState: r.transcript_state,
  entryCount: r.entry_count,
  version: r.version,
});

/** Hearings of one day ('YYYY-MM-DD', local court time), optionally of one courtroom, in time order. */
export function hearingsOfDay(db: Database, day: string, courtroom?: string): HearingSummary[] {
  const rows = db
    .prepare(`${SUMMARY_SQL} WHERE h.starts_at >= ? AND h.starts_at < ? AND (? IS NULL OR h.courtroom = ?) ORDER BY h.starts_at, h.courtroom`)
    .all(`${day}T00:00`, `${day}T99`, courtroom ?? null, courtroom ?? null) as SummaryRow[];
  return rows.map(toSummary);
}

export function hearingsOfCase(db: Database, caseId: string): HearingSummary[] {
  return (db.prepare(`${SUMMARY_SQL} WHERE h.case_id = ? ORDER BY h.starts_at`).all(caseId) as SummaryRow[]).map(toSummary);
}

export function hearingSummary(db: Database, id: string): HearingSummary | null {
  const row = db.prepare(`${SUMMARY_SQL} WHERE h.id = ?`).get(id) as SummaryRow | undefined;
  return row ? toSummary(row) : null;
}

/** Every courtroom used so far, for the day view's picker. */
export function knownCourtrooms(db: Database): string[] {
  return (db.prepare('SELECT DISTINCT courtroom FROM hearings ORDER BY courtroom').all() as { courtroom: string }[]).map((r) => r.courtroom);
}

interface ParticipantRow { id: string; role: ParticipantRole; name: string; party_id: string | null; alias: string; position: number }

export function participantsOf(db: Database, hearingId: string): Participant[] {
  const rows = db
    .prepare('SELECT id, role, name, party_id, alias, position FROM hearing_participants WHERE hearing_id = ? ORDER BY position')
    .all(hearingId) as ParticipantRow[];
  return rows.map((r) => ({
    id: r.id, role: r.role, name: r.name, partyId: r.party_id, alias: r.alias, position: r.position, speaker: speakerLabel(r),
  }));
}
