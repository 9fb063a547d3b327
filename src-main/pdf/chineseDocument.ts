import fontkit from 'fontkit';
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import { loadCjkFontBytes } from './cjkFont';

export interface ChineseDocument {
  title: string;
  subtitle?: string;
  /** Body paragraphs; each starts with a two-character indent. An empty string leaves a blank line. */
  paragraphs: string[];
  /** Creation date written to the PDF metadata (defaults to now); fixing it makes the bytes reproducible. */
  createdAt?: Date;
}

const PAGE_W = 595.28; // A4 in points
const PAGE_H = 841.89;
const MARGIN_X = 72;
const MARGIN_TOP = 80;
const MARGIN_BOTTOM = 80;
const BODY_SIZE = 12;
const LINE_H = BODY_SIZE * 1.8;
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 12;
const FOOTER_SIZE = 9;
const TEXT_W = PAGE_W - 2 * MARGIN_X;
/** Closing punctuation may not start a line (禁则); it hangs in the right margin instead. */
const NO_LINE_START = new Set(Array.from('，。、；：？！）》」』】〕…’”,.;:?!)%'));

/**
 * fontkit parses lazily, but the 10 MB font's tables are still read once per `create`. Every PDF we write
 * embeds the same bytes, so parse them once and let each document build its own subset from that Font.
 */
type Fontkit = typeof fontkit;
let parsed: { bytes: Uint8Array; font: ReturnType<Fontkit['create']> } | null = null;
const sharedFontkit: Fontkit = {
  create(bytes, postscriptName) {
    // fontkit 1.x needs a Buffer (it probes the format with Buffer#toString).
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (postscriptName !== undefined) return fontkit.create(buffer, postscriptName);
    if (!parsed || parsed.bytes !== bytes) parsed = { bytes, font: fontkit.create(buffer) };
    return parsed.font;
  },
};

interface Line {
  text: string;
  x: number;
  size: number;
  /** Space taken above the next line. */
  advance: number;
}

/** Breaks text into lines no wider than `width`, measuring character by character (CJK has no spaces). */
function wrap(text: string, width: number, indent: number, measure: (ch: string) => number): { text: string; indent: number }[] {
  const out: { text: string; indent: number }[] = [];
  let line = '';
  let used = indent;
  let lineIndent = indent;
  for (const ch of Array.from(text)) {
    const w = measure(ch);
    if (used + w > width && line !== '' && !NO_LINE_START.has(ch)) {
      out.push({ text: line, indent: lineIndent });
      line = '';
      used = 0;
      lineIndent = 0;
    }
    line += ch;
    used += w;
  }
  out.push({ text: line, indent: lineIndent });
  return out;
}

function layout(doc: ChineseDocument, font: PDFFont): Line[][] {
  const widths = new Map<string, number>();
  const measureAt = (size: number) => (ch: string): number => {
    let w = widths.get(ch);
    if (w === undefined) {
      w = font.widthOfTextAtSize(ch, 1);
      widths.set(ch, w);
    }
    return w * size;
  };
  const lines: Line[] = [];
  const centred = (text: string, size: number, advance: number) => {
    for (const part of wrap(text, TEXT_W, 0, measureAt(size))) {
      const w = Array.from(part.text).reduce((sum, ch) => sum + measureAt(size)(ch), 0);
      lines.push({ text: part.text, x: MARGIN_X + (TEXT_W - w) / 2, size, advance });
    }
  };
  centred(doc.title, TITLE_SIZE, TITLE_SIZE * 1.6);
  if (doc.subtitle) centred(doc.subtitle, SUBTITLE_SIZE, SUBTITLE_SIZE * 1.8);
  lines.push({ text: '', x: MARGIN_X, size: BODY_SIZE, advance: LINE_H * 0.6 });
  for (const paragraph of doc.paragraphs.flatMap((p) => p.split('\n'))) {
    const text = paragraph.trim();
    if (text === '') {
      lines.push({ text: '', x: MARGIN_X, size: BODY_SIZE, advance: LINE_H });
      continue;
    }
    for (const part of wrap(text, TEXT_W, 2 * BODY_SIZE, measureAt(BODY_SIZE))) {
      lines.push({ text: part.text, x: MARGIN_X + part.indent, size: BODY_SIZE, advance: LINE_H });
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
  return pages;
}

/** An A4 PDF in Simplified Chinese with a subset of Noto Sans SC embedded; numbered 「第 n 页 共 m 页」. */
export async function writeChineseDocument(doc: ChineseDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(sharedFontkit);
  const font = await pdf.embedFont(loadCjkFontBytes(), { subset: true });
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
  return pdf.save({ useObjectStreams: true });
}
