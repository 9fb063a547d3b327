import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderChineseDocument } from '../../src-main/pdf/chineseDocument';
import type { CallOutput } from '../../src-shared/contract/contract';
import { chromiumForE2E, DEMO_PASSWORD, logInAs, settledShot, startHarness, type Harness } from './browserHarness';

const chromiumPath = chromiumForE2E();

/** A 2-character word found in no demo document: the search must find it in our 答辩状 only. */
const WORD = '鼋鼍';
const FILLER = '答辩人认为，原告主张的货款数额与双方对账结果不符，其中部分货物存在质量问题，已经书面通知原告退换，原告至今未予处理。';

/** A 答辩状 of several pages whose last paragraph (on its last page) holds WORD. */
async function answerPdf(): Promise<{ bytes: Uint8Array; pageCount: number }> {
  return renderChineseDocument({
    title: '民事答辩状',
    paragraphs: [
      { text: '答辩人：演示县远航贸易有限公司，住所地演示县人民路88号。', align: 'left' },
      { text: '被答辩人：演示县恒通物流有限公司。', align: 'left' },
      '答辩人就被答辩人诉答辩人买卖合同纠纷一案，提出答辩意见如下：',
      ...Array.from({ length: 24 }, (_, i) => `${i + 1}. ${FILLER}`),
      `另查明，涉案货物系经由${WORD}码头转运，交付时间应以码头签收单为准，请求法院依法驳回原告的全部诉讼请求。`,
      { text: '此致\n演示县人民法院', align: 'left' },
      { text: '答辩人：演示县远航贸易有限公司\n二〇二六年三月五日', align: 'right' },
    ],
    createdAt: new Date('2026-03-05T09:00:00+08:00'),
  });
}

/** A scanned-looking page: a generated 借条 rendered to a 150 dpi PNG (no text layer, so it is OCR'd). */
async function receiptPng(dir: string): Promise<Buffer> {
  const { bytes } = await renderChineseDocument({
    title: '借条',
    paragraphs: [
      '今借到演示县恒通物流有限公司人民币伍万元整（¥50,000.00），用于支付货款，约定于二〇二六年十二月三十一日前归还。',
      { text: '借款人：王建国', align: 'right' },
      { text: '二〇二六年一月十日', align: 'right' },
    ],
    createdAt: new Date('2026-01-10T09:00:00+08:00'),
  });
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', '-', join(dir, 'receipt')], { input: bytes });
  return readFileSync(join(dir, 'receipt.png'));
}

/** The 0-based page of a PDF whose text holds `word` (poppler's pdftotext separates pages with a form feed). */
function pageHolding(pdf: Uint8Array, word: string): number {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
  return text.split('\f').findIndex((p) => p.includes(word));
}

/** A native drag with the mouse (rc-tree reads the pointer position on each dragover); `upper` drops before `to`. */
async function dragOnto(page: Page, from: Locator, to: Locator, where: 'middle' | 'upper' = 'middle'): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + 10, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + 20, a.y + a.height / 2, { steps: 4 });
  await page.mouse.move(where === 'upper' ? a.x + 20 : b.x + b.width / 2, where === 'upper' ? b.y + 3 : b.y + b.height / 2 + 2, { steps: 12 });
  await page.mouse.up();
}

/** Picks an option of an antd Select from the keyboard: type to filter, Enter takes the match. */
async function chooseByTyping(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.keyboard.type(option);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => select.locator('.ant-select-selection-item, .ant-select-content').first().textContent()).toBe(option);
}

const docNode = (page: Page, id: string) => page.locator(`[data-testid="dossier-doc"][data-doc-id="${id}"]`);

