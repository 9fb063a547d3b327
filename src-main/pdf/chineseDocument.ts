import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import { embedCjkFont } from './cjkFont';
import { wrapChineseText } from './wrapChineseText';

/** A body paragraph: a string is indented by two characters; an object may sit flush left, right or centred. */
export type ChineseParagraph = string | { text: string; align: 'indent' | 'left' | 'right' | 'center' };

export interface ChineseDocument {
  title: string;
  subtitle?: string;
  /** Body paragraphs, wrapped to the page width. An empty string leaves a blank line. */
  paragraphs: ChineseParagraph[];
  /** Creation date written to the PDF metadata (defaults to now); fixing it makes the bytes reproducible. */
  createdAt?: Date;
}

const [PAGE_W, PAGE_H] = [595.28, 841.89]; // A4 in points
const [MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM] = [72, 80, 80];
const [BODY_SIZE, TITLE_SIZE, SUBTITLE_SIZE, FOOTER_SIZE] = [12, 20, 12, 9];
const LINE_H = BODY_SIZE * 1.8;
const TEXT_W = PAGE_W - 2 * MARGIN_X;

interface Line {
  text: string;
  x: number;
  size: number;
  /** Space taken above the next line. */
  advance: number;
}

function layout(doc: ChineseDocument, font: PDFFont): Line[][] {
  const widths = new Map<string, number>();
  const measureAt = (size: number) => (s: string): number => {
    let w = 0;
    for (const ch of s) {
      let cw = widths.get(ch);
      if (cw === undefined) widths.set(ch, (cw = font.widthOfTextAtSize(ch, 1)));
      w += cw;
    }
    return w * size;
  };
  const lines: Line[] = [];
  const add = (text: string, align: 'indent' | 'left' | 'right' | 'center', size: number, advance: number) => {
    const measure = measureAt(size);
    const indent = align === 'indent' ? 2 * size : 0;
    wrapChineseText(text, TEXT_W, indent, measure).forEach((part, i) => {
      const free = TEXT_W - measure(part);
      const x = align === 'center' ? free / 2 : align === 'right' ? free : i === 0 ? indent : 0;
      lines.push({ text: part, x: MARGIN_X + Math.max(0, x), size, advance });
    });
  };
  add(doc.title, 'center', TITLE_SIZE, TITLE_SIZE * 1.6);
  if (doc.subtitle) add(doc.subtitle, 'center', SUBTITLE_SIZE, SUBTITLE_SIZE * 1.8);
  lines.push({ text: '', x: MARGIN_X, size: BODY_SIZE, advance: LINE_H * 0.6 });
  for (const p of doc.paragraphs) {
    const { text, align } = typeof p === 'string' ? { text: p, align: 'indent' as const } : p;
    for (const piece of text.split('\n')) {
      if (piece.trim() === '') lines.push({ text: '', x: MARGIN_X, size: BODY_SIZE, advance: LINE_H });
      else add(piece.trim(), align, BODY_SIZE, LINE_H);
    }
  }
  // Fill pages top to bottom; a blank line never opens a page.
  const pages: Line[][] = [[]];
  let y = PAGE_H - MARGIN_TOP;
  for (const line of lines) {
    if (y - line.size < MARGIN_BOTTOM) {
      if (line.text === '') continue;
      pages.push([]);
      y = PAGE_H - MARGIN_TOP;
    }
    pages[pages.length - 1]!.push(line);
    y -= line.advance;
  }
  // No lone last line on a page of its own: take two lines of the page before along with it.
  const [prev, last] = [pages[pages.length - 2], pages[pages.length - 1]!];
  if (prev && prev.length > 6 && last.length === 1) last.unshift(...prev.splice(-2));
  return pages;
}

/** An A4 PDF in Simplified Chinese with a subset of Noto Sans SC embedded; numbered 「第 n 页 共 m 页」. */
export async function writeChineseDocument(doc: ChineseDocument): Promise<Uint8Array> {
  return (await renderChineseDocument(doc)).bytes;
}

export interface RenderedChineseDocument {
  bytes: Uint8Array;
  pageCount: number;
  /** The text drawn on each page, line by line (what a text extractor should find). */
  pageTexts: string[];
  pageSize: { width: number; height: number };
}

/** Like writeChineseDocument, and also says what it wrote on each page. */
export async function renderChineseDocument(doc: ChineseDocument): Promise<RenderedChineseDocument> {
  const pdf = await PDFDocument.create();
  const font = await embedCjkFont(pdf);
  const date = doc.createdAt ?? new Date();
  pdf.setTitle(doc.title, { showInWindowTitleBar: true });
  if (doc.subtitle) pdf.setSubject(doc.subtitle);
  pdf.setProducer('Court Desk');
  pdf.setCreator('Court Desk');
  pdf.setLanguage('zh-CN');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);

  const pages = layout(doc, font);
  const black = rgb(0, 0, 0);
  pages.forEach((lines, index) => {
    const page = pdf.addPage([PAGE_W, PAGE_H]);
    let y = PAGE_H - MARGIN_TOP;
    for (const line of lines) {
      if (line.text !== '') page.drawText(line.text, { x: line.x, y: y - line.size, size: line.size, font, color: black });
      y -= line.advance;
    }
    const footer = `第 ${index + 1} 页 共 ${pages.length} 页`;
    const w = font.widthOfTextAtSize(footer, FOOTER_SIZE);
    page.drawText(footer, { x: (PAGE_W - w) / 2, y: MARGIN_BOTTOM / 2, size: FOOTER_SIZE, font, color: rgb(0.3, 0.3, 0.3) });
  });
  const pageTexts = pages.map((lines, index) =>
    [...lines.map((l) => l.text), `第 ${index + 1} 页 共 ${pages.length} 页`].join('\n'),
  );
  return {
    bytes: await pdf.save({ useObjectStreams: true }),
    pageCount: pages.length,
    pageTexts,
    pageSize: { width: PAGE_W, height: PAGE_H },
  };
}
