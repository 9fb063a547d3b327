import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src-shared/annotations/annotation';
import type { CallOutput } from '../../src-shared/contract/contract';
import { renderChineseDocument } from '../../src-main/pdf/chineseDocument';
import { chromiumForE2E, DEMO_PASSWORD, logInAs, settledShot, startHarness, type Harness, apiAs, type ApiCall } from './browserHarness';

const chromiumPath = chromiumForE2E();

interface Drawn {
  id: string;
  kind: string;
  pdf: string;
  /** The annotation's box relative to its page, CSS pixels. */
  box: { x: number; y: number; w: number; h: number };
  page: number;
}

/** The annotations the annotation layers draw, with their PDF geometry (data-pdf) and where they are on their page. */
async function drawnAnnotations(page: Page): Promise<Drawn[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGGElement>('[data-testid="annotation"]')].map((g) => {
      const pageEl = g.closest<HTMLElement>('[data-testid="reader-page-view"]')!;
      const p = pageEl.getBoundingClientRect();
      const b = g.getBoundingClientRect();
      return {
        id: g.dataset.id!,
        kind: g.dataset.kind!,
        pdf: g.dataset.pdf!,
        box: { x: b.left - p.left, y: b.top - p.top, w: b.width, h: b.height },
        page: Number(pageEl.dataset.pageIndex),
      };
    }),
  );
}

const byKind = (list: Drawn[]) => Object.fromEntries(list.map((d) => [d.kind, d]));

/** Waits until the manager has nothing left to save. */
const saved = (page: Page, timeout = 1000) =>
  expect.poll(() => page.getByTestId('save-state').getAttribute('data-pending'), { timeout, interval: 50 }).toBe('0');

async function pickOption(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
  await page.keyboard.press('Escape');
}

