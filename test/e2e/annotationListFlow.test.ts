import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../src-shared/contract/contract';
import { uuidv7 } from '../../src-shared/util/uuidv7';
import { apiAs, chromiumForE2E, logInAs, settledShot, startHarness, type ApiCall, type Harness } from './browserHarness';

const chromiumPath = chromiumForE2E();
const MANY = 3000;

describe.skipIf(!chromiumPath)('a document with thousands of annotations in Chromium', () => {
  let h: Harness;
  let call: ApiCall;

  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
    call = await apiAs(h, 'judge');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens with only the items in view in the sidebar; search finds one of 3,000; one picked on the page is scrolled to', async () => {
    const cases = await call<CallOutput<'cases.list'>>('cases.list', { limit: 50 });
    let target: { caseId: string; doc: CallOutput<'documents.list'>['items'][number] } | null = null;
    for (const c of cases.items) {
      const doc = (await call<CallOutput<'documents.list'>>('documents.list', { caseId: c.id })).items.find((d) => d.category === '起诉状' && d.mediaType === 'application/pdf');
      if (doc) {
        target = { caseId: c.id, doc };
        break;
      }
    }
    expect(target).not.toBeNull();
    const { caseId, doc } = target!;

    // 3,000 highlights and notes over the document's pages; the last one made is a rectangle alone at the
    // foot of page 1, so it is the last of page 1 in the list's reading order, far down.
    const ids: string[] = [];
    for (let from = 0; from < MANY; from += 500) {
      const changes = Array.from({ length: 500 }, (_, k) => {
        const n = from + k;
        const last = n === MANY - 1;
        const id = uuidv7();
        ids.push(id);
        const y = 700 - (n % 30) * 20;
        return {
          op: 'upsert',
          annotation: {
            id, documentId: doc.id, pageIndex: last ? 0 : n % doc.pageCount, kind: last ? 'rect' : n % 5 === 0 ? 'note' : 'highlight',
            rects: last ? [[20, 20, 60, 50]] : [[90, y, 300, y + 12]], ink: [], color: '#FFD400', opacity: 1, text: '',
            comment: last ? '最后一条：核对借条原件' : n % 3 === 0 ? `第${n}条意见` : '', tags: n % 2 ? ['重点'] : [], layer: 'private',
            anchor: null, baseVersion: 0,
          },
        };
      });
      await call('annotations.save', { changes });
    }

    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'judge');
    await page.goto(`${h.server.url}#/cases/${caseId}/read/${doc.id}/1`);
    await expect.poll(() => page.getByTestId('reader-workspace').getAttribute('data-annotations-loaded'), { timeout: 30_000 }).toBe('1');
    await expect.poll(() => page.getByTestId('annotation-sidebar').locator('.cd-ann-sidebar-head').textContent()).toContain(String(MANY));

    // Virtual: a screenful of items is in the page, not 3,000.
    const items = page.getByTestId('ann-item');
    await items.first().waitFor();
    const shown = await items.count();
    expect(shown).toBeGreaterThan(3);
    expect(shown).toBeLessThan(40);

    // The search box finds the one annotation of 3,000.
    const search = page.getByTestId('ann-search').locator('input');
    await search.fill('核对借条');
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().getAttribute('data-id')).toBe(ids[MANY - 1]);
    await search.fill('');
    await expect.poll(() => items.count()).toBe(shown);
    expect(await page.locator(`[data-testid="ann-item"][data-id="${ids[MANY - 1]}"]`).count()).toBe(0);

    // Picked on the page, the last annotation of page 1 (far down the list) comes into view in the sidebar, selected.
    const shape = page.locator(`[data-testid="annotation"][data-id="${ids[MANY - 1]}"]`);
    await page.getByTestId('reader-scroll').evaluate((el, y) => el.scrollBy(0, y), ((await shape.boundingBox())?.y ?? 0) - 500);
    // A user's click where the box is drawn (the shape is an SVG group, so it is aimed at by position).
    const box = (await shape.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + 2);
    await page.getByTestId('ann-comment').waitFor();
    await page.keyboard.press('Escape');
    const picked = page.locator(`[data-testid="ann-item"][data-id="${ids[MANY - 1]}"]`);
    await picked.waitFor();
    expect(await picked.getAttribute('class')).toContain('cd-ann-item-on');
    await expect.poll(() => picked.evaluate((el) => {
      const list = el.closest('[data-testid="ann-list"]')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.top >= list.top - 1 && r.bottom <= list.bottom + 1;
    })).toBe(true);
    await settledShot(page, 'reader-many-annotations.png', { fullPage: false });
    expect(problems).toEqual([]);
  });
});
