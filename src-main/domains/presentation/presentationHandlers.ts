import { randomBytes } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import type { PresentationView, ShownAnnotation, ShownView } from '../../../src-shared/contract/calls/presentationCalls';
import { CallFailure } from '../../../src-shared/contract/errors';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { Database } from '../../db/openDatabase';
import type { CallContext, Handler } from '../../services/callContext';
import { hashToken, newSessionToken } from '../auth/sessionStore';
import { announce, presentationFor, presentationsOf, type Presentation } from './presentationStore';
import { shownEvidencePage } from './shownEvidence';

function hearingCase(db: Database, hearingId: string): string {
  const row = db.prepare('SELECT case_id FROM hearings WHERE id = ?').get(hearingId) as { case_id: string } | undefined;
  if (!row) throw new CallFailure('NOT_FOUND', '庭审不存在');
  return row.case_id;
}

/** Opening again ends the screen opened before: one parties' screen per hearing. */
export const open: Handler<'presentation.open'> = ({ hearingId }, ctx) => {
  const p = presentationFor(ctx.app, hearingId, hearingCase(ctx.app.db, hearingId));
  if (p.sessionToken) ctx.app.sessions.delete(p.sessionToken);
  p.sessionToken = null;
  const token = randomBytes(24).toString('base64url');
  p.linkTokenHash = hashToken(token);
  p.opener = ctx.session ? { userId: ctx.session.userId, userName: ctx.session.userName, displayName: ctx.session.displayName, role: ctx.session.role } : null;
  p.openerToken = ctx.sessionToken;
  return { token, path: `/present/${token}` };
};

export const close: Handler<'presentation.close'> = ({ hearingId }, ctx) => {
  const map = presentationsOf(ctx.app);
  const p = map.get(hearingId);
  if (!p) return { closed: false };
  if (p.sessionToken) ctx.app.sessions.delete(p.sessionToken);
  map.delete(hearingId);
  announce(ctx.app, p);
  return { closed: true };
};

function checkView(db: Database, hearingId: string, caseId: string, view: PresentationView): void {
  if (view.mode === 'evidence' && !shownEvidencePage(db, caseId, view.evidenceItemId, view.pageIndex)) {
    throw new CallFailure('NOT_FOUND', '该证据页不能展示：证据须属本案、材料须在正卷、页码须在证据范围内');
  }
  if (view.mode === 'sign') {
    const t = db.prepare('SELECT 1 FROM transcripts WHERE id = ? AND hearing_id = ?').get(view.transcriptId, hearingId);
    const part = db.prepare('SELECT 1 FROM hearing_participants WHERE id = ? AND hearing_id = ?').get(view.participantId, hearingId);
    if (!t || !part) throw new CallFailure('NOT_FOUND', '该庭审没有此笔录或此参加人');
  }
}

export const show: Handler<'presentation.show'> = ({ hearingId, view, pointer }, ctx) => {
  const caseId = hearingCase(ctx.app.db, hearingId);
  if (view) checkView(ctx.app.db, hearingId, caseId, view);
  const p = presentationFor(ctx.app, hearingId, caseId);
  if (view) {
    p.view = view;
    p.pointer = null; // a new page starts without the old page's pointer
  }
  if (pointer !== undefined) p.pointer = p.view.mode === 'evidence' ? pointer : null;
  announce(ctx.app, p);
  return { seq: p.seq };
};

export const join: Handler<'presentation.join'> = ({ token }, ctx) => {
  const hash = hashToken(token);
  const p = [...presentationsOf(ctx.app).values()].find((x) => x.linkTokenHash === hash);
  if (!p || !p.opener) throw new CallFailure('UNAUTHENTICATED', '展示链接无效或已被使用，请书记员重新打开当事人展示屏');
  p.linkTokenHash = null; // one time only
  if (p.sessionToken) ctx.app.sessions.delete(p.sessionToken);
  const sessionId = newSessionToken();
  // The screen acts for the clerk who opened it (the audit names them, via 'presentation'), limited by the dispatcher.
  ctx.app.sessions.add(sessionId, {
    rowId: uuidv7(),
    ...p.opener,
    lastActivity: ctx.app.now().getTime(),
    locked: false,
    presentation: { hearingId: p.hearingId, caseId: p.caseId },
  });
  p.sessionToken = sessionId;
  return { sessionId };
};

