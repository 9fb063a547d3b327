import { readFileSync } from 'node:fs';
import type { Download, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../src-shared/contract/contract';
import { uuidv7 } from '../../src-shared/util/uuidv7';
import { renderChineseDocument } from '../../src-main/pdf/chineseDocument';
import { apiAs, chromiumForE2E, DEMO_PASSWORD, logInAs, settledShot, startHarness, type ApiCall, type Harness } from './browserHarness';

const chromiumPath = chromiumForE2E();
type Doc = CallOutput<'documents.list'>['items'][number];

const text = (l: Locator) => l.textContent().then((s) => s ?? '');
/** A page of the main pane drawn on its canvas. */
const drawn = (pane: Locator, documentId: string, pageIndex: number) =>
  pane.locator(`[data-testid="reader-page-view"][data-document-id="${documentId}"][data-page-index="${pageIndex}"] [data-testid="page-canvas"][data-rendered-page="${pageIndex}"]`);

describe.skipIf(!chromiumPath)('reading a whole volume in Chromium (demo data)', () => {
  let h: Harness;
  let call: ApiCall;

  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
    call = await apiAs(h, 'judge', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the judge reads a 正卷: catalogue, page numbers, thumbnails, find, split view, bookmarks, rotation, keys', async () => {
    // One of the judge's cases whose 正卷 holds a 起诉状 and a 答辩状 of text (not scans), as many pages as there are.
    const me = await call<CallOutput<'auth.me'>>('auth.me', {});
    const cases = await call<CallOutput<'cases.list'>>('cases.list', { judgeId: me.id, limit: 100 });
    let target: { caseId: string; docs: Doc[]; complaint: Doc; answer: Doc } | null = null;
    for (const c of cases.items) {
      const docs = (await call<CallOutput<'documents.list'>>('documents.list', { caseId: c.id })).items.filter((d) => d.volume === 'main' && d.pageCount > 0);
      const complaint = docs.find((d) => d.category === '起诉状' && d.mediaType === 'application/pdf');
      const answer = docs.find((d) => d.category === '答辩状' && d.mediaType === 'application/pdf');
      const pages = docs.reduce((n, d) => n + d.pageCount, 0);
      if (complaint && answer && (!target || pages > target.docs.reduce((n, d) => n + d.pageCount, 0))) target = { caseId: c.id, docs, complaint, answer };
    }
    expect(target).not.toBeNull();
    const { caseId, docs, complaint, answer } = target!;
    const totalPages = docs.reduce((n, d) => n + d.pageCount, 0);

    // An annotation of the judge on the 起诉状 and one on the 答辩状: the volume's sidebar lists both.
    const note = (documentId: string, comment: string) => ({
      op: 'upsert',
      annotation: { id: uuidv7(), documentId, pageIndex: 0, kind: 'note', rects: [[400, 700, 420, 720]], color: '#FFD400', comment, baseVersion: 0 },
    });
    await call('annotations.save', { changes: [note(complaint.id, '起诉状上的便签'), note(answer.id, '答辩状上的便签')] });

    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'judge');

    // 阅卷 in the navigation lists the judge's cases with a button for the 正卷.
    await page.getByRole('menuitem', { name: '阅卷' }).click();
    await page.getByTestId('reading-home').waitFor();
    await settledShot(page, 'volume-reading-home.png');
    await page.locator(`[data-testid="read-main"][data-case-id="${caseId}"]`).click();
    await page.getByTestId('volume-reader-page').waitFor();
    expect(page.url()).toContain(`#/reading/${caseId}/main`);
    const main = page.getByTestId('reader-main-pane');
    await drawn(main, docs[0]!.id, 0).waitFor({ timeout: 30_000 });
    // One continuous scroll: a slot for every page of every document of the volume.
    expect(await main.getByTestId('reader-page-view').count()).toBe(totalPages);
    expect(await text(main.getByTestId('page-count'))).toContain(String(totalPages));

    // The catalogue jumps to the 答辩状's first page: its title, its own page 1 / n and its volume page number.
    await page.locator(`[data-testid="reader-doc"][data-doc-id="${answer.id}"]`).click();
    await drawn(main, answer.id, 0).waitFor({ timeout: 30_000 });
    await expect.poll(() => text(page.getByTestId('current-doc'))).toBe(answer.title);
    expect(await text(page.getByTestId('doc-page'))).toBe(`本材料第 1 / ${answer.pageCount} 页`);
    if (answer.firstPage !== null) expect(await text(page.getByTestId('volume-page'))).toBe(`卷内第 ${answer.firstPage} 页`);
    const answerTop = await main.locator(`[data-testid="reader-page-view"][data-document-id="${answer.id}"][data-page-index="0"]`).boundingBox();
    const scrollBox = (await main.getByTestId('reader-scroll').boundingBox())!;
    expect(Math.abs(answerTop!.y - scrollBox.y)).toBeLessThan(40);
    await expect.poll(() => page.locator(`[data-testid="reader-doc"][data-doc-id="${answer.id}"]`).getAttribute('aria-current')).toBe('page');
    await settledShot(page, 'volume-catalogue-jump.png', { fullPage: false });

    // The annotation sidebar of a volume filters by document too, and names each item's document.
    const items = page.getByTestId('ann-item');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.first().getAttribute('data-document-id')).toBe(complaint.id);
    await page.getByTestId('filter-document').click();
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${answer.title}"]`).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => items.count()).toBe(1);
    expect(await text(items.first())).toContain('答辩状上的便签');
    expect(await text(items.first())).toContain(answer.title);
    await settledShot(page, 'volume-annotation-filter.png', { fullPage: false });
    await page.getByTestId('filter-document').locator('.ant-select-clear').click({ force: true });
    await expect.poll(() => items.count()).toBe(2);

    // Keys: PageDown a page, Home back to the first page of the volume.
    await main.getByTestId('reader-scroll').focus();
    const before = Number(await main.getByTestId('page-input').inputValue());
    await page.keyboard.press('PageDown');
    await expect.poll(async () => Number(await main.getByTestId('page-input').inputValue())).toBe(before + 1);
    await page.keyboard.press('Home');
    await expect.poll(() => main.getByTestId('page-input').inputValue()).toBe('1');
    await page.keyboard.press('End');
    await expect.poll(() => main.getByTestId('page-input').inputValue()).toBe(String(totalPages));
    // + zooms in, - back out; Ctrl+G puts the cursor in the page number.
    const viewer = main.getByTestId('page-viewer');
    const scale = Number(await viewer.getAttribute('data-scale'));
    await page.keyboard.press('+');
    await expect.poll(async () => Number(await viewer.getAttribute('data-scale'))).toBeGreaterThan(scale);
    await page.keyboard.press('-');
    await expect.poll(async () => Number(await viewer.getAttribute('data-scale'))).toBeCloseTo(scale, 3);
    await page.keyboard.press('Control+g');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('page-input');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page.getByTestId('current-doc'))).toBe(docs[0]!.title);
    // Fit page: the whole first page fits the view.
    await main.getByTestId('fit-page').click();
    const fitted = (await main.locator('[data-testid="reader-page-view"]').first().boundingBox())!;
    expect(fitted.height).toBeLessThanOrEqual(scrollBox.height);
    await main.getByTestId('fit-width').click();

    // Thumbnails: drawn lazily (only those in view), a click goes to the page.
    await page.getByTestId('panel-thumbnails').click();
    await page.locator('[data-testid="thumb-canvas"][data-drawn="1"]').first().waitFor({ timeout: 30_000 });
    const thumbs = page.getByTestId('thumbnail');
    expect(await thumbs.count()).toBe(totalPages);
    expect(await page.locator('[data-testid="thumb-canvas"][data-drawn="1"]').count()).toBeLessThan(totalPages > 12 ? totalPages : totalPages + 1);
    const targetPage = complaint.pageCount - 1;
    await page.locator(`[data-testid="thumbnail"][data-document-id="${complaint.id}"][data-page-index="${targetPage}"]`).click();
    await drawn(main, complaint.id, targetPage).waitFor({ timeout: 30_000 });
    await expect.poll(() => text(page.getByTestId('doc-page'))).toBe(`本材料第 ${targetPage + 1} / ${complaint.pageCount} 页`);
    await expect.poll(() => text(page.getByTestId('current-doc'))).toBe(complaint.title);
    await settledShot(page, 'volume-thumbnails.png', { fullPage: false });

    // Find (Ctrl+F): N hits in the volume, Enter moves to the next; the current hit is marked in the text layer, in view.
    const found = await call<CallOutput<'documents.findText'>>('documents.findText', { caseId, volume: 'main', query: '被告' });
    expect(found.total).toBeGreaterThan(2);
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('find-input');
    await page.keyboard.type('被告');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page.getByTestId('find-count'))).toBe(`第 1 / ${found.total} 处`);
    const current = main.locator('[data-testid="find-hit"][data-current="1"]');
    await current.waitFor({ state: 'attached', timeout: 30_000 });
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page.getByTestId('find-count'))).toBe(`第 2 / ${found.total} 处`);
    await current.waitFor({ state: 'attached' });
    const hitBox = (await current.locator('.cd-find-box').first().boundingBox())!;
    expect(hitBox.y).toBeGreaterThan(scrollBox.y);
    expect(hitBox.y + hitBox.height).toBeLessThan(scrollBox.y + scrollBox.height);
    expect(await main.locator('[data-testid="find-hit"]').count()).toBeGreaterThan(1);
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => text(page.getByTestId('find-count'))).toBe(`第 1 / ${found.total} 处`);
    await settledShot(page, 'volume-find.png', { fullPage: false });
    await page.getByTestId('find-close').click();

    // Split view: the 答辩状 in the main pane, the longest document of the volume on the right ("在右侧打开"),
    // each side scrolling on its own.
    const longest = docs.reduce((a, b) => (b.pageCount > a.pageCount ? b : a));
    expect(longest.pageCount).toBeGreaterThan(1);
    await page.getByTestId('panel-catalogue').click();
    await page.locator(`[data-testid="reader-doc"][data-doc-id="${answer.id}"]`).click();
    await drawn(main, answer.id, 0).waitFor({ timeout: 30_000 });
    await page.locator(`[data-testid="reader-doc-split"][data-doc-id="${longest.id}"]`).click();
    const right = page.getByTestId('split-pane');
    await right.waitFor();
    expect(await text(right.getByTestId('split-title'))).toBe(longest.title);
    await right.locator('[data-testid="page-canvas"][data-rendered-page="0"]').first().waitFor({ timeout: 30_000 });
    expect(await text(right.getByTestId('page-count'))).toContain(String(longest.pageCount));
    const mainScroll = main.getByTestId('reader-scroll');
    const rightScroll = right.getByTestId('reader-scroll');
    const mainTop = await mainScroll.evaluate((el) => el.scrollTop);
    await rightScroll.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => rightScroll.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await right.locator(`[data-testid="page-canvas"][data-rendered-page="${longest.pageCount - 1}"]`).waitFor({ timeout: 30_000 });
    await expect.poll(() => right.getByTestId('page-input').inputValue()).toBe(String(longest.pageCount));
    expect(await mainScroll.evaluate((el) => el.scrollTop)).toBe(mainTop);
    expect(await text(page.getByTestId('current-doc'))).toBe(answer.title);
    await mainScroll.evaluate((el) => el.scrollTo(0, 0));
    const rightTop = await rightScroll.evaluate((el) => el.scrollTop);
    await expect.poll(() => main.getByTestId('page-input').inputValue()).toBe('1');
    expect(await rightScroll.evaluate((el) => el.scrollTop)).toBe(rightTop);
    await settledShot(page, 'volume-split.png', { fullPage: false });
    await right.getByTestId('split-close').click();
    await expect.poll(() => page.getByTestId('split-pane').count()).toBe(0);

    // Bookmark the 起诉状's last page with Ctrl+D; it is back after a reload, and only the judge has it.
    await page.locator(`[data-testid="reader-doc"][data-doc-id="${complaint.id}"]`).click();
    await drawn(main, complaint.id, 0).waitFor({ timeout: 30_000 });
    await main.getByTestId('page-input').fill(String(Number(await main.getByTestId('page-input').inputValue()) + targetPage));
    await main.getByTestId('page-input').press('Enter');
    await expect.poll(() => text(page.getByTestId('doc-page'))).toBe(`本材料第 ${targetPage + 1} / ${complaint.pageCount} 页`);
    await mainScroll.focus();
    await page.keyboard.press('Control+d');
    const bookmark = page.locator(`[data-testid="bookmark"][data-document-id="${complaint.id}"][data-page-index="${targetPage}"]`);
    await bookmark.waitFor();
    const stored = await call<CallOutput<'bookmarks.list'>>('bookmarks.list', { caseId });
    expect(stored.items.map((b) => [b.documentId, b.pageIndex])).toEqual([[complaint.id, targetPage]]);
    const clerk = await apiAs(h, 'clerk', DEMO_PASSWORD);
    expect((await clerk<CallOutput<'bookmarks.list'>>('bookmarks.list', { caseId })).items).toEqual([]);
    await page.reload();
    await page.getByTestId('volume-reader-page').waitFor();
    // The address kept the reading place: the reader reopens at the bookmarked page.
    await drawn(main, complaint.id, targetPage).waitFor({ timeout: 30_000 });
    await expect.poll(() => text(page.getByTestId('doc-page'))).toBe(`本材料第 ${targetPage + 1} / ${complaint.pageCount} 页`);
    await page.getByTestId('panel-bookmarks').click();
    await bookmark.waitFor();
    await page.getByTestId('panel-catalogue').click();
    await page.locator(`[data-testid="reader-doc"][data-doc-id="${answer.id}"]`).click();
    await drawn(main, answer.id, 0).waitFor({ timeout: 30_000 });
    await page.getByTestId('panel-bookmarks').click();
    await bookmark.click();
    await expect.poll(() => text(page.getByTestId('doc-page'))).toBe(`本材料第 ${targetPage + 1} / ${complaint.pageCount} 页`);
    await settledShot(page, 'volume-bookmarks.png', { fullPage: false });

    // Rotate this page: the view turns (wider than high), the file does not; the text layer turns with it.
    const pageView = main.locator(`[data-testid="reader-page-view"][data-document-id="${complaint.id}"][data-page-index="${targetPage}"]`);
    const upright = (await pageView.boundingBox())!;
    expect(upright.height).toBeGreaterThan(upright.width);
    const uprightInk = await inkGrid(pageView);
    await main.getByTestId('rotate').click();
    await page.getByTestId('rotate-page').click();
    await expect.poll(() => pageView.getAttribute('data-rotation')).toBe('90');
    // The canvas is redrawn turned (its bitmap becomes wider than high once the new drawing lands).
    await expect.poll(() => pageView.locator('canvas').first().evaluate((c: HTMLCanvasElement) => c.width > c.height)).toBe(true);
    const turned = (await pageView.boundingBox())!;
    expect(turned.width).toBeGreaterThan(turned.height);
    expect(await pageView.locator('.textLayer').getAttribute('data-main-rotation')).toBe('90');
    const textBox = (await pageView.locator('.textLayer span').first().boundingBox())!;
    // Lines of a page on its side run downwards: the first line's box is taller than wide.
    expect(textBox.height).toBeGreaterThan(textBox.width);
    await settledShot(page, 'volume-rotated.png', { fullPage: false });
    assertTurnedClockwise(uprightInk, await inkGrid(pageView));

    // The turn is remembered on this device: after a reload the page is still on its side; other pages are not.
    await page.reload();
    await expect.poll(() => pageView.getAttribute('data-rotation'), { timeout: 30_000 }).toBe('90');
    await expect.poll(() => pageView.locator('canvas').first().evaluate((c: HTMLCanvasElement) => c.width > c.height), { timeout: 30_000 }).toBe(true);
    expect(await main.locator(`[data-testid="reader-page-view"][data-document-id="${complaint.id}"][data-rotation="90"]`).count()).toBe(1);

    expect(problems).toEqual([]);
    await page.close();
  });

  it('a long volume opens its documents lazily, only those near the pages in view', async () => {
    const me = await call<CallOutput<'auth.me'>>('auth.me', {});
    const target = (await call<CallOutput<'cases.list'>>('cases.list', { judgeId: me.id, limit: 100 })).items.at(-1)!;
    // The centre adds six documents of about ten pages each to the 正卷.
    const files = [];
    for (let n = 1; n <= 6; n++) {
      const { bytes } = await renderChineseDocument({
        title: `询问笔录（第${n}次）`,
        paragraphs: Array.from({ length: 320 }, (_, i) => `${i + 1}. 问：第${n}次询问，借款是否已经归还？答：尚未归还，原告多次催讨。`),
      });
      files.push({ name: `询问笔录${n}.pdf`, bytes });
    }
    const center = await apiAs(h, 'center', DEMO_PASSWORD);
    const imported = await center<CallOutput<'documents.import'>>('documents.import', { caseId: target.id, batchId: 'volume-e2e', files, category: '询问笔录' });
    expect(imported.outcomes.every((o) => o.ok)).toBe(true);
    const docs = (await call<CallOutput<'documents.list'>>('documents.list', { caseId: target.id })).items.filter((d) => d.volume === 'main' && d.pageCount > 0);
    const total = docs.reduce((n, d) => n + d.pageCount, 0);
    expect(total).toBeGreaterThan(60);

    const { page, problems } = await h.openPage();
    const fetched: string[] = [];
    page.on('request', (r) => {
      const body = r.method() === 'POST' && r.url().includes('/api/call') ? r.postData() : null;
      if (!body?.includes('documents.content')) return;
      fetched.push((JSON.parse(body) as { input: { id: string } }).input.id);
    });
    await page.goto(h.server.url);
    await logInAs(page, 'judge');
    await page.goto(`${h.server.url}#/reading/${target.id}/main`);
    const main = page.getByTestId('reader-main-pane');
    await drawn(main, docs[0]!.id, 0).waitFor({ timeout: 30_000 });
    // Only the pages near the view are mounted (drawn ones ± 2, then 8 empty ones each way), yet the scroll is the volume's.
    const mountedViews = () => main.getByTestId('reader-page-view').count();
    expect(await mountedViews()).toBeLessThanOrEqual(24);
    expect(await main.locator('.cd-cviewer-pages').evaluate((el) => el.scrollHeight)).toBeGreaterThan(total * 300);
    const last = docs.at(-1)!;
    expect(fetched).not.toContain(last.id);
    expect(new Set(fetched).size).toBeLessThan(docs.length);

    // End: the last page of the volume; its document is opened now, the first pages are given back.
    await main.getByTestId('reader-scroll').focus();
    await page.keyboard.press('End');
    await drawn(main, last.id, last.pageCount - 1).waitFor({ timeout: 30_000 });
    expect(fetched).toContain(last.id);
    const live = () =>
      main.evaluate((el) => [...el.querySelectorAll<HTMLCanvasElement>('[data-testid="page-canvas"]')].filter((c) => c.width > 0).length);
    await expect.poll(live).toBeLessThanOrEqual(5);
    expect(await main.locator(`[data-testid="reader-page-view"][data-document-id="${docs[0]!.id}"][data-page-index="0"]`).count()).toBe(0);
    expect(await mountedViews()).toBeLessThanOrEqual(24);
    expect(await text(page.getByTestId('doc-page'))).toBe(`本材料第 ${last.pageCount} / ${last.pageCount} 页`);
    await settledShot(page, 'volume-long-end.png', { fullPage: false });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the judge exports the whole volume with annotations, and flattened, from the volume reader', async () => {
    const me = await call<CallOutput<'auth.me'>>('auth.me', {});
    const target = (await call<CallOutput<'cases.list'>>('cases.list', { judgeId: me.id, limit: 100 })).items[0]!;
    const docs = (await call<CallOutput<'documents.list'>>('documents.list', { caseId: target.id })).items.filter((d) => d.volume === 'main' && d.pageCount > 0);
    const second = docs.find((d, i) => i > 0 && d.mediaType === 'application/pdf')!;
    expect(second).toBeDefined();
    const comment = '整卷导出中的高亮';
    await call('annotations.save', { changes: [{ op: 'upsert', annotation: {
      id: uuidv7(), documentId: second.id, pageIndex: 0, kind: 'highlight', rects: [[72, 600, 300, 620]], color: '#FFD400', comment, layer: 'team', baseVersion: 0,
    } }] });

    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'judge');
    await page.goto(`${h.server.url}#/reading/${target.id}/main`);
    await drawn(page.getByTestId('reader-main-pane'), docs[0]!.id, 0).waitFor({ timeout: 30_000 });
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    /** The comments of every annotation in the downloaded PDF, with the 1-based page each is on. */
    const annotationsOf = async (download: Download) => {
      const pdf = await getDocument({ data: new Uint8Array(readFileSync((await download.path())!)), isEvalSupported: false, verbosity: 0 }).promise;
      const out: string[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        for (const a of (await (await pdf.getPage(n)).getAnnotations()) as { subtype: string; contentsObj: { str: string } }[]) out.push(`${a.subtype}:${a.contentsObj.str}`);
      }
      await pdf.destroy();
      return out;
    };

    await page.getByTestId('annotation-export').click();
    await page.getByRole('menuitem', { name: '导出整卷（含批注）' }).waitFor();
    await settledShot(page, 'volume-export-annotations-menu.png', { fullPage: false });
    // The export button tells how far the volume is (the main process reports each document it adds).
    await page.evaluate(() => {
      const w = window as unknown as { __exportLabels: string[] };
      w.__exportLabels = [];
      const button = document.querySelector('[data-testid="annotation-export"]')!;
      new MutationObserver(() => w.__exportLabels.push(button.textContent ?? '')).observe(button, { subtree: true, childList: true, characterData: true });
    });
    const [annotated] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: '导出整卷（含批注）' }).click()]);
    const labels = await page.evaluate(() => (window as unknown as { __exportLabels: string[] }).__exportLabels);
    expect(labels.some((l) => /正在导出 \d+\/\d+ 份材料/.test(l))).toBe(true);
    expect(annotated.suggestedFilename()).toBe(`${target.caseNumber}-正卷-批注版.pdf`);
    expect(await annotationsOf(annotated)).toContain(`Highlight:${comment}`);

    await page.getByTestId('annotation-export').click();
    const [flat] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: '导出整卷（拼合批注）' }).click()]);
    expect(flat.suggestedFilename()).toBe(`${target.caseNumber}-正卷-批注拼合版.pdf`);
    expect(await annotationsOf(flat)).not.toContain(`Highlight:${comment}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});

const GRID = 32;

/** Which cells of a GRID × GRID division of the page's canvas hold ink (dark pixels), row by row. */
async function inkGrid(pageView: Locator): Promise<boolean[][]> {
  return pageView.locator('canvas').first().evaluate((c: HTMLCanvasElement, n: number) => {
    const { data, width, height } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    const grid = Array.from({ length: n }, () => Array.from({ length: n }, () => false));
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (data[i]! + data[i + 1]! + data[i + 2]! < 300) grid[Math.floor((y * n) / height)]![Math.floor((x * n) / width)] = true;
      }
    }
    return grid;
  }, GRID);
}

/**
 * The page drawn after a quarter turn clockwise is the upright page turned: an upright point (u, v) lands at
 * (1 − v, u). Inked cells agree far better under that mapping than left as they were.
 */
function assertTurnedClockwise(upright: boolean[][], turned: boolean[][]): void {
  let turnedAgree = 0;
  let sameAgree = 0;
  let inked = 0;
  for (let v = 0; v < GRID; v++) {
    for (let u = 0; u < GRID; u++) {
      const a = upright[v]![u]!;
      const b = turned[u]![GRID - 1 - v]!;
      const c = turned[v]![u]!;
      if (!a && !b && !c) continue;
      inked++;
      if (a === b) turnedAgree++;
      if (a === c) sameAgree++;
    }
  }
  expect(inked).toBeGreaterThan(10);
  expect(turnedAgree / inked).toBeGreaterThan(0.75);
  expect(turnedAgree).toBeGreaterThan(sameAgree * 1.5);
}
