import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { degrees, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFStream, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, PdfRect } from '../../../../src-shared/annotations/annotation';
import { annotatePdf } from '../../../../src-main/domains/annotations/export/annotatePdf';
import { renderChineseDocument } from '../../../../src-main/pdf/chineseDocument';
import { annotation, colourShare, pdfjsOpen, rasterise, run, sha256, words } from './exportFixture';

// The annotated copy checked as courts open it: pdf.js (getAnnotations), poppler (pdfinfo, pdftoppm, pdftotext) and qpdf.
const DPI = 50;
const HIGHLIGHT = '#FFD400';
/** #FFD400 at 50 % multiplied onto white paper. */
const HIGHLIGHT_ON_WHITE: [number, number, number] = [255, Math.round(255 - 0.5 * (255 - 212)), Math.round(255 - 0.5 * 255)];

describe('annotatePdf', () => {
  let dir: string;
  let original: Uint8Array;
  let originalHash: string;
  let height: number;
  let lineRect: PdfRect;
  let annotations: Annotation[];
  let annotated: Uint8Array;
  let flattened: Uint8Array;
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'annot-export-'));
    const doc = await renderChineseDocument({
      title: '民事起诉状',
      paragraphs: [
        '原告张三与被告李四民间借贷纠纷一案，被告于二〇二三年五月向原告借款人民币伍万元整，约定一年内归还。',
        '借款到期后，原告多次催要，被告至今未还。',
        '\n',
        '此致 某某区人民法院',
      ],
      createdAt: new Date('2025-01-02T03:04:05Z'),
    });
    // A second page turned 90° (a landscape scan), to check stamps stay upright.
    const withRotated = await PDFDocument.load(doc.bytes);
    withRotated.addPage([595.28, 841.89]).setRotation(degrees(90));
    original = await withRotated.save();
    originalHash = sha256(original);
    height = doc.pageSize.height;
    writeFileSync(file('original.pdf'), original);

    // Body lines found by poppler (top-left origin), back in PDF user space.
    const found = words(file('original.pdf'), 1).words;
    const line = (start: string): [string, PdfRect] => {
      const w = found.find((x) => x.text.startsWith(start))!;
      return [w.text, [w.xMin, height - w.yMax, w.xMax, height - w.yMin]];
    };
    const [quote, first] = line('原告张三');
    const [, second] = line('币伍万元整');
    const [, third] = line('借款到期后');
    lineRect = first;
    annotations = [
      annotation({ kind: 'highlight', rects: [lineRect], color: HIGHLIGHT, opacity: 0.5, comment: '借款金额与借条一致', anchor: { quote, prefix: '', suffix: '', offset: 0 } }),
      annotation({ kind: 'underline', rects: [third], color: '#1E88E5', comment: '催要无证据' }),
      annotation({ kind: 'strikeout', rects: [[second[0], second[1], second[0] + 60, second[3]]], color: '#E53935' }),
      annotation({ kind: 'rect', rects: [[60, 300, 200, 380]], color: '#43A047', comment: '签名处' }),
      annotation({ kind: 'ellipse', rects: [[260, 300, 400, 380]], color: '#8E24AA' }),
      annotation({ kind: 'ink', ink: [[[420, 300, 0.5], [460, 340, 0.6], [500, 310, 0.5]], [[430, 360, 1]]], color: '#000000' }),
      annotation({ kind: 'freetext', rects: [[60, 180, 300, 240]], color: '#C62828', text: '此处日期与借条不符，需核对原件。' }),
      annotation({ kind: 'note', rects: [[520, 700, 520, 700]], color: '#FFEB3B', comment: '询问被告是否认可利息', tags: ['利息'] }),
      annotation({ kind: 'stamp', rects: [[400, 160, 520, 210]], color: '#D32F2F', text: '存疑', comment: '需核实' }),
      // On the page turned 90°: 120 wide × 60 tall as displayed, so 60 × 120 in user space.
      annotation({ kind: 'stamp', pageIndex: 1, rects: [[200, 300, 260, 420]], color: '#D32F2F', text: '待核实' }),
    ];
    annotated = await annotatePdf(original, annotations, { flatten: false });
    flattened = await annotatePdf(original, annotations, { flatten: true });
    writeFileSync(file('annotated.pdf'), annotated);
    writeFileSync(file('flattened.pdf'), flattened);
  }, 120_000);
  afterAll(() => {
    if (process.env.KEEP_EXPORTS) console.log(dir);
    else rmSync(dir, { recursive: true, force: true });
  });

  it('leaves the original bytes untouched', () => {
    expect(sha256(original)).toBe(originalHash);
  });

  it('writes files that qpdf and pdfinfo accept', () => {
    for (const name of ['annotated.pdf', 'flattened.pdf']) {
      const check = run('qpdf', ['--check', file(name)]);
      expect(check.status, check.stdout + check.stderr).toBe(0);
      const info = run('pdfinfo', [file(name)]);
      expect(info.status).toBe(0);
      expect(info.stdout).toMatch(/Pages:\s+2/);
    }
  });

  it('adds one real annotation of each kind, as pdf.js reads them', async () => {
    const pdf = await pdfjsOpen(annotated);
    const got = await (await pdf.getPage(1)).getAnnotations();
    // pdf.js does not expose /NM: annotations come back in the order they were written, one per kind.
    const page1 = annotations.filter((x) => x.pageIndex === 0);
    expect(got).toHaveLength(page1.length);
    const byId = new Map(page1.map((a, i) => [a.id, got[i]]));
    const expected: Record<string, string> = {
      highlight: 'Highlight', underline: 'Underline', strikeout: 'StrikeOut', rect: 'Square', ellipse: 'Circle',
      ink: 'Ink', freetext: 'FreeText', note: 'Text', stamp: 'Stamp',
    };
    for (const a of page1) {
      const g = byId.get(a.id);
      expect(g, a.kind).toBeDefined();
      expect(g.annotationType, a.kind).toBeGreaterThan(0);
      expect(g.subtype).toBe(expected[a.kind]);
      expect(g.titleObj.str).toBe('王法官');
      expect(g.hasAppearance, a.kind).toBe(true);
    }
    const hl = byId.get(annotations[0]!.id);
    expect(hl.contentsObj.str).toBe('借款金额与借条一致');
    expect(Array.from(hl.color)).toEqual([255, 212, 0]);
    expect(hl.rect.map((v: number) => Math.round(v))).toEqual(lineRect.map((v) => Math.round(v)));
    expect(hl.quadPoints).toBeDefined();
    expect(byId.get(annotations[6]!.id).contentsObj.str).toBe('此处日期与借条不符，需核对原件。');
    expect(byId.get(annotations[7]!.id).contentsObj.str).toBe('询问被告是否认可利息');
    expect(byId.get(annotations[7]!.id).name).toBe('NoIcon'); // pdf.js: the appearance stream, not a built-in icon, is drawn
    expect(byId.get(annotations[8]!.id).contentsObj.str).toBe('需核实');
    expect(Array.from(byId.get(annotations[8]!.id).color)).toEqual([211, 47, 47]);
    expect(byId.get(annotations[5]!.id).inkLists).toHaveLength(2);
    const rotated = await (await pdf.getPage(2)).getAnnotations();
    expect(rotated.map((g) => g.subtype)).toEqual(['Stamp']);
    expect(rotated[0].rect.map((v: number) => Math.round(v))).toEqual([200, 300, 260, 420]);
  });

  it('names each annotation by its id (/NM), author (/T) and dates, as pdf-lib reads them back', async () => {
    const pdf = await PDFDocument.load(annotated);
    const annots = pdf.getPage(0).node.Annots()!.asArray().map((ref) => pdf.context.lookup(ref, PDFDict));
    const hl = annots[0]!;
    expect(hl.lookup(PDFName.of('NM'), PDFString).decodeText()).toBe(annotations[0]!.id);
    expect(hl.lookup(PDFName.of('T'), PDFHexString).decodeText()).toBe('王法官');
    expect(hl.lookup(PDFName.of('CreationDate'), PDFString).asString()).toMatch(/^D:20250314023000Z/);
    expect(hl.lookup(PDFName.of('M'), PDFString).asString()).toMatch(/^D:20250314023100Z/);
    expect(hl.lookup(PDFName.of('CA'), PDFNumber).asNumber()).toBe(0.5);
    const ap = hl.lookup(PDFName.of('AP'), PDFDict).lookup(PDFName.of('N'), PDFStream);
    const gs = ap.dict.lookup(PDFName.of('Resources'), PDFDict).lookup(PDFName.of('ExtGState'), PDFDict).lookup(PDFName.of('GS0'), PDFDict);
    expect(gs.get(PDFName.of('BM'))).toBe(PDFName.of('Multiply'));
    expect(annots[7]!.get(PDFName.of('Name'))).toBe(PDFName.of('Comment'));
    expect(annots[6]!.lookup(PDFName.of('DA'), PDFString).asString()).toMatch(/^\/NotoSansSC 12 Tf 0\.776 0\.157 0\.157 rg$/);
  });

  it('stores a short appearance as it is and compresses a long one (an ink stroke of 200 points)', async () => {
    const stroke = Array.from({ length: 200 }, (_, i): [number, number, number] => [100 + i, 400 + 30 * Math.sin(i / 10), 0.5]);
    const out = await annotatePdf(original, [annotation({ kind: 'highlight', rects: [lineRect] }), annotation({ kind: 'ink', ink: [stroke] })], { flatten: false });
    const pdf = await PDFDocument.load(out);
    const annots = pdf.getPage(0).node.Annots()!;
    const filters = annots.asArray().map((ref) => {
      const ap = (pdf.context.lookup(ref) as PDFDict).lookup(PDFName.of('AP'), PDFDict).lookup(PDFName.of('N'), PDFStream);
      return [ap.dict.lookup(PDFName.of('Subtype'))?.toString(), ap.dict.lookup(PDFName.of('Filter'))?.toString() ?? null];
    });
    expect(filters).toEqual([['/Form', null], ['/Form', '/FlateDecode']]);
    writeFileSync(file('compression.pdf'), out);
    const check = run('qpdf', ['--check', file('compression.pdf')]);
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('leaves no annotation objects in the flattened copy', async () => {
    const pdf = await pdfjsOpen(flattened);
    for (const n of [1, 2]) expect(await (await pdf.getPage(n)).getAnnotations()).toEqual([]);
  });

  for (const variant of ['annotated', 'flattened'] as const) {
    it(`poppler paints the highlight colour over the highlighted line (${variant})`, () => {
      const png = rasterise(file(`${variant}.pdf`), 1, DPI, file(`${variant}-p1`));
      const k = DPI / 72;
      const [x1, y1, x2, y2] = lineRect;
      const box = { x1: x1 * k + 1, x2: x2 * k - 1, y1: (height - y2) * k + 1, y2: (height - y1) * k - 1 };
      // Most of the line's box is paper (between glyphs), now tinted; glyphs stay dark.
      expect(colourShare(png, box, HIGHLIGHT_ON_WHITE)).toBeGreaterThan(0.4);
      // The line below it is not highlighted.
      const below = { ...box, y1: box.y1 + 2 * (box.y2 - box.y1), y2: box.y2 + 2 * (box.y2 - box.y1) };
      expect(colourShare(png, below, HIGHLIGHT_ON_WHITE)).toBeLessThan(0.02);
      // The stamp's red border is there too.
      const stamp = { x1: 400 * k, x2: 520 * k, y1: (height - 210) * k, y2: (height - 160) * k };
      expect(colourShare(png, stamp, [211, 47, 47], 30)).toBeGreaterThan(0.05);
    });
  }

  it('keeps the stamp upright on a page turned 90° (flattened text reads horizontally)', () => {
    const page = words(file('flattened.pdf'), 2);
    expect(run('pdfinfo', ['-f', '2', '-l', '2', file('flattened.pdf')]).stdout).toMatch(/Page\s+2 rot:\s+90/);
    const w = page.words.find((x) => x.text.includes('待核实'));
    expect(w, JSON.stringify(page.words)).toBeDefined();
    expect(w!.xMax - w!.xMin).toBeGreaterThan(w!.yMax - w!.yMin);
    // User-space rect [200 300 260 420] on /Rotate 90 is displayed at x 300..420, y 200..260 (top-left origin).
    expect(w!.xMin).toBeGreaterThan(300);
    expect(w!.xMax).toBeLessThan(420);
    expect(w!.yMin).toBeGreaterThan(200);
    expect(w!.yMax).toBeLessThan(260);
  });

  it('writes Chinese free text and stamps with the embedded font (poppler finds them when flattened)', () => {
    const text = run('pdftotext', ['-f', '1', '-l', '1', file('flattened.pdf'), '-']).stdout;
    expect(text).toContain('此处日期与借条不符');
    expect(text).toContain('存疑');
    const fonts = run('pdffonts', [file('annotated.pdf')]).stdout;
    expect(fonts.split('\n').filter((l) => l.includes('NotoSansSC')).length).toBeGreaterThanOrEqual(2);
  });
});
