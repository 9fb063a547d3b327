import { PDFDocument } from 'pdf-lib';
import { CallFailure } from '../../../src-shared/contract/errors';
import type { AppContext } from '../../app/appContext';
import type { Handler } from '../../services/callContext';
import { embedCjkFont } from '../../pdf/cjkFont';
import { hashBytes, removeOrphanBlob } from '../dossier/import/saveDocument';
import { appendTranscriptEntry } from '../hearings/transcriptWrites';
import { fileSignedPdf } from './fileTranscriptDocument';
import { sealPdf } from './padesSign';
import { PdfFlow } from './pdfFlow';
import { refuseIfFinal } from './signatureHandlers';
import { loadCourtCertificate, readPlacement, type CourtCertificate } from './signingCertificate';
import { isSigningRole, readTranscript, readTranscriptFacts } from './transcriptFacts';
import { printedDate, renderTranscriptPdf } from './transcriptPdf';

function courtCertificate(app: AppContext): CourtCertificate {
  const cert = loadCourtCertificate(app);
  if (!cert) throw new CallFailure('VALIDATION', '尚未配置法院电子签章证书，无法定稿；请系统管理员在“设置 → 笔录签章”中导入证书');
  return cert;
}

/** Stores blob bytes before a write; if the write then fails, a blob file this call created is removed again. */
function withBlob<T>(app: AppContext, bytes: Uint8Array, work: (blob: { sha256: string; sizeBytes: number }) => T): T {
  const known = app.blobs.has(hashBytes(bytes));
  const blob = app.blobs.put(bytes);
  try {
    return work(blob);
  } catch (err) {
    if (!known) removeOrphanBlob(app, blob.sha256);
    throw err;
  }
}

/**
 * Finalise: every party has signed or refused → the PDF with their signatures, sealed with the court's
 * certificate (PAdES), stored as a blob, filed in the 正卷 as 庭审笔录, and the transcript locked with the
 * PDF's SHA-256, all in one write. The transcript's version guards against anything that changed while
 * the PDF was being made.
 */
export const finalise: Handler<'transcripts.finalise'> = async ({ transcriptId, baseVersion }, ctx) => {
  const { app } = ctx;
  const t = readTranscript(app.db, transcriptId);
  refuseIfFinal(t);
  if (t.state !== 'signing') throw new CallFailure('VALIDATION', '笔录尚未交付签名，不能定稿');
  if (t.version !== baseVersion) throw new CallFailure('CONFLICT');
  const facts = readTranscriptFacts(app.db, transcriptId);
  const missing = facts.participants.filter((p) => isSigningRole(p.role) && !facts.signatures.some((s) => s.participant_id === p.id));
  if (missing.length > 0) throw new CallFailure('VALIDATION', `尚有人未签名也未记录拒签：${missing.map((p) => p.name).join('、')}`);
  const cert = courtCertificate(app);
  const at = app.now().toISOString();
  const rendered = await renderTranscriptPdf(facts, readPlacement(app.db), at);
  const bytes = await sealPdf(rendered.doc, cert, { reason: '庭审笔录定稿', location: facts.court, name: facts.court, signingTime: new Date(at) });
  const result = withBlob(app, bytes, (blob) =>
    ctx.write(facts.caseId, (tx) => {
      const documentId = fileSignedPdf(app, tx, facts.caseId, { bytes, title: '庭审笔录', originalName: `庭审笔录-${facts.caseNumber}.pdf`, pageTexts: rendered.pageTexts }, blob, ctx.actor?.userId ?? null);
      const version = tx.update('transcript', transcriptId, { state: 'final', finalised_at: at, pdf_sha256: blob.sha256, document_id: documentId }, baseVersion)!;
      return { version, documentId, pdfSha256: blob.sha256 };
    }),
  );
  app.events.emit({ topic: 'data', payload: { entity: 'transcript', id: transcriptId, caseId: facts.caseId } });
  return { state: 'final' as const, pageCount: rendered.pageCount, ...result };
};

/**
 * A correction after finalising (补正): an 'addendum' entry and its own sealed PDF filed next to the
 * transcript. The signed transcript PDF is never touched; the addendum names its SHA-256.
 */
export const addendum: Handler<'transcripts.addendum'> = async ({ transcriptId, text }, ctx) => {
  const { app } = ctx;
  const t = readTranscript(app.db, transcriptId);
  if (t.state !== 'final') throw new CallFailure('VALIDATION', '笔录尚未定稿，请直接修改，无需补正');
  const facts = readTranscriptFacts(app.db, transcriptId);
  const cert = courtCertificate(app);
  const at = app.now().toISOString();
  const author = ctx.actor?.userId
    ? ((app.db.prepare('SELECT display_name FROM users WHERE id = ?').get(ctx.actor.userId) as { display_name: string } | undefined)?.display_name ?? ctx.actor.userName)
    : (ctx.actor?.userName ?? '');

  const doc = await PDFDocument.create();
  doc.setTitle('庭审笔录补正');
  doc.setSubject(facts.caseNumber);
  doc.setCreationDate(new Date(at));
  doc.setModificationDate(new Date(at));
  doc.setProducer('Court Desk');
  doc.setCreator('Court Desk');
  doc.setLanguage('zh-CN');
  const flow = new PdfFlow(doc, await embedCjkFont(doc));
  flow.paragraph('庭审笔录补正', { size: 22, align: 'center', leading: 1.6 });
  flow.paragraph(facts.court, { size: 14, align: 'center', leading: 2 });
  for (const line of [`案号：${facts.caseNumber}`, `案由：${facts.cause}`, `原笔录定稿日期：${printedDate(t.finalised_at ?? at)}`, `原笔录 SHA-256：${t.pdf_sha256 ?? ''}`]) flow.paragraph(line, { hang: 48 });
  flow.gap(8);
  flow.paragraph('补正内容：');
  flow.paragraph(text, { hang: 0 });
  flow.gap(8);
  flow.paragraph(`补正人：${author}\u3000\u3000补正日期：${printedDate(at)}`);
  flow.numberPages();
  const bytes = await sealPdf(doc, cert, { reason: '庭审笔录补正', location: facts.court, name: facts.court, signingTime: new Date(at) });

  const result = withBlob(app, bytes, (blob) =>
    ctx.write(facts.caseId, (tx) => {
      const entryId = appendTranscriptEntry(tx, app.db, { transcriptId, kind: 'addendum', text, authorId: ctx.actor?.userId ?? null }, app.now());
      const pageTexts = flow.pageTexts.map((l) => l.join('\n'));
      const documentId = fileSignedPdf(app, tx, facts.caseId, { bytes, title: '庭审笔录补正', originalName: `庭审笔录补正-${entryId}.pdf`, pageTexts }, blob, ctx.actor?.userId ?? null);
      return { entryId, documentId, pdfSha256: blob.sha256 };
    }),
  );
  app.events.emit({ topic: 'data', payload: { entity: 'transcript', id: transcriptId, caseId: facts.caseId } });
  return result;
};

/** The signed transcript PDF, byte for byte as filed. */
export const pdf: Handler<'transcripts.pdf'> = ({ transcriptId }, ctx) => {
  const t = readTranscript(ctx.app.db, transcriptId);
  if (t.state !== 'final' || !t.pdf_sha256) throw new CallFailure('VALIDATION', '笔录尚未定稿，还没有签章的 PDF');
  const bytes = ctx.app.blobs.read(t.pdf_sha256);
  return new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
};
