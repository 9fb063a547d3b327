import { PDFDocument, type PDFImage } from 'pdf-lib';
import type { SignaturePlacement } from '../../../src-shared/contract/calls/transcriptSigningCalls';
import { HEARING_PHASE_LABELS } from '../../../src-shared/domain/hearing';
import { embedCjkFont } from '../../pdf/cjkFont';
import { PdfFlow } from './pdfFlow';
import { isSigningRole, roleLabel, type TranscriptFacts } from './transcriptFacts';

/** China Standard Time (no daylight saving): the court's clock for dates printed on the transcript. */
const cst = (iso: string): Date => new Date(new Date(iso).getTime() + 8 * 3600 * 1000);
export const printedDate = (iso: string): string => {
  const d = cst(iso);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};
const printedTime = (iso: string): string => cst(iso).toISOString().slice(11, 16);
/** 'YYYY-MM-DDTHH:MM' local court time as 2026年3月5日 9:30. */
const localStart = (s: string): string => `${Number(s.slice(0, 4))}年${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日 ${s.slice(11, 16)}`;

/** How a refusal is put on record: a party is 当事人; an agent or a witness is named by their role. */
export const refusalLine = (role: string, name: string, reason: string): string =>
  `（${['plaintiff', 'defendant', 'third_party'].includes(role) ? '当事人' : roleLabel(role)} ${name} 拒绝签名，理由：${reason}）`;

const pngBytes = (dataUrl: string): Uint8Array => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

export interface TranscriptPdf {
  doc: PDFDocument;
  pageCount: number;
  /** What each page says, line by line. */
  pageTexts: string[];
}

/**
 * Lays out the 庭审笔录: heading facts, the numbered entries under their phase headings, then the parties'
 * signatures (images with name and date) or their recorded refusals, and the bench. With placement 'each'
 * the signatures are also printed small at the foot of every page. Returns the unsaved pdf-lib document so
 * the caller can seal it.
 */
export async function renderTranscriptPdf(f: TranscriptFacts, placement: SignaturePlacement, finalisedAt: string): Promise<TranscriptPdf> {
  const doc = await PDFDocument.create();
  const font = await embedCjkFont(doc);
  const created = new Date(finalisedAt);
  doc.setTitle('庭审笔录', { showInWindowTitleBar: true }); // the filed document's title; the case number is the subject
  doc.setSubject(f.caseNumber);
  doc.setAuthor(f.court);
  doc.setProducer('Court Desk');
  doc.setCreator('Court Desk');
  doc.setLanguage('zh-CN');
  doc.setCreationDate(created);
  doc.setModificationDate(created);

  const signers = f.participants.filter((p) => isSigningRole(p.role));
  const images = new Map<string, PDFImage>();
  for (const s of f.signatures) if (s.outcome === 'signed' && s.image_png) images.set(s.participant_id, await doc.embedPng(pngBytes(s.image_png)));
  const band = placement === 'each' && signers.length > 0 ? 56 : 0;
  const flow = new PdfFlow(doc, font, band);

  flow.paragraph('庭审笔录', { size: 22, align: 'center', leading: 1.6 });
  flow.paragraph(f.court, { size: 14, align: 'center', leading: 2 });
  const head = [
    `案号：${f.caseNumber}`,
    `案由：${f.cause}`,
    `时间：${localStart(f.startsAt)}${f.closedAt ? ` 至 ${printedTime(f.closedAt)}` : ''}`,
    `地点：${f.courtroom}`,
  ];
  if (f.presiding) head.push(`审判长（审判员）：${f.presiding}`);
  if (f.clerk) head.push(`书记员：${f.clerk}`);
  for (const line of head) flow.paragraph(line, { hang: 48 });
  const attending = f.participants.filter((p) => !['presiding', 'clerk'].includes(p.role));
  if (attending.length > 0) {
    flow.paragraph('出庭人员：', {});
    for (const p of attending) flow.paragraph(`\u3000\u3000${roleLabel(p.role)}：${p.name}`, { hang: 48 });
  }
  flow.gap(8);

  let n = 0;
  for (const e of f.entries) {
    if (e.kind === 'phase') {
      flow.gap(4);
      flow.paragraph(`【${e.text.trim() || (HEARING_PHASE_LABELS as Record<string, { zh: string }>)[e.phase ?? '']?.zh || e.phase || '庭审阶段'}】`, { size: 13, align: 'center' });
      continue;
    }
    n += 1;
    const label = `${n}. ${e.speaker ? `${e.speaker}：` : ''}`;
    flow.paragraph(`${label}${e.text}`, { hang: 24 });
  }
  flow.paragraph('（以下无正文）', { align: 'center' });
  flow.gap(12);

  if (signers.length > 0) {
    flow.paragraph('当事人及其他诉讼参与人签名：');
    for (const p of signers) {
      const sig = f.signatures.find((s) => s.participant_id === p.id);
      const who = `${roleLabel(p.role)} ${p.name}`;
      const image = images.get(p.id);
      if (sig?.outcome === 'signed' && image) flow.imageRow(`${who}：`, image, 44, printedDate(sig.at));
      else if (sig?.outcome === 'refused') flow.paragraph(refusalLine(p.role, p.name, sig.refusal_reason ?? ''), { hang: 24 });
      else flow.paragraph(`${who}：（未签名）`);
    }
  }
  flow.gap(8);
  const bench = [f.presiding ? `审判长（审判员）：${f.presiding}` : '', f.clerk ? `书记员：${f.clerk}` : ''].filter(Boolean).join('\u3000\u3000');
  if (bench) flow.paragraph(bench);
  flow.paragraph(`定稿日期：${printedDate(finalisedAt)}`);

  if (band > 0) footSignatures(flow, f, images);
  flow.numberPages();
  return { doc, pageCount: flow.pages.length, pageTexts: flow.pageTexts.map((lines) => lines.join('\n')) };
}

/** Each page's foot: every party's signature small (or 「拒签」), as parties sign every page of a paper 笔录. */
function footSignatures(flow: PdfFlow, f: TranscriptFacts, images: Map<string, PDFImage>): void {
  const signers = f.participants.filter((p) => isSigningRole(p.role));
  const slot = flow.textWidth / Math.max(1, signers.length);
  flow.pages.forEach((page, i) => {
    const y = flow.bottom - 48;
    page.drawText('签名：', { x: flow.left, y: y + 30, size: 8, font: flow.font });
    signers.forEach((p, k) => {
      const x = flow.left + k * slot;
      const sig = f.signatures.find((s) => s.participant_id === p.id);
      const image = images.get(p.id);
      const caption = `${roleLabel(p.role)} ${p.name}`;
      page.drawText(caption, { x, y, size: 8, font: flow.font });
      if (sig?.outcome === 'signed' && image) {
        const h = 26;
        const w = Math.min(image.width * (h / image.height), slot - 12);
        page.drawImage(image, { x, y: y + 8, width: w, height: image.height * (w / image.width) });
      } else if (sig?.outcome === 'refused') {
        page.drawText('（拒签）', { x, y: y + 14, size: 8, font: flow.font });
      }
      flow.pageTexts[i]!.push(caption);
    });
  });
}
