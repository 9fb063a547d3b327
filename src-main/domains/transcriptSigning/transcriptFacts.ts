import { CallFailure } from '../../../src-shared/contract/errors';
import { SIGNING_ROLES } from '../../../src-shared/contract/calls/transcriptSigningCalls';
import { PARTICIPANT_ROLE_LABELS } from '../../../src-shared/domain/hearing';
import type { Database } from '../../db/openDatabase';

export interface TranscriptRow {
  id: string;
  hearing_id: string;
  state: 'draft' | 'signing' | 'final';
  finalised_at: string | null;
  pdf_sha256: string | null;
  document_id: string | null;
  version: number;
}

export interface Participant { id: string; role: string; name: string; position: number }
export interface Entry { id: string; kind: 'speech' | 'phase' | 'note' | 'addendum'; speaker: string; phase: string | null; text: string; created_at: string; document_id?: string | null }
export interface SignatureRow { id: string; participant_id: string; outcome: 'signed' | 'refused'; image_png: string | null; refusal_reason: string | null; at: string; version: number }

/** Everything the finished transcript shows: the hearing, its case and court, who took part, what was said, who signed. */
export interface TranscriptFacts {
  transcript: TranscriptRow;
  caseId: string;
  court: string;
  caseNumber: string;
  cause: string;
  startsAt: string;
  courtroom: string;
  openedAt: string | null;
  closedAt: string | null;
  presiding: string | null;
  clerk: string | null;
  participants: Participant[];
  entries: Entry[];
  signatures: SignatureRow[];
}

/** Chinese label of a participant role (审判长, 原告…). */
export const roleLabel = (role: string): string => (PARTICIPANT_ROLE_LABELS as Record<string, { zh: string }>)[role]?.zh ?? role;

export const isSigningRole = (role: string): boolean => (SIGNING_ROLES as readonly string[]).includes(role);

export function readTranscript(db: Database, transcriptId: string): TranscriptRow {
  const row = db.prepare('SELECT id, hearing_id, state, finalised_at, pdf_sha256, document_id, version FROM transcripts WHERE id = ?').get(transcriptId) as TranscriptRow | undefined;
  if (!row) throw new CallFailure('NOT_FOUND', '庭审笔录不存在');
  return row;
}

export const readSignatures = (db: Database, transcriptId: string): SignatureRow[] =>
  db.prepare('SELECT id, participant_id, outcome, image_png, refusal_reason, at, version FROM transcript_signatures WHERE transcript_id = ?').all(transcriptId) as SignatureRow[];

export const readParticipants = (db: Database, hearingId: string): Participant[] =>
  db.prepare('SELECT id, role, name, position FROM hearing_participants WHERE hearing_id = ? ORDER BY position, rowid').all(hearingId) as Participant[];

/** The case a transcript belongs to (for the audit entry of a write). */
export const caseOfHearing = (db: Database, hearingId: string): string =>
  (db.prepare('SELECT case_id FROM hearings WHERE id = ?').get(hearingId) as { case_id: string }).case_id;

export function readTranscriptFacts(db: Database, transcriptId: string): TranscriptFacts {
  const transcript = readTranscript(db, transcriptId);
  const h = db
    .prepare(
      `SELECT h.case_id, h.starts_at, h.courtroom, h.opened_at, h.closed_at, c.case_number, c.cause, co.name AS court,
              pj.display_name AS presiding, cl.display_name AS clerk
         FROM hearings h JOIN cases c ON c.id = h.case_id JOIN courts co ON co.id = c.court_id
         LEFT JOIN users pj ON pj.id = h.presiding_judge_id LEFT JOIN users cl ON cl.id = h.clerk_id
        WHERE h.id = ?`,
    )
    .get(transcript.hearing_id) as {
      case_id: string; starts_at: string; courtroom: string; opened_at: string | null; closed_at: string | null;
      case_number: string; cause: string; court: string; presiding: string | null; clerk: string | null;
    };
  const participants = readParticipants(db, transcript.hearing_id);
  const named = (role: string) => participants.find((p) => p.role === role)?.name ?? null;
  const entries = db
    .prepare(`SELECT id, kind, speaker, phase, text, created_at FROM transcript_entries
               WHERE transcript_id = ? AND deleted_at IS NULL AND kind <> 'addendum' ORDER BY position, rowid`)
    .all(transcriptId) as Entry[];
  return {
    transcript,
    caseId: h.case_id,
    court: h.court,
    caseNumber: h.case_number,
    cause: h.cause,
    startsAt: h.starts_at,
    courtroom: h.courtroom,
    openedAt: h.opened_at,
    closedAt: h.closed_at,
    presiding: named('presiding') ?? h.presiding,
    clerk: named('clerk') ?? h.clerk,
    participants,
    entries,
    signatures: readSignatures(db, transcriptId),
  };
}
