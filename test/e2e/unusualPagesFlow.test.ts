import { chmodSync, writeFileSync } from 'node:fs';
import { PDFDocument, PDFRef, rgb, StandardFonts } from 'pdf-lib';
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

/** Eight pages; when `damaged`, the sixth's branch of the page tree leads to an object the file lacks, so pdf.js cannot read that page. */
async function eightPages(damaged: boolean): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < 8; i++) pdf.addPage([300, 400]).drawText(`page ${i + 1}`, { x: 50, y: 300, size: 20, font });
  if (damaged) pdf.catalog.Pages().Kids().set(5, pdf.context.register(pdf.context.obj({ Type: 'Pages', Kids: [PDFRef.of(9999)], Count: 1 })));
  return pdf.save({ useObjectStreams: false });
}

describe.skipIf(!chromiumPath)('pages the reader must still show well: a long strip, a damaged page', () => {
  let h: Harness;
  let caseId = '';
  let sessionId = '';

  /** The filing centre imports a file into a case; its reader address. */
  const importPdf = async (name: string, bytes: Uint8Array): Promise<{ address: string; documentId: string }> => {
    const imported = await h.dispatch(
      { name: 'documents.import', input: { caseId, batchId: `e2e-${name}`, files: [{ name, bytes }], category: '证据材料' }, sessionId },
      { via: 'test' },
    );
    if (!imported.ok) throw new Error(imported.error.message);
    const outcome = (imported.value as CallOutput<'documents.import'>).outcomes[0]!;
    if (!outcome.ok) throw new Error(`import of ${name} failed: ${JSON.stringify(outcome)}`);
    return { address: `#/cases/${caseId}/read/${outcome.documentId}/1`, documentId: outcome.documentId };
  };

  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
    const login = await h.dispatch({ name: 'auth.login', input: { userName: 'center', password: DEMO_PASSWORD } }, { via: 'test' });
    if (!login.ok) throw new Error(login.error.message);
    sessionId = (login.value as { sessionId: string }).sessionId;
    const cases = await h.dispatch({ name: 'cases.list', input: { limit: 1 }, sessionId }, { via: 'test' });
    if (!cases.ok) throw new Error(cases.error.message);
    caseId = (cases.value as CallOutput<'cases.list'>).items[0]!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a page larger than a canvas can hold is drawn on a canvas within the caps, stretched to its size: both ends show, nothing stays blank', async () => {
    const { address } = await importPdf('银行流水.pdf', await stripPdf());
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

  it('a damaged page says so in Chinese and holds none of the pages around it back', async () => {
    // Import refuses a file with a damaged page (importHandlers): here the stored file is damaged on the laptop's disk after import.
    const { address, documentId } = await importPdf('证据.pdf', await eightPages(false));
    const sha = h.app.db.prepare('SELECT blob_sha256 FROM documents WHERE id = ?').pluck().get(documentId) as string;
    chmodSync(h.app.blobs.pathOf(sha), 0o644);
    writeFileSync(h.app.blobs.pathOf(sha), await eightPages(true));
    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'judge');
    await page.goto(`${h.server.url}${address}`);
    const drawnPage = (i: number) => page.locator(`[data-testid="page-canvas"][data-rendered-page="${i}"]`);
    await drawnPage(0).waitFor({ timeout: 30_000 });

    // Go to the damaged page: it says what is wrong; the pages before and after it are drawn all the same.
    expect(await drawnPage(4).count()).toBe(0);
    await page.getByTestId('page-input').fill('6');
    await page.getByTestId('page-input').press('Enter');
    const notice = page.locator('[data-testid="reader-page-view"][data-page-index="5"] [data-testid="page-unreadable"]');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain('本材料第 6 页无法显示');
    await drawnPage(4).waitFor({ timeout: 30_000 });
    await drawnPage(6).waitFor({ timeout: 30_000 });
    await settledShot(page, 'damaged-page.png', { fullPage: false });
    // pdf.js reports the damaged page tree on the console; nothing else may go wrong.
    expect(problems.filter((p) => !/Page dictionary kid reference points to wrong type/.test(p))).toEqual([]);
    await page.close();
  });
});
