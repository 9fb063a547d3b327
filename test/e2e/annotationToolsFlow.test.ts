import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src-shared/annotations/annotation';
import type { CallOutput } from '../../src-shared/contract/contract';
import { chromiumForE2E, DEMO_PASSWORD, logInAs, settledShot, startHarness, type Harness, apiAs, type ApiCall } from './browserHarness';

const chromiumPath = chromiumForE2E();

/** Waits until the manager has nothing left to save. */
const saved = (page: Page, timeout = 1000) =>
  expect.poll(() => page.getByTestId('save-state').getAttribute('data-pending'), { timeout, interval: 50 }).toBe('0');

async function pickOption(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
  await page.keyboard.press('Escape');
}

/** Where the annotation layer draws each kind, relative to its page (CSS pixels). */
async function drawnBoxes(page: Page): Promise<Record<string, { x: number; y: number; w: number; h: number; layer: string }>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<SVGGElement>('[data-testid="annotation"]')].map((g) => {
        const p = g.closest<HTMLElement>('[data-testid="reader-page-view"]')!.getBoundingClientRect();
        const b = g.getBoundingClientRect();
        return [g.dataset.kind!, { x: b.left - p.left, y: b.top - p.top, w: b.width, h: b.height, layer: g.dataset.layer! }];
      }),
    ),
  );
}