describe.skipIf(!chromiumPath)('the e-dossier in Chromium (demo data)', () => {
  let h: Harness;
  let sessionId: string;
  let workDir: string;
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const r = await h.dispatch({ name, input, sessionId }, { via: 'test' });
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as T;
  };

  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
    workDir = mkdtempSync(join(tmpdir(), 'court-desk-dossier-e2e-'));
    const r = await h.dispatch({ name: 'auth.login', input: { userName: 'center', password: DEMO_PASSWORD } }, { via: 'test' });
    if (!r.ok) throw new Error(r.error.message);
    sessionId = (r.value as { sessionId: string }).sessionId;
  });
  afterAll(async () => {
    await h?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('the centre imports two files with the picker, fixes a category, searches a 2-character word and jumps to the page', async () => {
    const answer = await answerPdf();
    const wordPage = pageHolding(answer.bytes, WORD);
    expect(wordPage).toBeGreaterThan(0);
    const receipt = await receiptPng(workDir);
    expect((await call<CallOutput<'search.pages'>>('search.pages', { query: WORD })).total).toBe(0);

    // A civil first-instance case early in its life, opened from the list.
    const cases = await call<CallOutput<'cases.list'>>('cases.list', { caseType: '民初', stage: 'service', limit: 50 });
    const target = cases.items[0]!;
    const before = await call<CallOutput<'documents.list'>>('documents.list', { caseId: target.id });

    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'center');
    await page.getByTestId('case-search').fill(target.caseNumber);
    await page.locator('[data-testid="case-table"] tbody tr.ant-table-row', { hasText: target.caseNumber }).first().click();
    await page.getByTestId('case-detail').waitFor();
    await page.getByTestId('tab-dossier').click();
    await page.getByTestId('catalogue-tree').or(page.getByTestId('dossier-empty')).waitFor();
    await page.getByTestId('check-list').waitFor();
    await expect.poll(() => page.getByTestId('dossier-doc').count()).toBe(before.items.length);

    // Two files by the file picker: the batch shows its progress bar, then each file's outcome.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('import-button').click()]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([
      { name: '民事答辩状.pdf', mimeType: 'application/pdf', buffer: Buffer.from(answer.bytes) },
      { name: '借条扫描件.png', mimeType: 'image/png', buffer: receipt },
    ]);
    const batch = page.getByTestId('import-batch').first();
    await batch.getByTestId('import-progress').waitFor();
    await settledShot(page, 'dossier-import-progress.png');
    await page.locator('[data-testid="import-batch"][data-running="false"]').first().waitFor({ timeout: 180_000 });
    const outcomes = batch.getByTestId('import-outcome');
    await expect.poll(() => outcomes.count()).toBe(2);
    expect(await batch.locator('[data-testid="import-outcome"][data-ok="true"]').count()).toBe(2);
    expect(await batch.getByTestId('import-progress').textContent()).toContain('2/2');

    const after = await call<CallOutput<'documents.list'>>('documents.list', { caseId: target.id });
    const added = after.items.filter((d) => !before.items.some((b) => b.id === d.id));
    expect(added).toHaveLength(2);
    const pdfDoc = added.find((d) => d.mediaType === 'application/pdf')!;
    const scan = added.find((d) => d.mediaType === 'image/png')!;
    expect(pdfDoc.pageCount).toBe(answer.pageCount);
    expect(scan.ocrPages).toBeGreaterThan(0);
    await docNode(page, pdfDoc.id).waitFor();
    await docNode(page, scan.id).getByTestId('ocr-tag').waitFor();
    for (const o of await outcomes.allTextContents()) expect(o).toMatch(/已归入「.+」/);
    await settledShot(page, 'dossier-imported.png');

    // Fix the scan's category with the keyboard-friendly dialog (the same as a drag onto the category).
    const fixTo = scan.category === '证据材料' ? '调查笔录及调查取证材料' : '证据材料';
    await docNode(page, scan.id).getByTestId('fix-category').click();
    const dialog = page.getByRole('dialog');
    await chooseByTyping(page, dialog.getByTestId('category-select'), fixTo);
    await settledShot(page, 'dossier-fix-category.png', { fullPage: false });
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => docNode(page, scan.id).getAttribute('data-category')).toBe(fixTo);
    const fixed = (await call<CallOutput<'documents.list'>>('documents.list', { caseId: target.id })).items.find((d) => d.id === scan.id)!;
    expect(fixed.category).toBe(fixTo);
    expect(fixed.categorySource).toBe('user');

    // The same by drag and drop: with the empty categories shown, drag the scan onto 询问笔录.
    await page.getByTestId('show-empty').click();
    const category = page.locator('[data-testid="dossier-category"][data-category="询问笔录"]');
    await dragOnto(page, docNode(page, scan.id).locator('.cd-doc-node-title'), category);
    await expect.poll(() => docNode(page, scan.id).getAttribute('data-category')).toBe('询问笔录');
    await page.getByTestId('show-empty').click();

    // Dragged onto the upper half of the first 证据材料 document, the scan becomes evidence, filed before it.
    const evidence = before.items.find((d) => d.category === '证据材料')!;
    await dragOnto(page, docNode(page, scan.id).locator('.cd-doc-node-title'), docNode(page, evidence.id), 'upper');
    await expect.poll(() => docNode(page, scan.id).getAttribute('data-category')).toBe('证据材料');
    const reordered = (await call<CallOutput<'documents.list'>>('documents.list', { caseId: target.id })).items;
    const order = reordered.filter((d) => d.volume === 'main').sort((x, y) => x.position - y.position).map((d) => d.id);
    expect(order.indexOf(scan.id)).toBe(order.indexOf(evidence.id) - 1);

    // Search this dossier for the 2-character word: one hit, on the answer's page that holds it.
    const found = await call<CallOutput<'search.pages'>>('search.pages', { query: WORD, caseId: target.id });
    expect(found.hits.map((x) => x.documentId)).toEqual([pdfDoc.id]);
    const hitPage = found.hits[0]!.pageIndex;
    expect(hitPage).toBe(wordPage);
    await page.getByTestId('dossier-search').locator('input').fill(WORD);
    await page.getByTestId('dossier-search').locator('input').press('Enter');
    const hit = page.getByTestId('search-hit');
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.locator('mark').first().textContent()).toBe(WORD);
    await settledShot(page, 'dossier-search.png');

    // The hit opens the viewer at that page.
    await hit.click();
    await page.getByTestId('reader-page').waitFor();
    await page.locator(`[data-testid="page-canvas"][data-rendered-page="${hitPage}"]`).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('page-input').inputValue()).toBe(String(hitPage + 1));
    expect(await page.getByTestId('page-count').textContent()).toContain(String(answer.pageCount));
    await settledShot(page, 'dossier-viewer.png');
    await page.getByTestId('page-prev').click();
    await page.locator(`[data-testid="page-canvas"][data-rendered-page="${hitPage - 1}"]`).waitFor();

    // Back to the dossier: the search is still there. Then the same word across all cases, from the header.
    await page.getByTestId('reader-back').click();
    await page.getByTestId('dossier-search-results').getByTestId('search-hit').waitFor();
    await page.getByTestId('header-search').locator('input').fill(WORD);
    await page.getByTestId('header-search').locator('input').press('Enter');
    await page.getByTestId('search-page').getByTestId('search-hit').waitFor();
    expect(await page.getByTestId('search-page').textContent()).toContain(target.caseNumber);
    await settledShot(page, 'dossier-search-global.png');

    expect(problems).toEqual([]);
    await page.close();
  }, 240_000);

  it('a supervisor reads the dossier but may not import or refile', async () => {
    const cases = await call<CallOutput<'cases.list'>>('cases.list', { caseType: '民初', limit: 50 });
    const target = cases.items.find((c) => c.stage !== 'filing') ?? cases.items[0]!;
    const { page, problems } = await h.openPage();
    await page.goto(`${h.server.url}#/cases/${target.id}/dossier`);
    await logInAs(page, 'supervisor', '[data-testid="dossier-tab"]');
    await page.getByTestId('check-list').waitFor();
    await page.getByTestId('dossier-toolbar').getByTestId('export-main').waitFor();
    expect(await page.getByTestId('import-button').count()).toBe(0);
    expect(await page.getByTestId('import-panel').count()).toBe(0);
    expect(await page.getByTestId('cover-button').count()).toBe(0);
    expect(await page.getByTestId('fix-category').count()).toBe(0);
    expect(await page.locator('[data-testid="catalogue-tree"] [draggable="true"]').count()).toBe(0);
    await settledShot(page, 'dossier-read-only.png');
    await page.getByText('English', { exact: true }).click();
    await page.getByText('Completeness check', { exact: true }).waitFor();
    await settledShot(page, 'dossier-read-only-en.png');
    await page.getByText('中文', { exact: true }).click();
    await page.getByText('完整性检查', { exact: true }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the centre exports the main volume and makes a scan cover sheet', async () => {
    const cases = await call<CallOutput<'cases.list'>>('cases.list', { caseType: '民初', stage: 'service', limit: 50 });
    const target = cases.items[0]!;
    const { page, problems } = await h.openPage();
    await page.goto(`${h.server.url}#/cases/${target.id}/dossier`);
    await logInAs(page, 'center', '[data-testid="dossier-tab"]');
    await page.getByTestId('catalogue-tree').waitFor();

    // The button tells how far the export is (the main process reports each document it adds).
    await page.evaluate(() => {
      const w = window as unknown as { __exportLabels: string[] };
      w.__exportLabels = [];
      const button = document.querySelector('[data-testid="export-main"]')!;
      new MutationObserver(() => w.__exportLabels.push(button.textContent ?? '')).observe(button, { subtree: true, childList: true, characterData: true });
    });
    const [volume] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-main').click()]);
    expect(volume.suggestedFilename()).toBe(`${target.caseNumber}-正卷.pdf`);
    const labels = await page.evaluate(() => (window as unknown as { __exportLabels: string[] }).__exportLabels);
    expect(labels.some((l) => /正在导出 \d+\/\d+ 份材料/.test(l))).toBe(true);
    const volumePath = join(workDir, 'volume.pdf');
    await volume.saveAs(volumePath);
    expect(readFileSync(volumePath).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await page.getByTestId('cover-button').click();
    const dialog = page.getByRole('dialog');
    await chooseByTyping(page, dialog.getByTestId('cover-category'), '证据材料');
    await dialog.getByTestId('cover-make').click();
    await dialog.locator('[data-testid="page-canvas"][data-rendered-page="0"]').waitFor({ timeout: 30_000 });
    await settledShot(page, 'dossier-cover-sheet.png', { fullPage: false });
    const [cover] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('cover-download').click()]);
    expect(cover.suggestedFilename()).toContain('证据材料');
    await dialog.getByRole('button', { name: '取消' }).click();

    // A scanned image opens in the viewer through its PDF rendition.
    const scan = (await call<CallOutput<'documents.list'>>('documents.list', { caseId: target.id })).items.find((d) => d.mediaType === 'image/png');
    expect(scan).toBeDefined();
    await docNode(page, scan!.id).locator('.cd-doc-node-title').click();
    await page.getByTestId('reader-page').locator('[data-testid="page-canvas"][data-rendered-page="0"]').waitFor({ timeout: 30_000 });
    await settledShot(page, 'dossier-viewer-scan.png', { fullPage: false });
    expect(problems).toEqual([]);
    await page.close();
  });
});
