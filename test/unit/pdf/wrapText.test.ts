import { PDFDocument, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedCjkFont, pieceWidth, wrapText } from '../../../src-main/pdf/exportFont';

describe('wrapText: lines for generated pages (Noto Sans SC)', () => {
  let font: PDFFont;
  beforeAll(async () => {
    font = await embedCjkFont(await PDFDocument.create());
  });

  it('fills each line up to the width, breaks Chinese anywhere and keeps Latin words and numbers whole', () => {
    const text = '原告江苏演示农村商业银行股份有限公司诉被告许新、邵婷丹金融借款合同纠纷一案，借款本金180,000.00元，account No. 6222020200112233 已逾期。';
    for (const width of [80, 150, 300]) {
      const lines = wrapText(font, text, 11, width);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      for (const [i, line] of lines.entries()) {
        expect(font.widthOfTextAtSize(line, 11)).toBeLessThanOrEqual(width + 0.01);
        // Full: the next line's first word or character would not have fitted.
        const next = lines[i + 1]?.match(/^[A-Za-z0-9.,%@+\-/_]+|^[\s\S]/u)?.[0];
        if (next && font.widthOfTextAtSize(next, 11) <= width) expect(font.widthOfTextAtSize(line + next, 11)).toBeGreaterThan(width - 0.01);
      }
      expect(lines.some((l) => l.includes('180,000.00'))).toBe(true);
      // A number wider than the line is the one thing broken inside.
      if (width >= 150) expect(lines.some((l) => l.includes('6222020200112233'))).toBe(true);
    }
  });

  it('measures a piece once per font and scales it to each size', () => {
    for (const size of [8, 11, 16, 22]) {
      for (const piece of ['摘录：', '借', 'No.', '180,000.00']) expect(pieceWidth(font, piece, size)).toBeCloseTo(font.widthOfTextAtSize(piece, size), 6);
    }
    // The same text at two sizes in a row (the cache is shared): each line fits at its own size.
    for (const size of [8, 16]) {
      for (const line of wrapText(font, '被告向原告借款人民币100000元，约定一年内归还。', size, 120)) {
        expect(font.widthOfTextAtSize(line, size)).toBeLessThanOrEqual(120.01);
      }
    }
  });

  it('splits a word wider than the line, and gives one empty line for empty text', () => {
    const lines = wrapText(font, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 12, 60);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
    expect(wrapText(font, '', 12, 60)).toEqual(['']);
  });
});