describe.skipIf(!chromiumPath)('the reader and annotations in Chromium (demo data)', () => {
  let h: Harness;
  let call: ApiCall;

  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
    call = await apiAs(h, 'judge', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the judge highlights, adds a tagged note and draws in the 起诉状; after a reload all three are in place', async () => {
    // A case of the judge with a 起诉状 of text (not a scan), the longest there is, so there is something to scroll.
    const cases = await call<CallOutput<'cases.list'>>('cases.list', { limit: 50 });
    let target: { caseId: string; caseNumber: string; doc: CallOutput<'documents.list'>['items'][number] } | null = null;
    for (const c of cases.items) {
      const docs = await call<CallOutput<'documents.list'>>('documents.list', { caseId: c.id });
      const doc = docs.items.find((d) => d.category === '起诉状' && d.mediaType === 'application/pdf');
      if (doc && docs.items.length > 1 && (!target || doc.pageCount > target.doc.pageCount)) target = { caseId: c.id, caseNumber: c.caseNumber, doc };
    }
    expect(target).not.toBeNull();
    const { caseId, caseNumber, doc } = target!;

    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'judge');
    await page.getByTestId('case-search').fill(caseNumber);
    await page.locator('[data-testid="case-table"] tbody tr.ant-table-row', { hasText: caseNumber }).first().click();
    await page.getByTestId('tab-dossier').click();
    await page.locator(`[data-testid="dossier-doc"][data-doc-id="${doc.id}"] .cd-doc-node-title`).click();
    await page.getByTestId('reader-page').waitFor();
    expect(page.url()).toContain(`#/cases/${caseId}/read/${doc.id}/1`);
    const firstPage = page.locator('[data-testid="reader-page-view"][data-page-index="0"]');
    await firstPage.locator('[data-testid="page-canvas"][data-rendered-page="0"]').waitFor({ timeout: 30_000 });
    await firstPage.locator('.textLayer span').first().waitFor();
    await expect.poll(() => page.getByTestId('reader-workspace').getAttribute('data-annotations-loaded')).toBe('1');
    expect(await page.getByTestId('page-count').textContent()).toContain(String(doc.pageCount));

    // Scroll through the document and back: the page number follows the scroll.
    const scroller = page.getByTestId('reader-scroll');
    if (doc.pageCount > 1) {
      await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect.poll(() => page.getByTestId('page-input').inputValue()).toBe(String(doc.pageCount));
      await page.locator(`[data-testid="page-canvas"][data-rendered-page="${doc.pageCount - 1}"]`).waitFor();
      await scroller.evaluate((el) => el.scrollTo(0, 0));
      await expect.poll(() => page.getByTestId('page-input').inputValue()).toBe('1');
      // Back in view, page 1 gets its text layer again once it has stayed there a moment.
      await firstPage.locator('.textLayer span').first().waitFor();
    }

    // 1. Highlight: select the words of the longest line of page 1 in its text layer, then the highlight tool.
    const quote = await firstPage.evaluate((pageEl) => {
      const spans = [...pageEl.querySelectorAll<HTMLElement>('.textLayer span')].filter((s) => s.firstChild?.nodeType === Node.TEXT_NODE);
      const span = spans.reduce((a, b) => ((b.textContent ?? '').length > (a.textContent ?? '').length ? b : a));
      const text = span.firstChild as Text;
      const end = Math.min(text.length, 16);
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, end);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return text.data.slice(0, end);
    });
    expect(quote.length).toBeGreaterThan(3);
    await page.getByTestId('tool-highlight').click();
    await page.locator('[data-testid="annotation"][data-kind="highlight"]').waitFor();

    // 2. A sticky note with a comment and a tag, to the right, below the highlight.
    await page.getByTestId('tool-note').click();
    const box = (await firstPage.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.4);
    await page.getByTestId('ann-comment').fill('此处金额与借条不一致，需核对。');
    await page.getByTestId('ann-tags').click();
    await page.keyboard.type('待核实');
    await page.keyboard.press('Enter');
    await page.getByTestId('ann-save').click();
    await page.locator('[data-testid="annotation"][data-kind="note"]').waitFor();

    // 3. An ink stroke drawn with the mouse.
    await page.getByTestId('tool-ink').click();
    const sx = box.x + box.width * 0.2;
    const sy = box.y + box.height * 0.3;
    await page.mouse.move(sx, sy);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) await page.mouse.move(sx + i * 12, sy + Math.sin(i / 3) * 25);
    await page.mouse.up();
    await page.locator('[data-testid="annotation"][data-kind="ink"]').waitFor();
    await page.getByTestId('tool-select').click();

    // Undo removes the stroke, redo brings it back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('[data-testid="annotation"][data-kind="ink"]').count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('[data-testid="annotation"][data-kind="ink"]').count()).toBe(1);

    // Durable within a second: the server has all three.
    await saved(page);
    const stored = (await call<CallOutput<'annotations.list'>>('annotations.list', { documentId: doc.id })).items as Annotation[];
    expect(stored.map((a) => a.kind).sort()).toEqual(['highlight', 'ink', 'note']);
    const hl = stored.find((a) => a.kind === 'highlight')!;
    expect(hl.anchor?.quote).toBe(quote);
    expect(hl.rects.length).toBeGreaterThan(0);
    const note = stored.find((a) => a.kind === 'note')!;
    expect(note.tags).toEqual(['待核实']);
    expect(note.comment).toBe('此处金额与借条不一致，需核对。');
    expect(stored.find((a) => a.kind === 'ink')!.ink[0]!.length).toBeGreaterThan(10);

    const before = byKind(await drawnAnnotations(page));
    await settledShot(page, 'reader-annotated.png', { fullPage: false });

    // Reload the app: the same three annotations, drawn at the same place.
    await page.reload();
    await page.locator('[data-testid="reader-page-view"][data-page-index="0"] [data-testid="page-canvas"][data-rendered-page="0"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('[data-testid="annotation"]').count()).toBe(3);
    const after = byKind(await drawnAnnotations(page));
    for (const kind of ['highlight', 'note', 'ink']) {
      expect(after[kind]!.id).toBe(before[kind]!.id);
      expect(after[kind]!.pdf).toBe(before[kind]!.pdf);
      expect(after[kind]!.page).toBe(0);
      for (const k of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(after[kind]!.box[k] - before[kind]!.box[k])).toBeLessThan(1.5);
    }
    // The highlight covers the quoted words: its box lies over the text layer's span (built once the page has
    // stayed in view for a moment).
    await expect.poll(() => page.locator('[data-testid="reader-page-view"][data-page-index="0"] .textLayer span').count()).toBeGreaterThan(0);
    const spanBox = await page.evaluate((q) => {
      const pageEl = document.querySelector<HTMLElement>('[data-testid="reader-page-view"][data-page-index="0"]')!;
      const p = pageEl.getBoundingClientRect();
      const span = [...pageEl.querySelectorAll<HTMLElement>('.textLayer span')].find((s) => (s.textContent ?? '').startsWith(q))!;
      const b = span.getBoundingClientRect();
      return { x: b.left - p.left, y: b.top - p.top, h: b.height };
    }, quote);
    expect(Math.abs(after.highlight!.box.x - spanBox.x)).toBeLessThan(3);
    expect(Math.abs(after.highlight!.box.y - spanBox.y)).toBeLessThan(spanBox.h * 0.5);
    await settledShot(page, 'reader-reloaded.png', { fullPage: false });

    // The sidebar lists the three; filters by type and by tag narrow it.
    const items = page.getByTestId('ann-item');
    await expect.poll(() => items.count()).toBe(3);
    await pickOption(page, page.getByTestId('filter-kind'), '便签');
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().getAttribute('data-kind')).toBe('note');
    await settledShot(page, 'reader-filtered.png', { fullPage: false });
    await page.getByTestId('filter-kind').locator('.ant-select-clear').click({ force: true });
    await expect.poll(() => items.count()).toBe(3);
    await pickOption(page, page.getByTestId('filter-tag'), '待核实');
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().textContent()).toContain('此处金额与借条不一致');

    // The annotated copy: real PDF annotations (pdf.js reads them back) and poppler paints the highlight colour
    // where the highlight is; then the 阅卷笔录 as Word.
    await page.getByTestId('filter-tag').locator('.ant-select-clear').click({ force: true });
    await page.getByTestId('annotation-export').click();
    const [annotated] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: '带批注的 PDF' }).click()]);
    const annotatedPath = join(h.dir, 'annotated.pdf');
    await annotated.saveAs(annotatedPath);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const exported = await getDocument({ data: new Uint8Array(readFileSync(annotatedPath)), isEvalSupported: false }).promise;
    const exportedAnnotations = (await (await exported.getPage(1)).getAnnotations()) as { subtype: string; rect: number[] }[];
    expect(exportedAnnotations.map((a) => a.subtype).sort()).toEqual(['Highlight', 'Ink', 'Text']);
    const hlRect = stored.find((a) => a.kind === 'highlight')!.rects[0]!;
    execFileSync('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', annotatedPath, join(h.dir, 'annotated')]);
    const png = PNG.sync.read(readFileSync(join(h.dir, readdirSync(h.dir).find((f) => f.startsWith('annotated') && f.endsWith('.png'))!)));
    // At 72 dpi one PDF unit is one pixel; PDF y grows upwards, PNG rows downwards.
    const px = (x: number, y: number) => { const i = (png.width * (png.height - Math.round(y)) + Math.round(x)) * 4; return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]; };
    // Yellow multiplied over white paper: red and green high, blue clearly lower.
    const yellowish = ([r, g, b]: number[]) => r! > 200 && g! > 180 && b! < r! - 60;
    let yellow = 0;
    for (let x = hlRect[0] + 2; x < hlRect[2] - 2; x += 4) if (yellowish(px(x, (hlRect[1] + hlRect[3]) / 2)) || yellowish(px(x, hlRect[1] + 2))) yellow++;
    expect(yellow).toBeGreaterThan(3);
    await page.getByTestId('annotation-export').click();
    const [notes] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: '阅卷笔录（Word）' }).click()]);
    expect(notes.suggestedFilename()).toMatch(/阅卷笔录\.docx$/);

    // The catalogue beside the pages opens another document.
    const other = page.locator(`[data-testid="reader-doc"]:not([data-doc-id="${doc.id}"])`).first();
    const otherId = await other.getAttribute('data-doc-id');
    await other.click();
    await expect.poll(() => page.url()).toContain(`/read/${otherId}/1`);
    await page.locator('[data-testid="page-canvas"][data-rendered-page="0"]').first().waitFor({ timeout: 30_000 });

    expect(problems).toEqual([]);
    await page.close();
  });

  it('a long document scrolls continuously and draws only the pages near the visible ones', async () => {
    const cases = await call<CallOutput<'cases.list'>>('cases.list', { limit: 5 });
    const target = cases.items[0]!;
    const { bytes, pageCount } = await renderChineseDocument({
      title: '庭审笔录',
      paragraphs: Array.from({ length: 160 }, (_, i) => `${i + 1}. 审判员：原告对被告提交的证据有何质证意见？原告：对真实性无异议，对关联性有异议。`),
      createdAt: new Date('2026-04-01T09:00:00+08:00'),
    });
    expect(pageCount).toBeGreaterThanOrEqual(10);
    // The filing centre adds it to one of the judge's cases.
    const login = await h.dispatch({ name: 'auth.login', input: { userName: 'center', password: DEMO_PASSWORD } }, { via: 'test' });
    if (!login.ok) throw new Error(login.error.message);
    const imported = await h.dispatch(
      {
        name: 'documents.import',
        input: { caseId: target.id, batchId: 'reader-e2e', files: [{ name: '庭审笔录.pdf', bytes }], category: '庭审笔录' },
        sessionId: (login.value as { sessionId: string }).sessionId,
      },
      { via: 'test' },
    );
    if (!imported.ok) throw new Error(imported.error.message);
    const outcome = (imported.value as CallOutput<'documents.import'>).outcomes[0]!;
    if (!outcome.ok) throw new Error('import failed');

    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'judge');
    await page.goto(`${h.server.url}#/cases/${target.id}/read/${outcome.documentId}/1`);
    await page.locator('[data-testid="page-canvas"][data-rendered-page="0"]').waitFor({ timeout: 30_000 });
    // The scroll covers the whole document (pages far from the view are not mounted: volumeReaderFlow checks that).
    const scroll = page.getByTestId('reader-scroll');
    const pageHeight = (await page.locator('[data-testid="reader-page-view"][data-page-index="0"]').boundingBox())!.height;
    expect(await scroll.evaluate((el) => el.scrollHeight)).toBeGreaterThan(pageHeight * pageCount);

    // Go to a middle page: it is drawn before the pages around it (drawTurns.ts); only the page below it, also in
    // view, may come first (not the page above, whose last pixels show in the margin above the page gone to).
    await page.evaluate(() => {
      const w = window as unknown as { drawnOrder: number[] };
      w.drawnOrder = [];
      new MutationObserver((changes) => {
        for (const c of changes) {
          const index = Number((c.target as HTMLElement).dataset.renderedPage);
          if (index >= 0) w.drawnOrder.push(index);
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-rendered-page'] });
    });
    const middle = Math.floor(pageCount / 2);
    await page.getByTestId('page-input').fill(String(middle + 1));
    await page.getByTestId('page-input').press('Enter');
    await page.locator(`[data-testid="page-canvas"][data-rendered-page="${middle + 2}"]`).waitFor({ timeout: 30_000 });
    const drawnOrder = await page.evaluate(() => (window as unknown as { drawnOrder: number[] }).drawnOrder);
    expect(drawnOrder).toContain(middle);
    expect(drawnOrder.slice(0, drawnOrder.indexOf(middle)).filter((i) => i !== middle + 1)).toEqual([]);

    // Go to the last page: it is drawn; the first pages are released (canvas 0×0, no text layer).
    await page.getByTestId('page-input').fill(String(pageCount));
    await page.getByTestId('page-input').press('Enter');
    await page.locator(`[data-testid="page-canvas"][data-rendered-page="${pageCount - 1}"]`).waitFor({ timeout: 30_000 });
    const live = async () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLCanvasElement>('[data-testid="page-canvas"]')].filter((c) => c.width > 0).map((c) => Number(c.dataset.pageIndex)),
      );
    await expect.poll(async () => Math.min(...(await live()))).toBeGreaterThanOrEqual(pageCount - 5);
    expect((await live()).length).toBeLessThanOrEqual(5);
    expect(await page.locator('[data-testid="reader-page-view"][data-page-index="0"] .textLayer span').count()).toBe(0);
    await settledShot(page, 'reader-long.png', { fullPage: false });

    // Scrolling back up draws the first page again and releases the last.
    await scroll.evaluate((el) => el.scrollTo(0, 0));
    await page.locator('[data-testid="page-canvas"][data-rendered-page="0"]').waitFor();
    await expect.poll(async () => Math.max(...(await live()))).toBeLessThanOrEqual(4);
    expect(await page.getByTestId('page-input').inputValue()).toBe('1');
    expect(problems).toEqual([]);
    await page.close();
  });
  it('wide reading folds the catalogue and the annotation list away (button or F4), widens the page at its place, and is remembered', async () => {
    const cases = await call<CallOutput<'cases.list'>>('cases.list', { limit: 50 });
    let target: { caseId: string; documentId: string } | null = null;
    for (const c of cases.items) {
      const doc = (await call<CallOutput<'documents.list'>>('documents.list', { caseId: c.id })).items.find((d) => d.pageCount > 1 && d.mediaType === 'application/pdf');
      if (doc) target = { caseId: c.id, documentId: doc.id };
      if (target) break;
    }
    expect(target).not.toBeNull();
    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'judge');
    await page.goto(`${h.server.url}#/cases/${target!.caseId}/read/${target!.documentId}/2`);
    await page.locator('[data-testid="page-canvas"][data-rendered-page="1"]').waitFor({ timeout: 30_000 });
    const pageWidth = async () => (await page.locator('[data-testid="reader-page-view"][data-page-index="1"]').boundingBox())!.width;
    const narrow = await pageWidth();
    expect(await page.getByTestId('reader-side').count()).toBe(1);
    expect(await page.getByTestId('annotation-sidebar').count()).toBe(1);

    await page.getByTestId('reader-wide').click();
    await expect.poll(() => page.getByTestId('reader-side').count()).toBe(0);
    expect(await page.getByTestId('annotation-sidebar').count()).toBe(0);
    // Fit width follows the wider area, and the reader stays on the same page.
    await expect.poll(pageWidth).toBeGreaterThan(narrow * 1.4);
    await page.locator('[data-testid="page-canvas"][data-rendered-page="1"]').waitFor();
    expect(await page.getByTestId('doc-page').textContent()).toMatch(/第 2 \//);
    await settledShot(page, 'reader-wide.png', { fullPage: false });

    // Remembered on this device: a reload reads wide again; F4 brings the panels back.
    await page.reload();
    await page.locator('[data-testid="page-canvas"][data-rendered-page="1"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('reader-side').count()).toBe(0);
    await page.getByTestId('reader-scroll').focus();
    await page.keyboard.press('F4');
    await expect.poll(() => page.getByTestId('reader-side').count()).toBe(1);
    expect(await page.getByTestId('annotation-sidebar').count()).toBe(1);
    await expect.poll(pageWidth).toBeLessThan(narrow + 2);
    expect(problems).toEqual([]);
    await page.close();
  });
});
