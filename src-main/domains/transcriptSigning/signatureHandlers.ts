import { CallFailure } from '../../../src-shared/contract/errors';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { CallContext, Handler } from '../../services/callContext';
import { presentationsOf } from '../presentation/presentationStore';
import { readSignatureImage } from './signatureImage';
import { caseOfHearing, isSigningRole, readParticipants, readSignatures, readTranscript, type TranscriptRow } from './transcriptFacts';

const LOCKED_MESSAGE = '庭审笔录已定稿锁定，不能修改；如需更正，请添加补正';

/** A final transcript refuses every change but an addendum. */
export function refuseIfFinal(t: TranscriptRow): void {
  if (t.state === 'final') throw new CallFailure('LOCKED', LOCKED_MESSAGE);
}

export const signingStatus: Handler<'transcripts.signingStatus'> = ({ hearingId }, ctx) => {
  const db = ctx.app.db;
  if (!db.prepare('SELECT 1 FROM hearings WHERE id = ?').get(hearingId)) throw new CallFailure('NOT_FOUND', '庭审不存在');
  const row = db.prepare('SELECT id FROM transcripts WHERE hearing_id = ?').get(hearingId) as { id: string } | undefined;
  const participants = readParticipants(db, hearingId);
  const t = row ? readTranscript(db, row.id) : null;
  const signatures = t ? readSignatures(db, t.id) : [];
  const signers = participants.map((p) => {
    const s = signatures.find((x) => x.participant_id === p.id);
    return { participantId: p.id, name: p.name, role: p.role, required: isSigningRole(p.role), outcome: s?.outcome ?? null, refusalReason: s?.refusal_reason ?? null, at: s?.at ?? null };
  });
  const counts = t
    ? (db.prepare(`SELECT COUNT(*) AS n FROM transcript_entries WHERE transcript_id = ? AND deleted_at IS NULL AND kind <> 'addendum'`).get(t.id) as { n: number }).n
    : 0;
  const addenda = t
    ? (db.prepare(`SELECT id, text, created_at FROM transcript_entries WHERE transcript_id = ? AND kind = 'addendum' AND deleted_at IS NULL ORDER BY position`).all(t.id) as { id: string; text: string; created_at: string }[])
    : [];
  const addendumDocs = t ? addendumDocuments(ctx, t.id) : new Map<string, string>();
  return {
    hearingId,
    transcriptId: t?.id ?? null,
    state: t?.state ?? null,
    version: t?.version ?? 0,
    entryCount: counts,
    signers,
    complete: signers.every((s) => !s.required || s.outcome !== null),
    finalisedAt: t?.finalised_at ?? null,
    pdfSha256: t?.pdf_sha256 ?? null,
    documentId: t?.document_id ?? null,
    addenda: addenda.map((a) => ({ entryId: a.id, text: a.text, at: a.created_at, documentId: addendumDocs.get(a.id) ?? null })),
  };
};

/** Addendum entry → its filed document; the schema has no link column, so the document is named after the entry. */
function addendumDocuments(ctx: CallContext, transcriptId: string): Map<string, string> {
  const rows = ctx.app.db
    .prepare(`SELECT e.id AS entry_id, d.id AS document_id FROM transcript_entries e
                JOIN documents d ON d.original_name = '庭审笔录补正-' || e.id || '.pdf'
               WHERE e.transcript_id = ? AND e.kind = 'addendum'`)
    .all(transcriptId) as { entry_id: string; document_id: string }[];
  return new Map(rows.map((r) => [r.entry_id, r.document_id]));
}

export const startSigning: Handler<'transcripts.startSigning'> = ({ transcriptId, baseVersion }, ctx) => {
  const db = ctx.app.db;
  const t = readTranscript(db, transcriptId);
  refuseIfFinal(t);
  if (t.state === 'signing') throw new CallFailure('CONFLICT', '笔录已在签名中');
  const entries = (db.prepare(`SELECT COUNT(*) AS n FROM transcript_entries WHERE transcript_id = ? AND deleted_at IS NULL AND kind <> 'addendum'`).get(transcriptId) as { n: number }).n;
  if (entries === 0) throw new CallFailure('VALIDATION', '笔录没有内容，不能交付签名');
  const version = ctx.write(caseOfHearing(db, t.hearing_id), (tx) => tx.update('transcript', transcriptId, { state: 'signing' }, baseVersion)!);
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'transcript', id: transcriptId } });
  return { state: 'signing' as const, version };
};

/**
 * Back to draft so the clerk can correct the text. Signatures already given cover the old text, so they
 * are voided (removed, audited); the caller must say so explicitly when there are any.
 */
