import { CallFailure } from '../../../src-shared/contract/errors';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { Database } from '../../db/openDatabase';
import type { WriteTx } from '../../write/writeTx';

export interface NewTranscriptEntry {
  transcriptId: string;
  kind: 'speech' | 'phase' | 'note' | 'addendum';
  participantId?: string | null;
  speaker?: string;
  phase?: string | null;
  text: string;
  evidenceItemId?: string | null;
  authorId: string | null;
  /** Where to put it; default: after the last entry. */
  position?: number;
  id?: string;
}

/** The transcript's state; a 'final' transcript takes only addenda (补正), never edits. */
export function assertTranscriptEditable(db: Database, transcriptId: string, kind: NewTranscriptEntry['kind'] = 'speech'): void {
  const row = db.prepare('SELECT state FROM transcripts WHERE id = ?').get(transcriptId) as { state: string } | undefined;
  if (!row) throw new CallFailure('NOT_FOUND', '庭审笔录不存在');
  if (row.state === 'final' && kind !== 'addendum') throw new CallFailure('LOCKED', '庭审笔录已定稿锁定，不能修改；如需更正，请添加补正');
  // While the parties read and sign, the text they sign must not move under them (transcripts.reopen undoes this).
  if (row.state === 'signing' && kind !== 'addendum') throw new CallFailure('LOCKED', '笔录正在交当事人签名，内容已冻结；如需修改，请先退回草稿');
  if (row.state !== 'final' && kind === 'addendum') throw new CallFailure('VALIDATION', '笔录尚未定稿，请直接修改，无需补正');
}

/**
 * Appends one transcript entry inside the caller's write (so a 质证 opinion and its transcript line are
 * saved together or not at all). Returns the new entry's id.
 */
export function appendTranscriptEntry(tx: WriteTx, db: Database, entry: NewTranscriptEntry, now: Date): string {
  assertTranscriptEditable(db, entry.transcriptId, entry.kind);
  const id = entry.id ?? uuidv7();
  const last = db.prepare('SELECT MAX(position) AS p FROM transcript_entries WHERE transcript_id = ?').get(entry.transcriptId) as { p: number | null };
  const at = now.toISOString();
  tx.insert('transcript_entry', id, {
    transcript_id: entry.transcriptId,
    position: entry.position ?? (last.p ?? 0) + 1,
    kind: entry.kind,
    participant_id: entry.participantId ?? null,
    speaker: entry.speaker ?? '',
    phase: entry.phase ?? null,
    text: entry.text,
    evidence_item_id: entry.evidenceItemId ?? null,
    author_id: entry.authorId,
    created_at: at,
    updated_at: at,
  });
  return id;
}
