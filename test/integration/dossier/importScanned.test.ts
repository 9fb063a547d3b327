import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderChineseDocument } from '../../../src-main/pdf/chineseDocument';
import { stopImportRuntime } from '../../../src-main/domains/dossier/import/importRuntime';
import { createTestApp, type TestApp } from '../../helpers/testApp';
import { importOne, ocrIdle, okValue, pageRows, pdfPageToImage, popplerText } from './importTestKit';

// A paper that arrives on paper: a generated Chinese document, rendered to a page image as a scanner would
// (poppler, 200 dpi), imported as an image, read by OCR in the background, and found by search.
const LOAN = {
  title: '民事起诉状',
  paragraphs: [
    '原告：张三，男，1980年5月6日出生，汉族，住江苏省南京市玄武区中山路100号。',
    '被告：李四，男，1975年3月2日出生，汉族，住江苏省南京市鼓楼区北京西路20号。',
    '诉讼请求：一、判令被告偿还借款本金人民币50000元及利息；二、本案诉讼费用由被告承担。',
    '事实与理由：2024年1月1日，被告向原告借款人民币50000元，约定于2024年12月31日前归还。到期后被告未归还。',
  ],
  createdAt: new Date('2026-02-01T00:00:00Z'),
};

describe('a scanned page comes back searchable', () => {
  let t: TestApp;
  let center: string;
  let png: Uint8Array;
  beforeAll(async () => {
    t = createTestApp();
    center = await t.login('center');
    png = pdfPageToImage((await renderChineseDocument(LOAN)).bytes, 200);
  });
  afterAll(async () => {
    await stopImportRuntime(t.app);
    t.close();
  });

  it('imports the page image, OCRs it, retitles it from its heading and finds it by a 2-character query', async () => {
    const caseId = t.court.caseIds[0]!;
    const events: Record<string, unknown>[] = [];
    const stop = t.app.events.subscribe((e) => events.push(e.payload));
    const outcome = await importOne(t, center, caseId, 'IMG_0001.png', png);
    expect(outcome).toMatchObject({ ok: true, pageCount: 1, duplicateOf: null });
    if (!outcome.ok) return;
    await ocrIdle(t);
    stop();
    const [page] = pageRows(t, outcome.documentId);
    expect(page!.text_source).toBe('ocr');
    for (const words of ['民事起诉状', '借款', '50000', '诉讼请求', '南京市']) expect(page!.text).toContain(words);
    expect(events.filter((e) => e.phase === 'ocr').length).toBeGreaterThanOrEqual(2);
    expect(events.at(-1)).toMatchObject({ phase: 'done', file: 'IMG_0001.png' });
    const doc = t.app.db.prepare('SELECT title, media_type, rendition_sha256 FROM documents WHERE id = ?').get(outcome.documentId) as { title: string; media_type: string; rendition_sha256: string };
    expect(doc).toMatchObject({ title: '民事起诉状', media_type: 'image/png' });

    const found = await t.call('search.pages', { query: '借款', caseId }, center);
    const { hits } = okValue<{ hits: { documentId: string; pageIndex: number }[] }>(found);
    expect(hits).toContainEqual(expect.objectContaining({ documentId: outcome.documentId, pageIndex: 0 }));
  }, 60_000);

  it('keeps the image as the original and serves a one-page PDF rendition of it', async () => {
    const doc = t.app.db.prepare(`SELECT id FROM documents WHERE original_name = 'IMG_0001.png'`).get() as { id: string };
    const original = await t.call('documents.content', { id: doc.id }, center);
    expect(original.ok && Buffer.from(original.value as Uint8Array).equals(Buffer.from(png))).toBe(true);
    const pdf = okValue<Uint8Array>(await t.call('documents.content', { id: doc.id, rendition: true }, center));
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(popplerText(pdf).pages).toBe(1);
  });

  it('imports a JPEG scan too (its page sized from the file’s resolution)', async () => {
    const bytes = pdfPageToImage((await renderChineseDocument({ ...LOAN, title: '证据目录' })).bytes, 150, 'jpeg');
    const outcome = await importOne(t, center, t.court.caseIds[0]!, 'scan.jpg', bytes);
    expect(outcome).toMatchObject({ ok: true, pageCount: 1 });
    if (!outcome.ok) return;
    const [page] = pageRows(t, outcome.documentId);
    expect(page!.width).toBeCloseTo(595.3, 0); // 1240 px at 150 dpi = A4 width
    await ocrIdle(t);
    expect(pageRows(t, outcome.documentId)[0]!.text).toContain('江苏省南京市');
  }, 60_000);
});