describe.skipIf(!chromiumPath)('the annotation tools in Chromium (demo data)', () => {
  let h: Harness;
  let call: ApiCall;

  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
    call = await apiAs(h, 'judge', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the judge draws a rectangle, underlines a sentence, stamps 存疑 and writes a text box shared with the team; all are back after a reload', async () => {
    // A 起诉状 of text (正卷) in one of the judge's cases.
    const cases = await call<CallOutput<'cases.list'>>('cases.list', { limit: 50 });
    let target: { caseId: string; doc: CallOutput<'documents.list'>['items'][number] } | null = null;
    for (const c of cases.items) {
      const docs = await call<CallOutput<'documents.list'>>('documents.list', { caseId: c.id });
      const doc = docs.items.find((d) => d.category === '起诉状' && d.mediaType === 'application/pdf' && d.volume === 'main');
      if (doc) {
        target = { caseId: c.id, doc };
        break;
      }
    }
    expect(target).not.toBeNull();
    const { caseId, doc } = target!;

    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'judge');
    await page.goto(`${h.server.url}#/cases/${caseId}/read/${doc.id}/1`);
    const firstPage = page.locator('[data-testid="reader-page-view"][data-page-index="0"]');
    await firstPage.locator('[data-testid="page-canvas"][data-rendered-page="0"]').waitFor({ timeout: 30_000 });
    await firstPage.locator('.textLayer span').first().waitFor();
    await expect.poll(() => page.getByTestId('reader-workspace').getAttribute('data-annotations-loaded')).toBe('1');
    const box = (await firstPage.boundingBox())!;
    const at = (fx: number, fy: number) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });
    // Everything drawn below must be in the window (the page is taller than it).
    expect(at(0, 0.64).y).toBeLessThan(880);

    // 正卷: every layer may be chosen as the default, private by default.
    expect(await page.getByTestId('tool-layer').locator('input[value="showable"]').isDisabled()).toBe(false);
    expect(await page.getByTestId('tool-layer').locator('input[value="private"]').isChecked()).toBe(true);

    // 1. A rectangle dragged in the right half of the page.
    await page.getByTestId('tool-rect').click();
    const r0 = at(0.55, 0.45);
    const r1 = at(0.85, 0.55);
    await page.mouse.move(r0.x, r0.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(r0.x + ((r1.x - r0.x) * i) / 8, r0.y + ((r1.y - r0.y) * i) / 8);
    await page.mouse.up();
    await page.locator('[data-testid="annotation"][data-kind="rect"]').waitFor();

    // 2. An underline: select the first 16 characters of the longest line of page 1, then the underline tool.
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
    await page.getByTestId('tool-underline').click();
    // A line has no height: Playwright calls it hidden, so wait for it in the DOM.
    await page.locator('[data-testid="annotation"][data-kind="underline"]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-testid="annotation"][data-kind="highlight"]').count()).toBe(0);

    // 3. A stamp 存疑, chosen after a click.
    await page.getByTestId('tool-stamp').click();
    const s = at(0.7, 0.64);
    await page.mouse.click(s.x, s.y);
    await page.locator('[data-testid="stamp-option"][data-label="存疑"]').click();
    await page.locator('[data-testid="annotation"][data-kind="stamp"]').waitFor();

    // 4. A text box, its text typed in the editor, shared with the trial team.
    await page.getByTestId('tool-freetext').click();
    const f = at(0.1, 0.58);
    await page.mouse.click(f.x, f.y);
    await page.getByTestId('ann-text').fill('借款金额与借条不符');
    await page.getByTestId('ann-editor').getByText('合议庭共享').click();
    await page.getByTestId('ann-save').click();
    await page.locator('[data-testid="annotation"][data-kind="freetext"]').waitFor();
    await page.getByTestId('tool-select').click();

    // Durable: the server has the four with their kinds and layers.
    await saved(page);
    const stored = (await call<CallOutput<'annotations.list'>>('annotations.list', { documentId: doc.id })).items as Annotation[];
    expect(stored.map((a) => a.kind).sort()).toEqual(['freetext', 'rect', 'stamp', 'underline']);
    const byKind = Object.fromEntries(stored.map((a) => [a.kind, a]));
    expect(byKind.underline!.anchor?.quote).toBe(quote);
    expect(byKind.stamp!.text).toBe('存疑');
    expect(byKind.stamp!.rects).toHaveLength(1);
    expect(byKind.freetext!.text).toBe('借款金额与借条不符');
    expect(byKind.freetext!.layer).toBe('team');
    for (const k of ['rect', 'stamp', 'underline']) expect(byKind[k]!.layer).toBe('private');
    // The rectangle is where it was dragged (PDF units back to CSS pixels through the drawn box).
    const before = await drawnBoxes(page);

    // Reload: all four drawn again, at the same places.
    await page.reload();
    await firstPage.locator('[data-testid="page-canvas"][data-rendered-page="0"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('[data-testid="annotation"]').count()).toBe(4);
    const after = await drawnBoxes(page);
    for (const kind of ['rect', 'underline', 'stamp', 'freetext']) {
      for (const k of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(after[kind]![k] - before[kind]![k])).toBeLessThan(1.5);
    }
    expect(Math.abs(after.rect!.x - box.width * 0.55)).toBeLessThan(4);
    expect(Math.abs(after.rect!.y - box.height * 0.45)).toBeLessThan(4);
    expect(Math.abs(after.rect!.w - box.width * 0.3)).toBeLessThan(6);
    expect(Math.abs(after.stamp!.x + after.stamp!.w / 2 - box.width * 0.7)).toBeLessThan(4);
    expect(Math.abs(after.stamp!.y + after.stamp!.h / 2 - box.height * 0.64)).toBeLessThan(4);
    expect(after.freetext!.layer).toBe('team');
    expect(await page.locator('[data-testid="annotation"][data-kind="stamp"] text').textContent()).toBe('存疑');
    expect(await page.locator('[data-testid="annotation"][data-kind="freetext"]').textContent()).toContain('借款金额与借条不符');

    // The sidebar tags each item with its layer; the layer filter narrows the list.
    const items = page.getByTestId('ann-item');
    await expect.poll(() => items.count()).toBe(4);
    expect(await page.locator('[data-testid="ann-item"][data-kind="freetext"] [data-testid="ann-layer-tag"]').textContent()).toBe('合议庭');
    await pickOption(page, page.getByTestId('filter-layer'), '合议庭共享');
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().getAttribute('data-kind')).toBe('freetext');
    // Close the filter's dropdown so the screenshot shows the narrowed list.
    await page.locator('.cd-ann-sidebar-head').click();
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await settledShot(page, 'reader-tools.png', { fullPage: false });
    await page.getByTestId('filter-layer').locator('.ant-select-clear').click({ force: true });
    await pickOption(page, page.getByTestId('filter-layer'), '仅自己可见');
    await expect.poll(() => items.count()).toBe(3);

    expect(problems).toEqual([]);
    await page.close();
  });
});
