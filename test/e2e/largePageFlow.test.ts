import { PDFDocument, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../src-shared/contract/contract';
import { MAX_CANVAS_PIXELS, MAX_CANVAS_SIDE } from '../../src-renderer/features/reader/canvasViewport';
import { chromiumForE2E, DEMO_PASSWORD, logInAs, settledShot, startHarness, type Harness } from './browserHarness';

const chromiumPath = chromiumForE2E();

/** A bank statement scanned as one long strip: 200 × 14,400 pt (the largest page PDF allows), black bands at both ends. */
async function stripPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([200, 14_400]);
  page.drawRectangle({ x: 20, y: 14_400 - 120, width: 160, height: 100, color: rgb(0, 0, 0) });
  page.drawRectangle({ x: 20, y: 20, width: 160, height: 100, color: rgb(0, 0, 0) });
  page.drawText('Statement 2026-03', { x: 20, y: 14_400 - 160, size: 14 });
  return pdf.save();
}

describe.skipIf(!chromiumPath)('a page larger than a canvas can hold (a long strip at fit width)', () => {
  let h: Harness;
  let address = '';

  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
    const login = await h.dispatch({ name: 'auth.login', input: { userName: 'center', password: DEMO_PASSWORD } }, { via: 'test' });
    if (!login.ok) throw new Error(login.error.message);
    const sessionId = (login.value as { sessionId: string }).sessionId;
    const cases = await h.dispatch({ name: 'cases.list', input: { limit: 1 }, sessionId }, { via: 'test' });
    if (!cases.ok) throw new Error(cases.error.message);
    const caseId = (cases.value as CallOutput<'cases.list'>).items[0]!.id;
    const imported = await h.dispatch(
      { name: 'documents.import', input: { caseId, batchId: 'strip-e2e', files: [{ name: '银行流水.pdf', bytes: await stripPdf() }], category: '证据材料' }, sessionId },
      { via: 'test' },
    );
    if (!imported.ok) throw new Error(imported.error.message);
    const outcome = (imported.value as CallOutput<'documents.import'>).outcomes[0]!;
    if (!outcome.ok) throw new Error('import failed');
    address = `#/cases/${caseId}/read/${outcome.documentId}/1`;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is drawn on a canvas within the caps, stretched to its size: both ends show, nothing stays blank', async () => {
    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'judge');
    await page.goto(`${h.server.url}${address}`);
    const canvas = page.locator('[data-testid="page-canvas"][data-rendered-page="0"]');
    await canvas.waitFor({ timeout: 30_000 });

    const drawn = await canvas.evaluate((c: HTMLCanvasElement) => {
      const ink = (y0: number) => {
        const { data } = c.getContext('2d')!.getImageData(0, y0, c.width, Math.floor(c.height * 0.005));
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3] === 255 && data[i]! < 60) dark++;
        return dark;
      };
      const box = c.getBoundingClientRect();
      return { width: c.width, height: c.height, cssWidth: box.width, cssHeight: box.height, topInk: ink(Math.floor(c.height * 0.003)), bottomInk: ink(Math.floor(c.height * 0.993)) };
    });
    // Fit width makes the page about 70,000 CSS pixels tall: at one canvas pixel per CSS pixel Chromium would give it none.
    expect(drawn.cssHeight).toBeGreaterThan(MAX_CANVAS_SIDE);
    expect(drawn.height).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(drawn.width * drawn.height).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
    // Stretched to the page's shape, and the black bands at both ends are on it.
    expect(Math.abs(drawn.width / drawn.height - drawn.cssWidth / drawn.cssHeight)).toBeLessThan(0.01);
    expect(drawn.topInk).toBeGreaterThan(100);
    expect(drawn.bottomInk).toBeGreaterThan(100);
    await settledShot(page, 'large-page-strip.png', { fullPage: false });
    expect(problems).toEqual([]);
    await page.close();
  });
});
