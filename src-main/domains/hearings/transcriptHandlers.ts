import type { EntryChange, TranscriptEntry } from '../../../src-shared/contract/calls/transcriptCalls';
import { CallFailure } from '../../../src-shared/contract/errors';
import type { Handler } from '../../services/callContext';
import { participantsOf } from './hearingRows';
import { appendTranscriptEntry, assertTranscriptEditable } from './transcriptWrites';

interface EntryRow {
  id: string;
  transcript_id: string;
  position: number;
  kind: TranscriptEntry['kind'];
  participant_id: string | null;
  speaker: string;
  phase: TranscriptEntry['phase'];
  text: string;
  evidence_item_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  version: number;
}

export const get: Handler<'transcripts.get'> = ({ hearingId }, ctx) => {
  const db = ctx.app.db;
  const t = db.prepare('SELECT id, hearing_id, state, version FROM transcripts WHERE hearing_id = ?').get(hearingId) as
    { id: string; hearing_id: string; state: 'draft' | 'signing' | 'final'; version: number } | undefined;
  if (!t) throw new CallFailure('NOT_FOUND', '庭审笔录不存在');
  const rows = db
    .prepare('SELECT * FROM transcript_entries WHERE transcript_id = ? AND deleted_at IS NULL ORDER BY position, created_at, id')
    .all(t.id) as EntryRow[];
  const entries: TranscriptEntry[] = rows.map((r, i) => ({
    id: r.id, number: i + 1, position: r.position, kind: r.kind, participantId: r.participant_id, speaker: r.speaker, phase: r.phase,
    text: r.text, evidenceItemId: r.evidence_item_id, createdAt: r.created_at, updatedAt: r.updated_at, version: r.version,
  }));
  return { transcript: { id: t.id, hearingId: t.hearing_id, state: t.state, version: t.version }, participants: participantsOf(db, hearingId), entries };
};

const changeId = (c: EntryChange): string => (c.op === 'upsert' ? c.entry.id : c.id);

/**
 * Saves a batch of transcript entry changes (the courtroom page sends what was typed in the last fraction of a
 * second) in ONE write: all are checked first, so the batch is saved whole or not at all. A stale base version is
 * a CONFLICT; a finalised transcript refuses everything but addenda (LOCKED, via assertTranscriptEditable).
 * The printed speaker is taken from the participant, so it always matches the hearing's list.
 */
export const saveEntries: Handler<'transcripts.saveEntries'> = ({ transcriptId, changes }, ctx) => {
  const db = ctx.app.db;
  const t = db.prepare('SELECT t.id, t.hearing_id, h.case_id FROM transcripts t JOIN hearings h ON h.id = t.hearing_id WHERE t.id = ?').get(transcriptId) as
    { id: string; hearing_id: string; case_id: string } | undefined;
  if (!t) throw new CallFailure('NOT_FOUND', '庭审笔录不存在');
  const ids = changes.map(changeId);
  if (new Set(ids).size !== ids.length) {
    throw new CallFailure('VALIDATION', '同一批次中同一条笔录只能出现一次', [{ path: ['changes'], message: '重复的笔录' }]);
  }
  const existing = new Map(
    (db.prepare('SELECT * FROM transcript_entries WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as EntryRow[]).map((r) => [r.id, r]),
  );
  const speakers = new Map(participantsOf(db, t.hearing_id).map((p) => [p.id, p.speaker]));

  changes.forEach((c, i) => {
    const old = existing.get(ids[i]!);
    if (old && old.transcript_id !== t.id) throw new CallFailure('VALIDATION', '笔录条目不属于这份笔录', [{ path: ['changes', i], message: '不属于本笔录' }]);
    if (c.op === 'delete') {
      if (!old) throw new CallFailure('NOT_FOUND', '要删除的笔录不存在');
      assertTranscriptEditable(db, t.id, old.kind);
      if (old.version !== c.baseVersion) throw new CallFailure('CONFLICT', '笔录已在别处被修改，请刷新后重试');
      return;
    }
    const e = c.entry;
    if (old) assertTranscriptEditable(db, t.id, old.kind);
    assertTranscriptEditable(db, t.id, e.kind);
    if (!old && e.baseVersion !== 0) throw new CallFailure('NOT_FOUND', '要修改的笔录不存在');
    if (old && old.version !== e.baseVersion) throw new CallFailure('CONFLICT', '笔录已在别处被修改，请刷新后重试');
    if (old && (old.kind === 'addendum') !== (e.kind === 'addendum')) {
      throw new CallFailure('VALIDATION', '补正与笔录正文不能相互转换', [{ path: ['changes', i, 'entry', 'kind'], message: '类型不能改变' }]);
    }
    if (e.participantId !== null && !speakers.has(e.participantId)) {
      throw new CallFailure('VALIDATION', '发言人不是本次庭审的参加人', [{ path: ['changes', i, 'entry', 'participantId'], message: '非本庭参加人' }]);
    }
  });

  const now = ctx.app.now();
  const at = now.toISOString();
  const userId = ctx.actor?.userId ?? null;
  const saved = ctx.write(t.case_id, (tx) =>
    changes.map((c, i) => {
      const id = ids[i]!;
      const old = existing.get(id);
      if (c.op === 'delete') {
        if (old!.deleted_at !== null) return { id, version: old!.version, updatedAt: old!.updated_at };
        return { id, version: tx.update('transcript_entry', id, { deleted_at: at, updated_at: at }, c.baseVersion)!, updatedAt: at };
      }
      const e = c.entry;
      const speaker = e.participantId ? speakers.get(e.participantId)! : '';
      if (!old) {
        appendTranscriptEntry(tx, db, {
          id, transcriptId: t.id, kind: e.kind, participantId: e.participantId, speaker, phase: e.phase, text: e.text, authorId: userId, position: e.position,
        }, now);
        return { id, version: 1, updatedAt: at };
      }
      const fields = { position: e.position, kind: e.kind, participant_id: e.participantId, speaker, phase: e.phase, text: e.text, updated_at: at, deleted_at: null };
      return { id, version: tx.update('transcript_entry', id, fields, e.baseVersion)!, updatedAt: at };
    }),
  );
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'transcript', caseId: t.case_id, hearingId: t.hearing_id } });
  return { saved };
};
