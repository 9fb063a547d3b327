// The reader in Chromium with a heavily annotated document, beside the same document without annotations: how long
// until the page and the annotation sidebar show, what that costs in the page (DOM nodes, JS heap), and how long
// one sidebar search takes to redraw.
import type { Page } from 'playwright-core';
import { renderChineseDocument } from '../../../src-main/pdf/chineseDocument';
import type { CallOutput } from '../../../src-shared/contract/contract';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { apiAs, DEMO_PASSWORD, logInAs, startHarness } from '../../e2e/browserHarness';
import { findChromium } from '../../e2e/findChromium';
import { legalParagraphs } from '../legalParagraphs';
import type { Bench } from '../run';
import { summarize } from '../stats';

const ANNOTATIONS = 10_000;

const annotation = (documentId: string, pages: number, n: number) => ({
  op: 'upsert',
  annotation: {
    id: uuidv7(), documentId, pageIndex: n % pages, kind: n % 7 === 0 ? 'note' : 'highlight',
    rects: [[72, 700 - (n % 40) * 14, 480, 714 - (n % 40) * 14]], ink: [], color: '#FFD400', opacity: 1, text: '',
    comment: n % 3 === 0 ? `第${n}条：此处与借条记载的金额不一致，需要核实` : '', tags: n % 2 ? ['重点'] : [], layer: 'private',
    anchor: { quote: '被告向原告借款人民币100000元', prefix: '2024年1月，', suffix: '，约定一年内归还。', offset: 120 }, baseVersion: 0,
  },
});

/** Resolves after the next frame has been drawn. */
const painted = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));

/**
 * Loads `url` afresh `loads` times (after one untimed load that warms the caches): ms from navigation start to the
 * first page drawn (the early page or the reader's) and, when `annotated`, to the first sidebar item.
 */
async function openTimes(page: Page, url: string, loads: number, annotated: boolean) {
  const pageShownMs: number[] = [];
  const sidebarShownMs: number[] = [];
  for (let i = 0; i <= loads; i++) {
    await page.goto('about:blank');
    await page.goto(url);
    await page.locator('[data-testid="page-canvas"][data-rendered-page="0"], [data-testid="early-page-canvas"][data-rendered-page="0"]').first().waitFor({ timeout: 120_000 });
    const pageAt = await page.evaluate(() => performance.now());
    if (annotated) await page.locator('[data-testid="ann-item"]').first().waitFor({ timeout: 120_000 });
    else await page.getByTestId('annotation-sidebar').waitFor({ timeout: 120_000 });
    const sidebarAt = await page.evaluate(() => performance.now());
    if (i === 0) continue;
    pageShownMs.push(pageAt);
    sidebarShownMs.push(sidebarAt);
  }
  return { firstPageShownMs: summarize(pageShownMs), sidebarShownMs: summarize(sidebarShownMs) };
}

const bench: Bench = {
  name: 'annotations-sidebar',
  description: `the reader of a document with ${ANNOTATIONS} annotations and of the same document without, in headless Chromium: ms from navigation to the first page and to the sidebar, DOM nodes and JS heap, one sidebar search`,
  async run({ runs }) {
    const chromiumPath = findChromium();
    if (!chromiumPath) return { skipped: 'no Chromium found (set CHROMIUM_PATH)' };
    const h = await startHarness({ chromiumPath, seed: true });
    try {
      const judge = await apiAs(h, 'judge');
      const center = await apiAs(h, 'center', DEMO_PASSWORD);
      const caseId = (await judge<CallOutput<'cases.list'>>('cases.list', { limit: 5 })).items[0]!.id;
      const { bytes, pageCount } = await renderChineseDocument({ title: '民事卷宗', paragraphs: legalParagraphs(40), createdAt: new Date('2026-01-01T00:00:00Z') });
      const importOne = async (name: string) => {
        const r = await center<CallOutput<'documents.import'>>('documents.import', { caseId, batchId: name, files: [{ name, bytes }], category: '起诉状' });
        const outcome = r.outcomes[0]!;
        if (!outcome.ok) throw new Error(outcome.message);
        return outcome.documentId;
      };
      const plain = await importOne('无批注.pdf');
      const annotated = await importOne('万条批注.pdf');
      for (let i = 0; i < ANNOTATIONS; i += 500) {
        await judge('annotations.save', { changes: Array.from({ length: 500 }, (_, k) => annotation(annotated, pageCount, i + k)) });
      }
      const { page } = await h.openPage();
      await page.goto(h.server.url);
      await logInAs(page, 'judge');
      const loads = Math.max(3, Math.min(runs, 5));
      const withAnnotations = await openTimes(page, `${h.server.url}#/cases/${caseId}/read/${annotated}/1`, loads, true);
      const inPage = await page.evaluate(() => ({
        annotationItems: document.querySelectorAll('[data-testid="ann-item"]').length,
        domNodes: document.getElementsByTagName('*').length,
        jsHeapMB: Math.round((performance as Performance & { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 1e5) / 10,
      }));
      const searchMs: number[] = [];
      const search = page.getByTestId('ann-search').locator('input');
      for (let i = 0; i < loads; i++) {
        const t0 = performance.now();
        await search.fill(i % 2 ? '' : '第9999条');
        await painted(page);
        searchMs.push(performance.now() - t0);
      }
      const without = await openTimes(page, `${h.server.url}#/cases/${caseId}/read/${plain}/1`, loads, false);
      return {
        annotations: ANNOTATIONS,
        pages: pageCount,
        withAnnotations: { ...withAnnotations, ...inPage, sidebarSearchMs: summarize(searchMs) },
        withoutAnnotations: without,
      };
    } finally {
      await h.close();
    }
  },
};
export default bench;
