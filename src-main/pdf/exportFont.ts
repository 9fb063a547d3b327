import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** Layout helpers for generated pages (cover, 目录, placeholders, 备考表, reading notes). */
export { embedCjkFont } from './cjkFont';

export const A4: [number, number] = [595.28, 841.89];
export const INK = rgb(0, 0, 0);
export const GREY = rgb(0.4, 0.4, 0.4);
export const RULE = rgb(0.25, 0.25, 0.25);

/** Draws a text with its left, centre or right edge at x. */
export function drawText(page: PDFPage, font: PDFFont, text: string, x: number, y: number, size: number, align: 'left' | 'center' | 'right' = 'left', color = INK): void {
  const w = font.widthOfTextAtSize(text, size);
  const left = align === 'center' ? x - w / 2 : align === 'right' ? x - w : x;
  page.drawText(text, { x: left, y, size, font, color });
}

/** Widths at size 1 of the pieces already measured, per embedded font (it lives as long as its document). */
const pieceWidths = new WeakMap<PDFFont, Map<string, number>>();

/** The width of `piece` at `size`, measured once per font: fontkit shapes the text on every measurement. */
export function pieceWidth(font: PDFFont, piece: string, size: number): number {
  let widths = pieceWidths.get(font);
  if (!widths) pieceWidths.set(font, (widths = new Map()));
  let w = widths.get(piece);
  if (w === undefined) widths.set(piece, (w = font.widthOfTextAtSize(piece, 1)));
  return w * size;
}

/**
 * Breaks text into lines no wider than `width` (CJK breaks anywhere; Latin words and numbers stay whole). A line's
 * width is the sum of its pieces' widths, each measured once per font (pieceWidth): measuring the whole line again
 * for every character made a 10,000-annotation 阅卷笔录 take seconds.
 */
export function wrapText(font: PDFFont, text: string, size: number, width: number): string[] {
  const widthOf = (piece: string): number => pieceWidth(font, piece, size);
  const out: string[] = [];
  let line = '';
  let lineW = 0;
  for (const token of text.match(/[A-Za-z0-9.,%@+\-/_]+|[\s\S]/gu) ?? []) {
    const pieces = widthOf(token) > width ? Array.from(token) : [token];
    for (const piece of pieces) {
      const w = widthOf(piece);
      if (line !== '' && lineW + w > width) {
        out.push(line.trimEnd());
        line = piece.trimStart();
        lineW = line === piece ? w : widthOf(line);
      } else {
        line += piece;
        lineW += w;
      }
    }
  }
  if (line !== '' || out.length === 0) out.push(line);
  return out;
}

/** At most `max` lines of wrapped text; the last one ends in … when the text was longer. */
export function clampLines(font: PDFFont, text: string, size: number, width: number, max: number): string[] {
  const lines = wrapText(font, text, size, width);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last.length > 0 && font.widthOfTextAtSize(last + '…', size) > width) last = last.slice(0, -1);
  kept[max - 1] = last + '…';
  return kept;
}

/** A 年月日 date from an ISO date or instant, in China time. */
export function zhDay(iso: string | null): string {
  if (!iso) return '';
  const t = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00+08:00`) : Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + 8 * 3_600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
