import { CallFailure } from '../../../src-shared/contract/errors';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { Database } from '../../db/openDatabase';
import type { Handler } from '../../services/callContext';
import { appendTranscriptEntry, assertTranscriptEditable } from '../hearings/transcriptWrites';
import { caseParties } from './evidenceQueries';
import { opinionText, partyCall, type PartyLike } from './opinionText';

interface Item { case_id: string; party_id: string | null; number: number; name: string; deleted_at: string | null }
interface Opinion { id: string; version: number; transcript_entry_id: string | null }
interface Participant { id: string; role: string; name: string }

const PARTY_ROLE_ORDER = `CASE role WHEN 'agent' THEN 1 ELSE 0 END, position`;

/** The speaker of the transcript line: the party's own participant in this hearing, else its agent, else the party itself. */
function speakerOf(db: Database, hearingId: string, party: PartyLike & { id: string }, byLabel: string): { participantId: string | null; speaker: string } {
  const p = db.prepare(`SELECT id, role, name FROM hearing_participants WHERE hearing_id = ? AND party_id = ? ORDER BY ${PARTY_ROLE_ORDER} LIMIT 1`)
    .get(hearingId, party.id) as Participant | undefined;
  if (!p) return { participantId: null, speaker: `${byLabel}${byLabel.endsWith(party.name) ? '' : party.name}` };
  return { participantId: p.id, speaker: p.role === 'agent' ? `${byLabel}委托诉讼代理人${p.name}` : `${byLabel}${byLabel.endsWith(p.name) ? '' : p.name}` };
}

/**
 * Records (or changes) one party's 质证 opinion on one item at one hearing and, in the same write, the
 * matching transcript line that links back to the item; a transcript is started for the hearing if it has
 * none. A finalised transcript refuses it (LOCKED): a correction is an addendum, not a changed opinion.
 */
export const recordOpinion: Handler<'evidence.recordOpinion'> = (input, ctx) => {
  const db = ctx.app.db;
  const item = db.prepare('SELECT case_id, party_id, number, name, deleted_at FROM evidence_items WHERE id = ?').get(input.evidenceItemId) as Item | undefined;
  if (!item || item.deleted_at !== null) throw new CallFailure('NOT_FOUND', '证据不存在');
  const hearing = db.prepare('SELECT case_id FROM hearings WHERE id = ?').get(input.hearingId) as { case_id: string } | undefined;
  if (!hearing) throw new CallFailure('NOT_FOUND', '庭审不存在');
  if (hearing.case_id !== item.case_id) throw new CallFailure('VALIDATION', '该庭审不是此证据所属案件的庭审', [{ path: ['hearingId'], message: '案件不同' }]);
  const parties = caseParties(db, item.case_id);
  const by = parties.find((p) => p.id === input.partyId);
  if (!by) throw new CallFailure('VALIDATION', '发表意见的一方不是本案当事人', [{ path: ['partyId'], message: '不是本案当事人' }]);
  if (by.id === item.party_id) throw new CallFailure('VALIDATION', '提交证据的一方不对本方证据发表质证意见', [{ path: ['partyId'], message: '提交方' }]);
  const values = [input.authenticity, input.legality, input.relevance];
  if (values.some((v) => v !== 'accept') && input.reason.trim() === '') {
    throw new CallFailure('VALIDATION', '不认可或部分认可时请写明理由', [{ path: ['reason'], message: '请写明理由' }]);
  }
  const transcript = db.prepare('SELECT id, state FROM transcripts WHERE hearing_id = ?').get(input.hearingId) as { id: string; state: string } | undefined;
  if (transcript?.state === 'final') throw new CallFailure('LOCKED', '庭审笔录已定稿锁定，不能再记录或修改质证意见；如需更正，请添加补正');
  if (transcript) assertTranscriptEditable(db, transcript.id); // e.g. frozen while the parties sign
  const old = db.prepare('SELECT id, version, transcript_entry_id FROM evidence_opinions WHERE evidence_item_id = ? AND party_id = ? AND hearing_id = ?')
    .get(input.evidenceItemId, input.partyId, input.hearingId) as Opinion | undefined;
  if (!old && input.baseVersion !== 0) throw new CallFailure('NOT_FOUND', '要修改的质证意见不存在');
  if (old && old.version !== input.baseVersion) throw new CallFailure('CONFLICT', '质证意见已在别处被修改，请刷新后重试');

  const submitter = parties.find((p) => p.id === item.party_id) ?? null;
  const text = opinionText({ by, submitter, parties, number: item.number, name: item.name, ...input });
  const byLabel = partyCall(by, parties);
  const { participantId, speaker } = speakerOf(db, input.hearingId, by, byLabel);
  const now = ctx.app.now();
  const at = now.toISOString();
  const actorId = ctx.actor?.userId ?? null;

  const result = ctx.write(item.case_id, (tx) => {
    let transcriptId = transcript?.id;
    if (!transcriptId) {
      transcriptId = uuidv7();
      tx.insert('transcript', transcriptId, { hearing_id: input.hearingId });
    }
    const entry = old?.transcript_entry_id
      ? (db.prepare('SELECT id, deleted_at FROM transcript_entries WHERE id = ?').get(old.transcript_entry_id) as { id: string; deleted_at: string | null } | undefined)
      : undefined;
    let entryId: string;
    if (entry && entry.deleted_at === null) {
      assertTranscriptEditable(db, transcriptId);
      tx.update('transcript_entry', entry.id, { text, speaker, participant_id: participantId, updated_at: at });
      entryId = entry.id;
    } else {
      entryId = appendTranscriptEntry(tx, db, {
        transcriptId, kind: 'speech', participantId, speaker, text, evidenceItemId: input.evidenceItemId, authorId: actorId,
      }, now);
    }
    const fields = {
      authenticity: input.authenticity, legality: input.legality, relevance: input.relevance, reason: input.reason.trim(),
      transcript_entry_id: entryId, updated_at: at,
    };
    if (!old) {
      const id = uuidv7();
      tx.insert('evidence_opinion', id, {
        ...fields, evidence_item_id: input.evidenceItemId, party_id: input.partyId, hearing_id: input.hearingId, created_at: at,
      });
      return { id, version: 1, transcriptEntryId: entryId, transcriptId };
    }
    return { id: old.id, version: tx.update('evidence_opinion', old.id, fields, input.baseVersion)!, transcriptEntryId: entryId, transcriptId };
  });
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'evidence', caseId: item.case_id } });
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'transcript', hearingId: input.hearingId, transcriptId: result.transcriptId } });
  return { id: result.id, version: result.version, transcriptEntryId: result.transcriptEntryId, text };
};
