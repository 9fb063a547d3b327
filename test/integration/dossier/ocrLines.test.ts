import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderChineseDocument } from '../../../src-main/pdf/chineseDocument';
import { importRuntime, stopImportRuntime } from '../../../src-main/domains/dossier/import/importRuntime';
import type { OcrLine } from '../../../src-shared/reader/ocrLines';
import { createTestApp, type TestApp } from '../../helpers/testApp';
import { rotatedImagePdf, scanToPng, twoLinePage, type DrawnLine } from '../../helpers/ocrScanKit';
import { importOne, ocrIdle, okValue } from './importTestKit';

type PageLines = { width: number; height: number; lines: OcrLine[]; reading: boolean };

/** The OCR line holding `key`. */
const lineWith = (lines: OcrLine[], key: string): OcrLine | undefined => lines.find((l) => l.t.includes(key));

/** The recognised line lies where the text was drawn: left edge, top, width and height within a quarter of the font size. */
function expectAt(line: OcrLine | undefined, drawn: DrawnLine): void {
  expect(line, `no OCR line for ${drawn.text}`).toBeDefined();
  const [x, y, w, h] = line!.b;
  const slack = drawn.height * 0.25;
  expect(Math.abs(x - drawn.x)).toBeLessThan(slack);
  expect(Math.abs(y - drawn.top)).toBeLessThan(slack);
  expect(Math.abs(w - drawn.width)).toBeLessThan(slack * 2);
  expect(Math.abs(h - drawn.height)).toBeLessThan(slack);
}

/** The stored text and the lines say the same (white space aside): one write stored both. */
const squeeze = (s: string): string => s.replace(/\s+/g, '');

describe('OCR keeps where each line and word is, for the reader’s text layer over a scan', () => {
  let t: TestApp;
  let center: string;
  let page: Awaited<ReturnType<typeof twoLinePage>>;
  let png: Uint8Array;
  beforeAll(async () => {
    t = createTestApp();
    center = await t.login('center');
    page = await twoLinePage();
    png = scanToPng(page.pdf, 150);
  });
  afterAll(async () => {
    await stopImportRuntime(t.app);
    t.close();
  });

  const lines = async (id: string): Promise<PageLines> => okValue<PageLines>(await t.call('documents.pageLines', { id, pageIndex: 0 }, center));

  it('stores the boxes of a scanned image’s lines where the words were drawn, and serves them', async () => {
    const outcome = await importOne(t, center, t.court.caseIds[0]!, 'scan-a5.png', png);
    if (!outcome.ok) throw new Error('import refused');
    await ocrIdle(t);
    const row = t.app.db.prepare('SELECT text, text_source, ocr_lines FROM pages WHERE document_id = ?').get(outcome.documentId) as { text: string; text_source: string; ocr_lines: string };
    expect(row.text_source).toBe('ocr');
    expect(row.ocr_lines).not.toMatch(/\d\.\d\d/); // rounded to 0.1 pt
    const got = await lines(outcome.documentId);
    // The page is the image at its stated 150 dpi: the drawn page, give or take the pixel grid.
    expect(Math.abs(got.width - page.width)).toBeLessThan(1);
    expect(Math.abs(got.height - page.height)).toBeLessThan(1);
    expectAt(lineWith(got.lines, '起诉状'), page.lines[0]!);
    expectAt(lineWith(got.lines, '人民币'), page.lines[1]!);
    expect(squeeze(got.lines.map((l) => l.t).join(''))).toBe(squeeze(row.text));
  }, 90_000);

  it('maps a rotated image-only PDF page (/Rotate 90) into the page as displayed', async () => {
    const pdf = await rotatedImagePdf(png, page.width, page.height);
    const outcome = await importOne(t, center, t.court.caseIds[0]!, 'scan-rotated.pdf', pdf);
    if (!outcome.ok) throw new Error('import refused');
    await ocrIdle(t);
    const got = await lines(outcome.documentId);
    expect(got.width).toBeCloseTo(page.width, 1);
    expect(got.height).toBeCloseTo(page.height, 1);
    expectAt(lineWith(got.lines, '起诉状'), page.lines[0]!);
    expectAt(lineWith(got.lines, '人民币'), page.lines[1]!);
  }, 90_000);

  it('reads a scan again for its lines when the reader asks for a page read before line boxes were kept (migration 14), once', async () => {
    const outcome = await importOne(t, center, t.court.caseIds[0]!, 'scan-before-lines.png', png);
    if (!outcome.ok) throw new Error('import refused');
    await ocrIdle(t);
    // The state migration 14 left such a page in: OCR text, no lines.
    t.app.db.prepare('UPDATE pages SET ocr_lines = NULL WHERE document_id = ?').run(outcome.documentId);
    const ocr = importRuntime(t.app).ocr;
    expect(await lines(outcome.documentId)).toMatchObject({ lines: [], reading: true });
    expect(ocr.busy).toBe(true);
    const written = new Promise<unknown>((resolve) => {
      const stop = t.app.events.subscribe((e) => {
        if (e.topic === 'data' && (e.payload as { id?: string }).id === outcome.documentId) {
          stop();
          resolve(e.payload);
        }
      });
    });
    await ocrIdle(t);
    // The reader showing the page hears of it (whenOcrRead) and builds its text layer.
    expect(await written).toMatchObject({ entity: 'document', ocrPages: [0] });
    const got = await lines(outcome.documentId);
    expect(got.reading).toBe(false);
    expectAt(lineWith(got.lines, '人民币'), page.lines[1]!);
    const row = t.app.db.prepare('SELECT text, text_source FROM pages WHERE document_id = ?').get(outcome.documentId) as { text: string; text_source: string };
    expect(row.text_source).toBe('ocr');
    expect(squeeze(got.lines.map((l) => l.t).join(''))).toBe(squeeze(row.text));
    // Read with lines now, or read and found none ('[]'): not queued again.
    await lines(outcome.documentId);
    t.app.db.prepare("UPDATE pages SET ocr_lines = '[]' WHERE document_id = ?").run(outcome.documentId);
    expect(await lines(outcome.documentId)).toMatchObject({ lines: [], reading: false });
    expect(ocr.busy).toBe(false);
  }, 90_000);

  it('has no lines for a page with a PDF text layer, and refuses an unknown document or page in Chinese', async () => {
    const text = await renderChineseDocument({ title: '答辩状', paragraphs: ['被告对原告的诉讼请求有异议。'], createdAt: new Date('2026-02-01T00:00:00Z') });
    const outcome = await importOne(t, center, t.court.caseIds[0]!, 'reply.pdf', text.bytes);
    if (!outcome.ok) throw new Error('import refused');
    expect(await lines(outcome.documentId)).toMatchObject({ lines: [], reading: false });

    const unknown = await t.call('documents.pageLines', { id: '01900000-0000-7000-8000-000000000000', pageIndex: 0 }, center);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '材料不存在' } });
    const noPage = await t.call('documents.pageLines', { id: outcome.documentId, pageIndex: 5 }, center);
    expect(noPage).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '未找到该页' } });
    const anonymous = await t.call('documents.pageLines', { id: outcome.documentId, pageIndex: 0 });
    expect(anonymous.ok).toBe(false);
  });
});
