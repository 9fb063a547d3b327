import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, degrees } from 'pdf-lib';
import { embedCjkFont } from '../../src-main/pdf/cjkFont';

/** Where a line of text was drawn, top-left origin in points (the frame OcrBox uses). */
export interface DrawnLine {
  text: string;
  x: number;
  top: number;
  width: number;
  height: number;
}

/** A small page (A5) with two lines of Chinese at known places, as a text PDF to be rendered into a scan. */
export async function twoLinePage(): Promise<{ pdf: Uint8Array; lines: DrawnLine[]; width: number; height: number }> {
  const doc = await PDFDocument.create();
  const font = await embedCjkFont(doc);
  const [width, height] = [419.53, 595.28];
  const page = doc.addPage([width, height]);
  const spec = [
    { text: '民事起诉状', x: 140, baseline: 520, size: 26 },
    { text: '被告借款人民币伍万元', x: 60, baseline: 400, size: 18 },
  ];
  const lines = spec.map(({ text, x, baseline, size }) => {
    page.drawText(text, { x, y: baseline, size, font });
    // CJK glyphs fill roughly the em square above the baseline (ascent ~0.88 em, descent ~0.12 em).
    return { text, x, top: height - baseline - size * 0.88, width: font.widthOfTextAtSize(text, size), height: size };
  });
  return { pdf: await doc.save(), lines, width, height };
}

/**
 * An image-only PDF whose page carries /Rotate 90: the scan is stored turned a quarter turn counter-clockwise
 * in a landscape media box, so it reads upright only when the rotation is applied (as scanners that
 * record orientation do). Displayed, it is the upright page of `width` × `height`.
 */
export async function rotatedImagePdf(png: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png);
  const page = doc.addPage([height, width]);
  // Rotated 90° about its lower-left corner placed at the media box's lower-right: it fills the box.
  page.drawImage(image, { x: height, y: 0, width, height, rotate: degrees(90) });
  page.setRotation(degrees(90));
  return doc.save();
}

/** The page as a scanner gives it: a PNG at `dpi` (poppler), which states its resolution. */
export function scanToPng(pdf: Uint8Array, dpi: number): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'court-desk-scan-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', join(dir, 'in.pdf'), join(dir, 'out')]);
    return new Uint8Array(readFileSync(join(dir, 'out.png')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
