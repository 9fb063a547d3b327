import { describe, expect, it } from 'vitest';
import { imagePageMapping, ocrLinesColumn, renderedPageMapping, toPageLines, turnedByExif, type PixelLine } from '../../../src-main/domains/dossier/import/ocrPageLines';
import { parseOcrLines } from '../../../src-shared/reader/ocrLines';

const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });

describe('OCR boxes from image pixels to page points', () => {
  it('maps an image without a stated resolution the way its rendition draws it: fitted into A4 and centred', () => {
    // 1000 × 1000 px on a 595.28 × 841.89 page: scale 0.59528, a band of (841.89 − 595.28) / 2 above.
    const m = imagePageMapping({ width: 595.28, height: 841.89 }, { width: 1000, height: 1000 });
    expect(m.sx).toBeCloseTo(0.59528, 5);
    expect(m.dx).toBeCloseTo(0, 5);
    expect(m.dy).toBeCloseTo(123.305, 3);
    const [line] = toPageLines([{ bbox: box(100, 200, 300, 250), text: '借款\n' }], m);
    expect(line!.b).toEqual([59.5, 242.4, 119.1, 29.8]);
  });

  it('maps a rendered PDF page by the ratio of sizes (the page as displayed)', () => {
    const m = renderedPageMapping({ width: 842, height: 595 }, { width: 2339, height: 1653 });
    expect(m.sx * 2339).toBeCloseTo(842, 6);
    expect(m.sy * 1653).toBeCloseTo(595, 6);
    expect([m.dx, m.dy]).toEqual([0, 0]);
  });

  it('tidies each line as the stored text (no space beside Chinese, one between Latin words), drops empty lines, rounds to 0.1 pt and stores compact JSON (\'[]\' when OCR read no line; null for PDF text)', () => {
    const lines: PixelLine[] = [
      { bbox: box(0, 0, 10, 10), text: '  \n' },
      { bbox: box(10, 20, 110, 40), text: ' 借款 50000 元 Zhang San\n' },
    ];
    const got = toPageLines(lines, { sx: 1 / 3, sy: 1 / 3, dx: 0, dy: 0 });
    expect(got).toEqual([{ t: '借款50000元Zhang San', b: [3.3, 6.7, 33.3, 6.7] }]);
    expect(parseOcrLines(ocrLinesColumn('ocr', got))).toEqual(got);
    expect(ocrLinesColumn('ocr', [])).toBe('[]');
    expect(ocrLinesColumn('pdf', [])).toBeNull();
    expect(parseOcrLines('not json')).toEqual([]);
  });

  it('tells an image tesseract turns by its EXIF orientation (big-endian tag 0x0112 in the first 500 bytes)', () => {
    const jpeg = (orientation: number, at = 40) => {
      const b = new Uint8Array(600);
      b.set([0xff, 0xd8], 0);
      b.set([0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation], at);
      return b;
    };
    expect(turnedByExif(jpeg(6))).toBe(true);
    expect(turnedByExif(jpeg(1))).toBe(false);
    expect(turnedByExif(jpeg(6, 560))).toBe(false); // beyond where tesseract.js looks
    expect(turnedByExif(new Uint8Array(100))).toBe(false);
  });
});