export const reopen: Handler<'transcripts.reopen'> = ({ transcriptId, baseVersion, voidSignatures }, ctx) => {
  const db = ctx.app.db;
  const t = readTranscript(db, transcriptId);
  refuseIfFinal(t);
  if (t.state !== 'signing') throw new CallFailure('CONFLICT', '笔录不在签名中，无需退回');
  const given = readSignatures(db, transcriptId);
  if (given.length > 0 && !voidSignatures) {
    throw new CallFailure('VALIDATION', `已有 ${given.length} 人签名或拒签；退回草稿将使这些记录作废，需重新签名。请确认后重试`, [{ path: ['voidSignatures'], message: '需要确认作废' }]);
  }
  const version = ctx.write(caseOfHearing(db, t.hearing_id), (tx) => {
    for (const s of given) tx.remove('transcript_signature', s.id, s.version);
    return tx.update('transcript', transcriptId, { state: 'draft' }, baseVersion)!;
  });
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'transcript', id: transcriptId } });
  return { state: 'draft' as const, version, voided: given.length };
};

/** Checks the transcript takes signatures now and the participant is one who signs; returns the case id. */
function signable(ctx: CallContext, transcriptId: string, participantId: string): { t: TranscriptRow; caseId: string; name: string } {
  const db = ctx.app.db;
  const t = readTranscript(db, transcriptId);
  refuseIfFinal(t);
  if (t.state !== 'signing') throw new CallFailure('VALIDATION', '笔录尚未交付签名（请书记员先点击“交当事人签名”）');
  const p = readParticipants(db, t.hearing_id).find((x) => x.id === participantId);
  if (!p) throw new CallFailure('NOT_FOUND', '该庭审没有这位参与人');
  if (!isSigningRole(p.role)) throw new CallFailure('VALIDATION', '审判人员与书记员不在此签名或拒签');
  return { t, caseId: caseOfHearing(db, t.hearing_id), name: p.name };
}

/**
 * Records one outcome for a participant. A party may sign again (the pad is redone) or sign after a
 * refusal they withdrew: the row is replaced. The transcript's version moves too, so a finalise that read
 * the signatures before this change fails with CONFLICT instead of printing an outdated list.
 */
function record(ctx: CallContext, transcriptId: string, participantId: string, fields: { outcome: 'signed' | 'refused'; image_png: string | null; refusal_reason: string | null }) {
  const { t, caseId } = signable(ctx, transcriptId, participantId);
  const at = ctx.app.now().toISOString();
  const old = readSignatures(ctx.app.db, transcriptId).find((s) => s.participant_id === participantId);
  const id = ctx.write(caseId, (tx) => {
    tx.update('transcript', transcriptId, { state: 'signing' }, t.version);
    if (old) {
      tx.update('transcript_signature', old.id, { ...fields, at }, old.version);
      return old.id;
    }
    const newId = uuidv7();
    tx.insert('transcript_signature', newId, { transcript_id: transcriptId, participant_id: participantId, ...fields, at });
    return newId;
  });
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'transcript', id: transcriptId } });
  return { signatureId: id, at };
}

/**
 * On the parties' screen a signature is taken only for the person the clerk put on the pad: the session is
 * bound to one hearing and the presented view must be this transcript and participant.
 */
function checkPresentedSigner(ctx: CallContext, hearingId: string, transcriptId: string, participantId: string): void {
  const bound = ctx.session?.presentation;
  if (!bound) return;
  const view = presentationsOf(ctx.app).get(bound.hearingId)?.view;
  if (bound.hearingId !== hearingId || view?.mode !== 'sign' || view.transcriptId !== transcriptId || view.participantId !== participantId) {
    throw new CallFailure('FORBIDDEN', '当前没有请这位当事人签名，请等待书记员操作');
  }
}

export const sign: Handler<'transcripts.sign'> = ({ transcriptId, participantId, imagePng }, ctx) => {
  const { t } = signable(ctx, transcriptId, participantId); // state and participant first: a locked transcript says LOCKED, not "bad image"
  checkPresentedSigner(ctx, t.hearing_id, transcriptId, participantId);
  readSignatureImage(imagePng);
  return { ...record(ctx, transcriptId, participantId, { outcome: 'signed', image_png: imagePng, refusal_reason: null }), outcome: 'signed' as const };
};

export const refuse: Handler<'transcripts.refuse'> = ({ transcriptId, participantId, reason }, ctx) => ({
  ...record(ctx, transcriptId, participantId, { outcome: 'refused', image_png: null, refusal_reason: reason }),
  outcome: 'refused' as const,
});
