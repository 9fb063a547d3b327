import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../src-shared/contract/contract';
import { apiAs, chromiumForE2E, DEMO_PASSWORD, logInAs, settledShot, startHarness, type ApiCall, type Harness } from './browserHarness';

const chromiumPath = chromiumForE2E();

/**
 * Recorded from the first script of every load: when the early page (features/reader/earlyPage.ts) was drawn,
 * where and how large, and when the reader's workspace appeared.
 */
const WATCH = `window.__early = { drawnAt: null, rect: null, size: null, workspaceAt: null };
new MutationObserver(() => {
  const w = window.__early;
  const c = document.querySelector('.cd-early-page canvas[data-rendered-page]');
  if (c && w.drawnAt === null) {
    const r = c.getBoundingClientRect();
    Object.assign(w, { drawnAt: performance.now(), rect: [r.left, r.top, r.width, r.height], size: c.width + 'x' + c.height });
  }
  if (w.workspaceAt === null && document.querySelector('[data-testid="reader-workspace"]')) w.workspaceAt = performance.now();
}).observe(document, { subtree: true, childList: true, attributes: true });`;

interface Watched {
  drawnAt: number | null;
  rect: [number, number, number, number] | null;
  size: string | null;
  workspaceAt: number | null;
}
const watched = (page: Page) => page.evaluate(() => (window as unknown as { __early: Watched }).__early);

describe.skipIf(!chromiumPath)('the first page before the app (a reader address opened directly)', () => {
  let h: Harness;
  let call: ApiCall;
  let readerAddress = '';
  let volumeAddress = '';
  let documentId = '';
  let caseId = '';

  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
    call = await apiAs(h, 'judge', DEMO_PASSWORD);
    const cases = await call<CallOutput<'cases.list'>>('cases.list', { limit: 50 });
    for (const c of cases.items) {
      const docs = await call<CallOutput<'documents.list'>>('documents.list', { caseId: c.id });
      const doc = docs.items.find((d) => d.mediaType === 'application/pdf' && d.pageCount > 1);
      if (doc) {
        readerAddress = `#/cases/${c.id}/read/${doc.id}/2`;
        volumeAddress = `#/reading/${c.id}/${doc.volume}/${doc.id}/2`;
        documentId = doc.id;
        caseId = c.id;
        break;
      }
    }
    expect(readerAddress).not.toBe('');
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each(['document', 'volume'])('draws the page where the %s reader will show it, before the app; the reader takes its pixels over and the early view goes', async (kind) => {
    const address = kind === 'document' ? readerAddress : volumeAddress;
    const { page, problems } = await h.openPage();
    await page.addInitScript(WATCH);
    await page.goto(h.server.url);
    await logInAs(page, 'judge');
    // Once through the app, so the reader's place on this window is remembered.
    await page.goto(`${h.server.url}${address}`);
    const pageView = `[data-testid="reader-page-view"][data-document-id="${documentId}"][data-page-index="1"]`;
    await expect.poll(() => page.locator(`${pageView} [data-rendered-page="1"]`).count(), { timeout: 20_000 }).toBe(1);

    await page.reload();
    const readerCanvas = page.locator(`${pageView} canvas[data-rendered-page="1"]`);
    await expect.poll(() => readerCanvas.count(), { timeout: 20_000 }).toBe(1);
    const w = await watched(page);
    expect(w.drawnAt, 'the early page was drawn').not.toBeNull();
    expect(w.drawnAt!).toBeLessThan(w.workspaceAt ?? Number.POSITIVE_INFINITY);
    // Gone once the reader drew, and nothing of it left behind.
    await expect.poll(() => page.locator('.cd-early-page').count()).toBe(0);

    // The same page at the same place and size, so nothing jumps when the reader takes over.
    const box = await readerCanvas.boundingBox();
    const [left, top, width, height] = w.rect!;
    expect(Math.abs(box!.x - left)).toBeLessThanOrEqual(2);
    expect(Math.abs(box!.y - top)).toBeLessThanOrEqual(2);
    expect(Math.abs(box!.width - width)).toBeLessThanOrEqual(1);
    expect(Math.abs(box!.height - height)).toBeLessThanOrEqual(1);
    expect(await readerCanvas.evaluate((c: HTMLCanvasElement) => `${c.width}x${c.height}`)).toBe(w.size);
    // The adopted pixels are the page, not an empty canvas: some ink on white.
    const inked = await readerCanvas.evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! < 128) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(100);
    await settledShot(page, `early-page-adopted-${kind}.png`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws nothing early for an image document (the reader reads its PDF rendition), which the reader still shows', async () => {
    // A scanned page as a PNG: white paper with a dark block.
    const png = new PNG({ width: 420, height: 594 });
    for (let y = 0; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        const ink = x > 60 && x < 360 && y > 80 && y < 200 ? 20 : 255;
        png.data[i] = png.data[i + 1] = png.data[i + 2] = ink;
        png.data[i + 3] = 255;
      }
    }
    const center = await apiAs(h, 'center', DEMO_PASSWORD);
    const imported = await center<CallOutput<'documents.import'>>('documents.import', {
      caseId,
      batchId: 'early-page-image',
      files: [{ name: '扫描件.png', bytes: new Uint8Array(PNG.sync.write(png)) }],
      category: '证据材料',
    });
    const outcome = imported.outcomes[0]!;
    expect(outcome.ok).toBe(true);
    const imageId = (outcome as { documentId: string }).documentId;

    const { page, problems } = await h.openPage();
    await page.addInitScript(WATCH);
    await page.goto(h.server.url);
    await logInAs(page, 'judge');
    await page.goto(`${h.server.url}#/cases/${caseId}/read/${imageId}/1`);
    await page.reload();
    const readerCanvas = page.locator(`[data-testid="reader-page-view"][data-document-id="${imageId}"] canvas[data-rendered-page="0"]`);
    await expect.poll(() => readerCanvas.count(), { timeout: 30_000 }).toBe(1);
    expect((await watched(page)).drawnAt).toBeNull();
    expect(await page.locator('.cd-early-page').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws nothing without a live login: the login screen shows and no page of the file is on screen', async () => {
    const { page } = await h.openPage();
    await page.addInitScript(WATCH);
    await page.goto(h.server.url);
    await logInAs(page, 'judge');
    // The kept login's session ended on the server (as after a logout elsewhere or a restart).
    const kept = await page.evaluate(() => sessionStorage.getItem('courtDesk.session'));
    const ended = await h.dispatch({ name: 'auth.logout', input: {}, sessionId: (JSON.parse(kept!) as { sessionId: string }).sessionId }, { via: 'test' });
    expect(ended.ok).toBe(true);
    await page.goto(`${h.server.url}${readerAddress}`);
    await page.reload();
    await page.getByTestId('login-screen').waitFor({ timeout: 20_000 });
    const w = await watched(page);
    expect(w.drawnAt).toBeNull();
    expect(await page.locator('.cd-early-page').count()).toBe(0);
    await page.close();
  });
});
