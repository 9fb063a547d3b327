import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { renderChineseDocument } from '../../../src-main/pdf/chineseDocument';
import { stopImportRuntime } from '../../../src-main/domains/dossier/import/importRuntime';
import { corpusFile } from '../../helpers/corpus';
import { createTestApp, type TestApp } from '../../helpers/testApp';
import { blobListing, encryptPdf, importFiles, importOne, ocrIdle, pageRows, pdfPageToImage } from './importTestKit';
import { slowPdf } from './slowPdf';

const COMPLAINT = {
  title: '民事起诉状',
  paragraphs: ['原告：王某某，男，1980年5月6日出生。', '被告：某某商贸有限公司。', '诉讼请求：判令被告支付货款人民币128,000元。', '事实与理由：原告与被告签订买卖合同，被告收货后至今未付款。'],
  createdAt: new Date('2026-01-05T08:00:00Z'),
};

describe('documents.import: the rules of one file', () => {
  let t: TestApp;
  let center: string;
  let admin: string;
  let complaint: Uint8Array;
  const setting = async (values: Record<string, unknown>) => {
    const r = await t.call('settings.update', values, admin);
    expect(r.ok, JSON.stringify(r)).toBe(true);
  };
  /** Imports a file that must be refused, and checks it changed nothing. */
  const refused = async (name: string, bytes: Uint8Array, extra: { password?: string } = {}) => {
    await ocrIdle(t);
    const before = { db: t.fingerprint(), blobs: blobListing(t) };
    const outcome = await importOne(t, center, t.court.caseIds[1]!, name, bytes, extra);
    expect(outcome.ok).toBe(false);
    expect(t.fingerprint()).toEqual(before.db);
    expect(blobListing(t)).toEqual(before.blobs);
    return outcome as Extract<typeof outcome, { ok: false }>;
  };

  beforeAll(async () => {
    t = createTestApp();
    center = await t.login('center');
    admin = await t.login('admin');
    complaint = (await renderChineseDocument(COMPLAINT)).bytes;
  });
  afterAll(async () => {
    await stopImportRuntime(t.app);
    t.close();
  });

  it('imports a Chinese PDF with its text, title from the heading, classified, with progress events', async () => {
    const events: Record<string, unknown>[] = [];
    const stop = t.app.events.subscribe((e) => events.push(e.payload));
    const outcome = await importOne(t, center, t.court.caseIds[0]!, 'scan_0001.pdf', complaint);
    stop();
    expect(outcome).toMatchObject({ ok: true, pageCount: 1, duplicateOf: null });
    if (!outcome.ok) return;
    const doc = t.app.db.prepare('SELECT title, original_name, media_type, category_source, category_confidence, size_bytes FROM documents WHERE id = ?').get(outcome.documentId);
    expect(doc).toMatchObject({ title: '民事起诉状', original_name: 'scan_0001.pdf', media_type: 'application/pdf', category_source: 'auto', size_bytes: complaint.byteLength });
    const [page] = pageRows(t, outcome.documentId);
    expect(page).toMatchObject({ page_index: 0, text_source: 'pdf', rotation: 0 });
    expect(page!.text).toContain('判令被告支付货款人民币128,000元');
    expect(page!.width).toBeCloseTo(595.28, 1);
    expect(events.map((e) => e.phase)).toEqual(expect.arrayContaining(['reading', 'text', 'saving', 'done']));
    expect(events.every((e) => e.file === 'scan_0001.pdf' && e.files === 1 && e.fileIndex === 0)).toBe(true);
    const text = await t.call('documents.pageText', { id: outcome.documentId, pageIndex: 0 }, center);
    expect(text).toMatchObject({ ok: true, value: { source: 'pdf' } });
    const bytes = await t.call('documents.content', { id: outcome.documentId }, center);
    expect(bytes.ok && Buffer.from(bytes.value as Uint8Array).equals(Buffer.from(complaint))).toBe(true);
  });

  it('stores the same file once: a second import in the case names the first, another case gets its own document', async () => {
    const again = await importOne(t, center, t.court.caseIds[0]!, '起诉状（再次）.pdf', complaint);
    const first = t.app.db.prepare('SELECT id FROM documents WHERE case_id = ? AND original_name = ?').get(t.court.caseIds[0], 'scan_0001.pdf') as { id: string };
    expect(again).toMatchObject({ ok: true, documentId: first.id, duplicateOf: first.id, pageCount: 1 });
    const other = await importOne(t, center, t.court.caseIds[2]!, 'a.pdf', complaint);
    expect(other).toMatchObject({ ok: true, duplicateOf: null });
    const rows = t.app.db.prepare('SELECT case_id, blob_sha256 FROM documents WHERE size_bytes = ?').all(complaint.byteLength) as { blob_sha256: string }[];
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.blob_sha256)).size).toBe(1);
    expect(t.app.db.prepare('SELECT count(*) AS n FROM blobs WHERE sha256 = ?').get(rows[0]!.blob_sha256)).toEqual({ n: 1 });
  });

  it('takes a category chosen by the importer as the user’s', async () => {
    const pdf = (await renderChineseDocument({ ...COMPLAINT, title: '情况说明', createdAt: new Date('2026-01-06T00:00:00Z') })).bytes;
    const outcome = await importOne(t, center, t.court.caseIds[0]!, 'x.pdf', pdf, { category: '证据材料' });
    expect(outcome).toMatchObject({ ok: true, category: '证据材料' });
    if (!outcome.ok) return;
    expect(t.app.db.prepare('SELECT category_source, category_confidence FROM documents WHERE id = ?').get(outcome.documentId)).toEqual({ category_source: 'user', category_confidence: null });
    const unknown = await t.call('documents.import', { caseId: t.court.caseIds[0], batchId: 'b', files: [{ name: 'y.pdf', bytes: pdf }], category: '杂项' }, center);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/杂项/) } });
  });

  it('refuses an empty file, a file that is not a PDF or image, and a broken PDF, in Chinese', async () => {
    expect((await refused('空.pdf', new Uint8Array())).message).toMatch(/文件为空/);
    expect((await refused('notes.pdf', new TextEncoder().encode('这不是 PDF，只是文字。'))).message).toMatch(/不支持的文件类型/);
    const broken = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF');
    expect((await refused('broken.pdf', broken)).message).toMatch(/PDF/);
    const png = pdfPageToImage(complaint, 50);
    expect((await refused('truncated.png', png.subarray(0, 20))).message).toMatch(/图片文件已损坏/);
    const damaged = png.slice();
    damaged.fill(0x41, 60, damaged.length - 20); // header intact, image data destroyed
    expect((await refused('damaged.png', damaged)).message).toMatch(/图片文件已损坏/);
  });

  it('asks for the password of an encrypted PDF, says when it is wrong, and imports with the right one', async () => {
    const locked = encryptPdf(complaint, 'mima-2026');
    expect((await refused('locked.pdf', locked)).message).toBe('该 PDF 已加密，请提供打开密码');
    expect((await refused('locked.pdf', locked, { password: 'wrong' })).message).toMatch(/密码不正确/);
    const outcome = await importOne(t, center, t.court.caseIds[1]!, 'locked.pdf', locked, { password: 'mima-2026' });
    expect(outcome).toMatchObject({ ok: true, pageCount: 1 });
    if (outcome.ok) expect(pageRows(t, outcome.documentId)[0]!.text).toContain('民事起诉状');
  });

  it('refuses a file over the page limit and over the size limit (settings)', async () => {
    const many = await PDFDocument.create();
    for (let i = 0; i < 6; i++) many.addPage();
    await setting({ importMaxPages: 5 });
    expect((await refused('six.pdf', await many.save())).message).toMatch(/页数过多（6 页）.*上限为 5 页/);
    await setting({ importMaxPages: 3000, importMaxBytes: 1024 * 1024 });
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(new TextEncoder().encode('%PDF-1.4\n'));
    expect((await refused('big.pdf', big)).message).toMatch(/文件过大.*上限为 1 MB/);
    await setting({ importMaxBytes: 200 * 1024 * 1024 });
  });

  it('stops reading a file after the time limit and refuses it; the next file imports normally', async () => {
    await setting({ importTimeoutSeconds: 1 });
    const started = performance.now();
    const outcome = await refused('slow.pdf', slowPdf(250_000));
    expect(outcome.message).toMatch(/处理超时/);
    expect(performance.now() - started).toBeLessThan(5000);
    await setting({ importTimeoutSeconds: 120 });
    const next = await importFiles(t, center, t.court.caseIds[1]!, [{ name: 'ok.pdf', bytes: (await renderChineseDocument({ ...COMPLAINT, title: '答辩状' })).bytes }]);
    expect(next[0]).toMatchObject({ ok: true });
  }, 60_000);

  it('removes the new blob again when the write fails (full disk): nothing of the file remains', async () => {
    await ocrIdle(t);
    const before = { db: t.fingerprint(), blobs: blobListing(t) };
    const pdf = new Uint8Array(readFileSync(corpusFile('calrgb.pdf')));
    const pages = t.app.db.pragma('page_count', { simple: true }) as number;
    t.app.db.pragma(`max_page_count = ${pages}`); // SQLite's SQLITE_FULL, as on a full disk
    try {
      const outcome = await importOne(t, center, t.court.caseIds[2]!, 'calrgb.pdf', pdf);
      expect(outcome).toMatchObject({ ok: false, code: 'DISK_FULL', message: expect.stringContaining('磁盘空间不足') });
    } finally {
      t.app.db.pragma('max_page_count = 1073741823');
    }
    expect(t.fingerprint()).toEqual(before.db);
    expect(blobListing(t)).toEqual(before.blobs);
    expect(await importOne(t, center, t.court.caseIds[2]!, 'calrgb.pdf', pdf)).toMatchObject({ ok: true, pageCount: 17 });
  });

  it('settings carry the import limits and the scanner folder, with defaults', async () => {
    const r = await t.call('settings.get', {}, admin);
    expect(r).toMatchObject({ ok: true, value: { scanFolder: null, importMaxPages: 3000, importMaxBytes: 200 * 1024 * 1024, importTimeoutSeconds: 120 } });
    await setting({ scanFolder: tmpdir() });
    expect(await t.call('settings.get', {}, admin)).toMatchObject({ value: { scanFolder: tmpdir() } });
    expect(await t.call('settings.update', { scanFolder: join(tmpdir(), 'no-such-scans-folder') }, admin)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/扫描目录不存在/) } });
    await setting({ scanFolder: null });
    expect(await t.call('settings.get', {}, admin)).toMatchObject({ value: { scanFolder: null } });
    expect(await t.call('settings.update', { importMaxPages: 0 }, admin)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
