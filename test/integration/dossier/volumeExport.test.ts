import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierDocument } from '../../../src-shared/contract/calls/documentCalls';
import { corpusFile } from '../../helpers/corpus';
import { addDocument, makePdf, openDemoDossier, type DemoDossier } from './dossierFixture';

// The volume export checked the way courts open it: poppler (pdfinfo, pdftotext, pdftoppm), qpdf and pdf.js.
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]).stdout)?.[1]);
const text = (file: string, first: number, last = first) => run('pdftotext', ['-f', String(first), '-l', String(last), '-layout', file, '-']).stdout;
const corpus = (name: string) => readFileSync(corpusFile(name));

interface Word { text: string; xMin: number; yMin: number; xMax: number; yMax: number }
/** Words of one page with their boxes, as displayed (poppler applies /Rotate). */
function words(file: string, page: number): { width: number; height: number; words: Word[] } {
  const html = run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', file, '-']).stdout;
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html)!;
  const list = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]!,
  }));
  return { width: Number(size[1]), height: Number(size[2]), words: list };
}

async function pdfjsOpen(bytes: Uint8Array) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
}

describe('dossier.exportVolume', () => {
  let t: DemoDossier;
  let caseId: string;
  let docs: DossierDocument[];
  let mainFile: string;
  let mainBytes: Uint8Array;

  beforeAll(async () => {
    t = await openDemoDossier();
    caseId = (t.app.db.prepare(`SELECT id FROM cases WHERE case_type = '民初' AND stage = 'closed' ORDER BY case_number LIMIT 1`).get() as { id: string }).id;
    const add = (d: Parameters<typeof addDocument>[2]) => addDocument(t.app, caseId, d);
    await add({ title: '受理案件通知书', category: '立案通知书及诉讼费材料', pages: ['受理', '须知', '交费'] });
    await add({ title: '现场照片（横向扫描）', category: '证据材料', pages: ['1', '2', '3', '4', '5'], bytes: corpus('hello_world_rotated.pdf') });
    await add({ title: '加密的银行流水', category: '证据材料', pages: [''], bytes: corpus('empty_protected.pdf') });
    await add({ title: '损坏的扫描件', category: '证据材料', pages: ['', ''], bytes: corpus('poppler-742-0-fuzzed.pdf') });
    await add({ title: '借条照片', category: '证据材料', pages: ['借条'], bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1]), mediaType: 'image/png', rendition: await makePdf('借条照片（图片转PDF）', 1) });
    await add({ title: '收条照片', category: '证据材料', pages: [''], bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 2]), mediaType: 'image/png' });
    await add({ title: '卷底', category: '卷底', pages: ['卷底'] });
    await add({ title: '审理报告', category: '审理报告', pages: ['审理报告', '二'] });
    await add({ title: '合议庭评议笔录', category: '合议庭评议笔录', pages: ['评议'] });
    docs = (await t.call<{ items: DossierDocument[] }>('documents.list', { caseId })).items;
    mainBytes = await t.call<Uint8Array>('dossier.exportVolume', { caseId, volume: 'main' });
    mainFile = join(t.dir, 'main.pdf');
    writeFileSync(mainFile, mainBytes);
  }, 180_000);
  afterAll(() => t?.close());

  const main = () => docs.filter((d) => d.volume === 'main');
  /** 1-based page of the volume PDF where a document starts: cover + 目录 (1 page here) + the pages before it. */
  const startPage = (id: string) => {
    const list = main().filter((d) => d.category !== '卷底');
    const before = list.slice(0, list.findIndex((d) => d.id === id)).reduce((n, d) => n + d.pageCount, 0);
    return 2 + before + 1;
  };

  it('has cover + 目录 + every document page + 备考表, and opens cleanly in poppler, qpdf and pdf.js', async () => {
    const expected = 1 + 1 + main().reduce((n, d) => n + d.pageCount, 0) + 1;
    expect(pages(mainFile)).toBe(expected);
    const check = run('qpdf', ['--check', mainFile]);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const png = run('pdftoppm', ['-png', '-r', '30', '-f', '1', '-l', '2', mainFile, join(t.dir, 'page')]);
    expect(png.status).toBe(0);
    expect(png.stderr).toBe('');
    const pdf = await pdfjsOpen(mainBytes);
    expect(pdf.numPages).toBe(expected);
    await pdf.destroy();
  });

  it('shows the case on the cover and every document in the 目录 with its first page and page count', () => {
    const cover = text(mainFile, 1);
    const c = t.app.db.prepare('SELECT case_number, cause FROM cases WHERE id = ?').get(caseId) as { case_number: string; cause: string };
    const numbered = main().filter((d) => d.firstPage !== null).reduce((n, d) => n + d.pageCount, 0);
    for (const s of ['演示县人民法院', '诉讼文书卷宗', '民事一审', '正卷', c.case_number, c.cause, '原告：', '被告：', '立案日期', '结案日期', `本卷共 ${numbered} 页`]) expect(cover).toContain(s);
    const contents = text(mainFile, 2);
    expect(contents).toContain('卷内目录');
    for (const d of main()) {
      const row = contents.split('\n').find((l) => l.includes(d.title));
      expect(row, d.title).toBeDefined();
      expect(row!.replace(d.title, '')).toMatch(new RegExp(`${d.firstPage ?? '—'}\\s+${d.pageCount}`));
    }
    expect(contents).toMatch(/加密的银行流水.*原件无法合并/);
    expect(contents).toMatch(/卷底.*不编页/);
  });

  it('stamps the volume page number top right on every numbered page, rotated pages included', () => {
    for (const d of main().filter((x) => x.firstPage !== null)) {
      for (let k = 0; k < d.pageCount; k++) {
        const page = words(mainFile, startPage(d.id) + k);
        const n = String(d.firstPage! + k);
        const stamp = page.words.find((w) => w.text === n && w.xMax > page.width - 40 && w.yMin < 40);
        expect(stamp, `${d.title} page ${k + 1} should carry ${n} top right`).toBeDefined();
      }
    }
    // The landscape scan keeps its /Rotate and still shows the number upright in its displayed corner.
    const rotated = main().find((d) => d.title === '现场照片（横向扫描）')!;
    expect(run('pdfinfo', ['-f', String(startPage(rotated.id)), '-l', String(startPage(rotated.id)), mainFile]).stdout).toMatch(/rot:\s+90/);
  });

  it('has one bookmark per document with its Chinese title, opening its first page, and page labels that match the stamps', async () => {
    const pdf = await pdfjsOpen(mainBytes);
    const outline = await pdf.getOutline();
    expect(outline.map((o) => o.title)).toEqual(main().map((d) => d.title));
    for (const [i, item] of outline.entries()) {
      const d = main()[i]!;
      const index = await pdf.getPageIndex((item.dest as unknown[])[0] as never);
      if (d.category !== '卷底') expect(index + 1, d.title).toBe(startPage(d.id));
      else expect(index + 1).toBe(pdf.numPages); // after the 备考表
    }
    const labels = (await pdf.getPageLabels())!;
    expect(labels.slice(0, 3)).toEqual(['封面', '目录', '1']);
    const judgmentless = main().find((d) => d.title === '受理案件通知书')!;
    expect(labels[startPage(judgmentless.id) - 1]).toBe(String(judgmentless.firstPage));
    expect(labels.slice(-2)).toEqual(['备考表', '卷底']);
    await pdf.destroy();
  });

  it('puts placeholder pages (same count, same numbers) for originals that cannot be merged, and lists them in the 备考表', () => {
    for (const title of ['加密的银行流水', '损坏的扫描件', '收条照片']) {
      const d = main().find((x) => x.title === title)!;
      for (let k = 0; k < d.pageCount; k++) {
        const page = text(mainFile, startPage(d.id) + k);
        expect(page, title).toContain('原件无法合并，请单独查看');
        expect(page).toContain(`「${title}」`);
        expect(page).toContain(String(d.firstPage! + k));
      }
    }
    expect(text(mainFile, startPage(main().find((x) => x.title === '收条照片')!.id))).toContain('图片材料尚无 PDF 版本');
    // The image with a PDF rendition is merged through it.
    expect(text(mainFile, startPage(main().find((x) => x.title === '借条照片')!.id))).toContain('借条照片（图片转PDF）');
    const notes = text(mainFile, pages(mainFile) - 1);
    for (const s of ['备考表', '本卷情况说明', '立卷人', '检查人', '立卷时间', '「加密的银行流水」（第', '原件已加密', '「损坏的扫描件」']) expect(notes).toContain(s);
    expect(text(mainFile, pages(mainFile))).toContain('卷底');
  });

  it('exports the 副卷 with its own cover, numbers from 1 and bookmarks', async () => {
    const bytes = await t.call<Uint8Array>('dossier.exportVolume', { caseId, volume: 'internal' });
    const file = join(t.dir, 'internal.pdf');
    writeFileSync(file, bytes);
    const internal = docs.filter((d) => d.volume === 'internal');
    expect(internal.map((d) => d.title)).toEqual(['审理报告', '合议庭评议笔录']);
    expect(pages(file)).toBe(1 + 1 + 3 + 1);
    expect(text(file, 1)).toMatch(/副卷[\s\S]*副卷不对外公开/);
    expect(words(file, 3).words.some((w) => w.text === '1' && w.yMin < 40)).toBe(true);
    expect(words(file, 5).words.some((w) => w.text === '3' && w.yMin < 40)).toBe(true);
    const pdf = await pdfjsOpen(bytes);
    expect((await pdf.getOutline()).map((o) => o.title)).toEqual(['审理报告', '合议庭评议笔录']);
    await pdf.destroy();
  });

  it('runs a long 目录 over several pages', async () => {
    const other = (t.app.db.prepare(`SELECT id FROM cases WHERE case_type = '民初' AND stage = 'filing' LIMIT 1`).get() as { id: string }).id;
    const bytes = await makePdf('证据', 1);
    for (let i = 0; i < 70; i++) {
      await addDocument(t.app, other, { title: `证据${i + 1}：某某有限公司与某某之间往来函件及其附件（第${i + 1}组，共七十组，复印件与原件核对一致）`, category: '证据材料', pages: ['证据'], bytes });
    }
    const list = (await t.call<{ items: DossierDocument[] }>('documents.list', { caseId: other })).items;
    const file = join(t.dir, 'long.pdf');
    writeFileSync(file, await t.call<Uint8Array>('dossier.exportVolume', { caseId: other, volume: 'main' }));
    const total = pages(file);
    const contentsPages = total - 1 - 1 - list.reduce((n, d) => n + d.pageCount, 0);
    expect(contentsPages).toBeGreaterThanOrEqual(3);
    expect(text(file, 3)).toContain('卷内目录（续）');
    const all = text(file, 2, 1 + contentsPages);
    for (const d of list) expect(all).toContain(d.title.slice(0, 12));
    const pdf = await pdfjsOpen(readFileSync(file));
    expect((await pdf.getOutline()).length).toBe(list.length);
    await pdf.destroy();
  }, 60_000);
});