/** The presentation of the calling parties' screen; refuses every other caller. */
export function boundPresentation(ctx: CallContext): Presentation {
  if (!ctx.session) throw new CallFailure('UNAUTHENTICATED', '请通过书记员打开的展示链接进入');
  const bound = ctx.session.presentation;
  if (!bound) throw new CallFailure('FORBIDDEN', '仅当事人展示屏可调用');
  const p = presentationsOf(ctx.app).get(bound.hearingId);
  if (!p || p.sessionToken !== ctx.sessionToken) throw new CallFailure('UNAUTHENTICATED', '展示已结束');
  if (!p.openerToken || !ctx.app.sessions.get(p.openerToken)) {
    ctx.app.sessions.delete(ctx.sessionToken!);
    p.sessionToken = null;
    throw new CallFailure('UNAUTHENTICATED', '书记员已退出登录，展示已结束');
  }
  return p;
}

/**
 * For transcripts.sign: a parties' screen may sign only what the clerk put on it (this transcript, this
 * participant, in 'sign' mode). Other sessions pass (their role was checked by the dispatcher).
 */
export function assertPresentationMaySign(ctx: CallContext, transcriptId: string, participantId: string): void {
  if (!ctx.session?.presentation) return;
  const v = boundPresentation(ctx).view;
  if (v.mode !== 'sign' || v.transcriptId !== transcriptId || v.participantId !== participantId) {
    throw new CallFailure('FORBIDDEN', '书记员尚未请该参加人签名');
  }
}

export const current: Handler<'presentation.current'> = (_input, ctx) => {
  const p = boundPresentation(ctx);
  const db = ctx.app.db;
  let view: ShownView = { mode: 'blank' };
  if (p.view.mode === 'evidence') {
    const page = shownEvidencePage(db, p.caseId, p.view.evidenceItemId, p.view.pageIndex);
    if (page) view = { mode: 'evidence', label: page.label, pageNumber: page.pageNumber, pageCount: page.pageCount };
  } else if (p.view.mode === 'sign') {
    const part = db.prepare('SELECT name FROM hearing_participants WHERE id = ? AND hearing_id = ?').get(p.view.participantId, p.hearingId) as { name: string } | undefined;
    if (part) view = { mode: 'sign', transcriptId: p.view.transcriptId, participantId: p.view.participantId, participantName: part.name };
  }
  return { seq: p.seq, view, pointer: view.mode === 'evidence' ? p.pointer : null };
};

interface ShownRow { kind: string; rects: string; ink: string; color: string; opacity: number; text: string }

/** The ONE shown page as a one-page PDF, and only its 'showable' annotations. */
export const page: Handler<'presentation.page'> = async (_input, ctx) => {
  const p = boundPresentation(ctx);
  const seq = p.seq;
  const shown = p.view.mode === 'evidence' ? shownEvidencePage(ctx.app.db, p.caseId, p.view.evidenceItemId, p.view.pageIndex) : null;
  if (!shown) throw new CallFailure('NOT_FOUND', '当前没有展示证据页');
  const source = await PDFDocument.load(ctx.app.blobs.read(shown.sha256), { updateMetadata: false });
  const single = await PDFDocument.create();
  const [copied] = await single.copyPages(source, [shown.pageIndex]);
  single.addPage(copied!);
  const pdf = new Uint8Array(await single.save());
  const rows = ctx.app.db.prepare(`SELECT kind, rects, ink, color, opacity, text FROM annotations
    WHERE document_id = ? AND page_index = ? AND layer = 'showable' AND deleted_at IS NULL ORDER BY created_at, id`)
    .all(shown.documentId, shown.pageIndex) as ShownRow[];
  const annotations = rows.map((r) => ({
    kind: r.kind as ShownAnnotation['kind'],
    rects: JSON.parse(r.rects) as [number, number, number, number][],
    ink: JSON.parse(r.ink) as [number, number, number][][],
    color: r.color,
    opacity: r.opacity,
    text: r.text,
  }));
  return { seq, pdf, annotations };
};
