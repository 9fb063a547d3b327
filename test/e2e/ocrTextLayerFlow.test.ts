import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRuntime } from '../../src-main/domains/dossier/import/importRuntime';
import type { CallOutput } from '../../src-shared/contract/contract';
import { rotatedImagePdf, scanToPng, twoLinePage } from '../helpers/ocrScanKit';
import { apiAs, chromiumForE2E, DEMO_PASSWORD, logInAs, settledShot, startHarness, type Harness } from './browserHarness';

const chromiumPath = chromiumForE2E();

// A scanned page read in the reader: OCR lays an invisible text layer over the image, so find marks the
// word where it is on the scan, and the text can be selected and copied.
describe.skipIf(!chromiumPath)('the text layer over a scanned page (from OCR)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('marks a find hit over the scanned word and selects its text', async () => {
    const judge = await apiAs(h, 'judge', DEMO_PASSWORD);
    const caseId = (await judge<CallOutput<'cases.list'>>('cases.list', { limit: 1 })).items[0]!.id;
    const drawn = await twoLinePage();
    const png = scanToPng(drawn.pdf, 150);
    const center = await apiAs(h, 'center', DEMO_PASSWORD);
    // The scan as an image (read through its PDF rendition) and as an image-only PDF stored turned (/Rotate 90).
    const imported = await center<CallOutput<'documents.import'>>('documents.import', {
      caseId,
      batchId: 'ocr-text-layer',
      files: [
        { name: '扫描件-起诉状.png', bytes: png },
        { name: '扫描件-横放.pdf', bytes: await rotatedImagePdf(png, drawn.width, drawn.height) },
      ],
      category: '证据材料',
    });
    const [imageId, rotatedId] = imported.outcomes.map((o) => {
      if (!o.ok) throw new Error('import refused');
      return o.documentId;
    });
    // Both scans read (OCR runs in the background, a document after the other) before the reader opens them.
    for (const id of [imageId!, rotatedId!]) {
      await expect
        .poll(
          async () => {
            await importRuntime(h.app).ocr.whenIdle();
            const lines = await judge<CallOutput<'documents.pageLines'>>('documents.pageLines', { id, pageIndex: 0 });
            return lines.lines.map((l) => l.t).join('');
          },
          { timeout: 60_000 },
        )
        .toContain('人民币');
    }

    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'judge');
    const word = drawn.lines[1]!;
    /** Opens the document, finds 人民币 and tells whether the hit box lies where it was drawn (in screen pixels). */
    const findOnScan = async (documentId: string) => {
      await page.goto(`${h.server.url}#/cases/${caseId}/read/${documentId}/1`);
      const view = page.locator(`[data-testid="reader-page-view"][data-document-id="${documentId}"][data-page-index="0"]`);
      await view.locator('canvas[data-rendered-page="0"]').waitFor({ timeout: 30_000 });
      // The OCR text layer is built once the page has settled in view: the scanned words, as text.
      await expect.poll(() => view.getByTestId('text-layer').textContent(), { timeout: 20_000 }).toContain('人民币');
      await page.keyboard.press('Control+f');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('find-input');
      await page.getByTestId('find-input').fill('人民币');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('find-count').textContent()).toBe('第 1 / 1 处');
      const hit = view.locator('[data-testid="find-hit"][data-current="1"] .cd-find-box').first();
      await hit.waitFor({ state: 'attached', timeout: 20_000 });
      // Where 人民币 was drawn (ocrScanKit: 18 pt characters from x = 60 pt, the 5th to 7th of the line).
      const pageBox = (await view.boundingBox())!;
      const hitBox = (await hit.boundingBox())!;
      const k = pageBox.width / drawn.width;
      const expected = { x: pageBox.x + (word.x + 4 * 18) * k, y: pageBox.y + word.top * k, w: 3 * 18 * k, h: word.height * k };
      const slack = 6 * k; // a third of a character
      expect(Math.abs(hitBox.x - expected.x)).toBeLessThan(slack);
      expect(Math.abs(hitBox.x + hitBox.width - (expected.x + expected.w))).toBeLessThan(slack);
      expect(Math.abs(hitBox.y + hitBox.height / 2 - (expected.y + expected.h / 2))).toBeLessThan(slack);
      return { view, hit };
    };

    const { view, hit } = await findOnScan(imageId!);
    await settledShot(page, 'ocr-find-hit.png', { fullPage: false });

    // The same words can be selected (and so copied and highlighted) from the text layer.
    const selected = await view.getByTestId('text-layer').evaluate((layer) => {
      const span = [...layer.querySelectorAll('span')].find((s) => s.textContent?.includes('人民币'));
      if (!span) return '';
      getSelection()!.selectAllChildren(span);
      return getSelection()!.toString();
    });
    expect(selected).toContain('借款人民币');

    // A text highlight over 人民币 on the scan, stored in PDF space where the word is (origin bottom-left).
    await view.getByTestId('text-layer').evaluate((layer) => {
      const span = [...layer.querySelectorAll('span')].find((s) => s.textContent?.includes('人民币'))!;
      const text = span.firstChild as Text;
      const at = text.data.indexOf('人民币');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 3);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.getByTestId('tool-highlight').click();
    await view.locator('[data-testid="annotation"][data-kind="highlight"]').waitFor();
    await page.getByTestId('tool-select').click();
    let stored: CallOutput<'annotations.list'>['items'] = [];
    await expect
      .poll(async () => (stored = (await judge<CallOutput<'annotations.list'>>('annotations.list', { documentId: imageId! })).items).length, { timeout: 10_000 })
      .toBe(1);
    expect(stored[0]!.anchor?.quote).toBe('人民币');
    const [x1, y1, x2, y2] = stored[0]!.rects[0]!;
    expect(Math.abs(Math.min(x1, x2) - (word.x + 4 * 18))).toBeLessThan(6);
    expect(Math.abs(Math.max(x1, x2) - (word.x + 7 * 18))).toBeLessThan(6);
    const middle = drawn.height - word.top - word.height / 2;
    expect(Math.abs((y1 + y2) / 2 - middle)).toBeLessThan(6);

    // Turned a quarter (view only), the layer turns with the scan: the hit is still over the word.
    await page.getByTestId('rotate').click();
    await page.getByTestId('rotate-page').click();
    await expect.poll(() => view.getAttribute('data-rotation')).toBe('90');
    await expect
      .poll(async () => {
        const [p, b] = [await view.boundingBox(), await hit.boundingBox()];
        if (!p || !b) return 'no hit';
        // Clockwise: a point (x, y) of the upright page lands at (H − y, x).
        const kr = p.height / drawn.width;
        const x = p.x + (drawn.height - word.top - word.height / 2) * kr;
        const y = p.y + (word.x + 4 * 18 + 1.5 * 18) * kr;
        return Math.abs(b.x + b.width / 2 - x) < 6 * kr && Math.abs(b.y + b.height / 2 - y) < 6 * kr ? 'over the word' : `hit at ${JSON.stringify(b)}`;
      }, { timeout: 20_000 })
      .toBe('over the word');
    await settledShot(page, 'ocr-find-hit-rotated.png', { fullPage: false });

    // A PDF page with its own /Rotate: the OCR boxes (of the page as displayed) land on the upright scan too.
    await findOnScan(rotatedId!);
    await settledShot(page, 'ocr-find-hit-rotate-attribute.png', { fullPage: false });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('builds the text layer of a scan shown before OCR has read it, once OCR writes its lines', async () => {
    const judge = await apiAs(h, 'judge', DEMO_PASSWORD);
    const caseId = (await judge<CallOutput<'cases.list'>>('cases.list', { limit: 1 })).items[0]!.id;
    const drawn = await twoLinePage();
    const center = await apiAs(h, 'center', DEMO_PASSWORD);
    const imported = await center<CallOutput<'documents.import'>>('documents.import', {
      caseId,
      batchId: 'ocr-later',
      files: [{ name: '扫描件-待识别.png', bytes: scanToPng(drawn.pdf, 150) }],
      category: '证据材料',
    });
    const outcome = imported.outcomes[0]!;
    if (!outcome.ok) throw new Error('import refused');
    const ocr = importRuntime(h.app).ocr;
    await ocr.whenIdle();
    // The page as OCR leaves it when the app stopped before reading it (resumePending reads such pages again).
    h.app.db.prepare(`UPDATE pages SET text = '', text_source = 'none', ocr_lines = NULL WHERE document_id = ?`).run(outcome.documentId);

    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'judge');
    await page.goto(`${h.server.url}#/cases/${caseId}/read/${outcome.documentId}/1`);
    const view = page.locator(`[data-testid="reader-page-view"][data-document-id="${outcome.documentId}"][data-page-index="0"]`);
    await view.locator('canvas[data-rendered-page="0"]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(600); // past the text layer's settle time: built, and empty
    expect(await view.getByTestId('text-layer').textContent()).not.toContain('人民币');
    // The page says why its text cannot be found or selected yet.
    await expect.poll(() => view.getByTestId('ocr-pending').textContent()).toBe('正在识别文字，识别后可查找、选择');
    await settledShot(page, 'ocr-pending.png', { fullPage: false });

    expect(ocr.resumePending()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => view.getByTestId('text-layer').textContent(), { timeout: 60_000 }).toContain('人民币');
    expect(await view.getByTestId('ocr-pending').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
