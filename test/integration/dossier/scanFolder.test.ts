import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderChineseDocument } from '../../../src-main/pdf/chineseDocument';
import { startImportServices } from '../../../src-main/domains/dossier/import/importServices';
import { createTestApp, type TestApp } from '../../helpers/testApp';
import { ocrIdle, okValue, pageRows, pdfPageToImage, popplerText } from './importTestKit';

const until = async (what: () => boolean, ms = 30_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** A "scan": the printed cover sheet rasterised like a scanner does (150 dpi), then the document's pages. */
async function scanWithCover(cover: Uint8Array, doc: Uint8Array): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  const image = await out.embedPng(pdfPageToImage(cover, 150));
  out.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  const source = await PDFDocument.load(doc);
  for (const page of await out.copyPages(source, source.getPageIndices())) out.addPage(page);
  return out.save();
}

describe('scan cover sheet and scanner folder', () => {
  let t: TestApp;
  let center: string;
  let admin: string;
  let folder: string;
  let services: { stop: () => Promise<void> };
  let cover: Uint8Array;
  beforeAll(async () => {
    t = createTestApp();
    center = await t.login('center');
    admin = await t.login('admin');
    folder = mkdtempSync(join(tmpdir(), 'court-desk-scans-'));
  });
  afterAll(async () => {
    await services?.stop();
    t.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('prints an A4 cover sheet naming court, case number and category, with a QR code of case + category', async () => {
    const caseId = t.court.caseIds[1]!;
    cover = okValue<Uint8Array>(await t.call('dossier.coverSheet', { caseId, category: '证据材料' }, center));
    const { pages, text } = popplerText(cover);
    expect(pages).toBe(1);
    const caseNumber = (t.app.db.prepare('SELECT case_number FROM cases WHERE id = ?').get(caseId) as { case_number: string }).case_number;
    for (const words of [caseNumber, '证据材料', '扫描封面页', '请置于该类材料之前扫描']) expect(text.replace(/\s/g, '')).toContain(words.replace(/\s/g, ''));
    const png = PNG.sync.read(Buffer.from(pdfPageToImage(cover, 100)));
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(JSON.parse(qr!.data)).toEqual({ v: 1, case: caseId, no: caseNumber, cat: '证据材料' });
    expect(await t.call('dossier.coverSheet', { caseId: '01900000-0000-7000-8000-000000000000', category: '证据材料' }, center)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('files a scanned batch by its cover sheet into that case and category, without the cover page', async () => {
    const evidence = await renderChineseDocument({
      title: '证据材料',
      paragraphs: ['证据一：借条一份，证明被告向原告借款人民币伍万元整。', '证据二：银行转账凭证一份，证明原告已实际交付借款。'],
      createdAt: new Date('2026-03-01T00:00:00Z'),
    });
    const scan = await scanWithCover(cover, evidence.bytes);
    expect((await t.call('settings.update', { scanFolder: folder }, admin)).ok).toBe(true);
    services = startImportServices(t.app, t.dispatch, { pollMs: 200, stableMs: 300 });
    writeFileSync(join(folder, 'SCAN0001.pdf'), scan);
    writeFileSync(join(folder, 'SCAN0002.pdf'), evidence.bytes); // no cover sheet
    writeFileSync(join(folder, 'notes.bin'), 'not a scan');
    await until(() => readdirSync(folder).filter((f) => !f.startsWith('已') && !f.startsWith('未')).length === 0);

    const jobs = t.app.db.prepare('SELECT file_name, status, message, case_id, document_id FROM scan_jobs ORDER BY file_name').all() as { file_name: string; status: string; message: string; case_id: string | null; document_id: string | null }[];
    expect(jobs.map((j) => [j.file_name, j.status])).toEqual([['SCAN0001.pdf', 'imported'], ['SCAN0002.pdf', 'unassigned'], ['notes.bin', 'refused']]);
    const job = jobs[0]!;
    expect(job.case_id).toBe(t.court.caseIds[1]);
    const doc = t.app.db.prepare('SELECT case_id, category, category_source, page_count, imported_by FROM documents WHERE id = ?').get(job.document_id);
    expect(doc).toEqual({ case_id: t.court.caseIds[1], category: '证据材料', category_source: 'scan', page_count: evidence.pageCount, imported_by: null });
    expect(pageRows(t, job.document_id!)[0]!.text).toContain('借条一份');
    const kept = popplerText(okValue<Uint8Array>(await t.call('documents.content', { id: job.document_id }, center)));
    expect(kept.pages).toBe(evidence.pageCount); // the cover page is not kept
    expect(kept.text).not.toContain('扫描封面页');

    expect(existsSync(join(folder, '已导入', 'SCAN0001.pdf'))).toBe(true);
    expect(readFileSync(join(folder, '未归档', 'SCAN0002.pdf.txt'), 'utf8')).toMatch(/未找到扫描封面页二维码/);
    expect(readFileSync(join(folder, '未能导入', 'notes.bin.txt'), 'utf8')).toMatch(/不支持的文件类型/);
    const audit = t.app.db.prepare(`SELECT user_name, via FROM audit_log WHERE call = 'documents.import' ORDER BY seq DESC LIMIT 1`).get();
    expect(audit).toEqual({ user_name: '扫描目录', via: 'scan' });
    await ocrIdle(t);
  }, 60_000);
});
