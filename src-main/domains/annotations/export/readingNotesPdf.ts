import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { A4, embedCjkFont, pieceWidth, wrapText } from '../../../pdf/exportFont';
import { caseFacts, chineseOrdinal, noteEntries, NOTES_TITLE, type ReadingNotesInput } from './readingNotesModel';

const [MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM] = [64, 72, 64];
const TEXT_W = A4[0] - 2 * MARGIN_X;
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.38, 0.38, 0.38);
const ACCENT = rgb(0.55, 0.1, 0.1);

/** A top-to-bottom writer over A4 pages: wraps, breaks pages, keeps a label's lines together. */
class Flow {
  page!: PDFPage;
  y = 0;
  constructor(private readonly pdf: PDFDocument, readonly font: PDFFont) {
    this.newPage();
  }
  newPage(): void {
    this.page = this.pdf.addPage(A4);
    this.y = A4[1] - MARGIN_TOP;
  }
  /** Starts a new page unless `height` more points fit on this one. */
  need(height: number): void {
    if (this.y - height < MARGIN_BOTTOM) this.newPage();
  }
  gap(h: number): void {
    this.y -= h;
  }
  /** Wrapped text; `hang` is a label printed before the first line, with the rest aligned after it. */
  text(s: string, o: { size: number; color?: RGB; indent?: number; hang?: string; align?: 'center'; keep?: number }): void {
    const { size, color = BLACK, indent = 0, hang = '' } = o;
    const lead = size * 1.55;
    const hangW = hang ? pieceWidth(this.font, hang, size) : 0;
    const lines = s.split('\n').flatMap((p) => wrapText(this.font, p, size, TEXT_W - indent - hangW));
    this.need(lead * Math.min(lines.length, o.keep ?? 2));
    lines.forEach((line, i) => {
      this.need(lead);
      const x = o.align === 'center' ? (A4[0] - this.font.widthOfTextAtSize(line, size)) / 2 : MARGIN_X + indent + hangW;
      if (i === 0 && hang) this.page.drawText(hang, { x: MARGIN_X + indent, y: this.y - size, size, font: this.font, color: GREY });
      if (line) this.page.drawText(line, { x, y: this.y - size, size, font: this.font, color });
      this.y -= lead;
    });
  }
  rule(): void {
    this.page.drawLine({ start: { x: MARGIN_X, y: this.y }, end: { x: A4[0] - MARGIN_X, y: this.y }, thickness: 0.6, color: GREY });
  }
}

/**
 * The 阅卷笔录 as an A4 PDF with an embedded Noto Sans SC subset: title, case facts, then per document its
 * title and category and each annotation with page reference, kind, quoted words, own text, comment and tags.
 */
export async function readingNotesPdf(input: ReadingNotesInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await embedCjkFont(pdf);
  const date = Number.isNaN(Date.parse(input.createdAt)) ? new Date() : new Date(input.createdAt);
  pdf.setTitle(`${NOTES_TITLE} ${input.caseNumber}`, { showInWindowTitleBar: true });
  pdf.setAuthor(input.author);
  pdf.setProducer('Court Desk');
  pdf.setCreator('Court Desk');
  pdf.setLanguage('zh-CN');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);

  const f = new Flow(pdf, font);
  f.text(NOTES_TITLE, { size: 22, align: 'center' });
  f.gap(10);
  for (const [label, value] of caseFacts(input)) f.text(value || '—', { size: 12, hang: `${label}：` });
  f.gap(6);
  f.rule();
  f.gap(14);

  input.documents.forEach((doc, i) => {
    const entries = noteEntries(doc);
    f.need(80); // a heading never ends a page
    f.text(`${chineseOrdinal(i + 1)}、${doc.title}`, { size: 14 });
    f.text(`类别：${doc.category || '—'}\u3000批注 ${entries.length} 条`, { size: 10.5, color: GREY });
    f.gap(4);
    if (entries.length === 0) f.text('本文件无批注。', { size: 11, color: GREY, indent: 24 });
    entries.forEach((e, k) => {
      f.need(60);
      f.text(`${k + 1}. ${e.page}\u3000［${e.kind}］`, { size: 11.5, color: ACCENT, keep: 3 });
      if (e.quote) f.text(`“${e.quote}”`, { size: 11, indent: 24, hang: '摘录：' });
      if (e.text) f.text(e.text, { size: 11, indent: 24, hang: '内容：' });
      if (e.comment) f.text(e.comment, { size: 11, indent: 24, hang: '批注：' });
      if (e.tags.length) f.text(e.tags.join('、'), { size: 11, indent: 24, hang: '标签：' });
      f.gap(5);
    });
    f.gap(10);
  });

  const pages = pdf.getPages();
  pages.forEach((page, i) => {
    const footer = `第 ${i + 1} 页 共 ${pages.length} 页`;
    const w = font.widthOfTextAtSize(footer, 9);
    page.drawText(footer, { x: (A4[0] - w) / 2, y: MARGIN_BOTTOM / 2, size: 9, font, color: GREY });
  });
  return pdf.save({ useObjectStreams: true });
}
