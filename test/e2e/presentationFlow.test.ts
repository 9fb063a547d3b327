import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src-shared/util/uuidv7';
import { addHearing, type FixtureHearing } from '../helpers/courtroomFixture';
import { apiAs, chromiumForE2E, logInAs, settledShot, startHarness, type ApiCall, type Harness } from './browserHarness';

const chromiumPath = chromiumForE2E();

/** Every colour drawn on the parties' screen's layer, and the things a page could navigate with. */
const partiesDom = (page: Page) =>
  page.evaluate(() => ({
    colors: [...document.querySelectorAll<SVGGElement>('[data-testid="shown-annotation"]')].map((g) => g.dataset.color),
    html: document.body.innerHTML,
    navigable: document.querySelectorAll('a, button, nav, [role="menu"], [role="menuitem"], [role="link"], .ant-menu, input, select').length,
    label: document.querySelector('[data-testid="parties-label"]')?.textContent ?? '',
  }));

describe.skipIf(!chromiumPath)('the parties’ screen in Chromium (clerk and parties, two pages)', () => {
  let h: Harness;
  let clerkApi: ApiCall;
  let caseId: string;
  let hearing: FixtureHearing;

  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
    clerkApi = await apiAs(h, 'clerk');
    const judgeApi = await apiAs(h, 'judge');
    // A demo case with a plaintiff and a defendant and a 正卷 PDF of at least two pages.
    const row = h.app.db.prepare(`SELECT d.case_id, d.id FROM documents d WHERE d.volume = 'main' AND d.media_type = 'application/pdf' AND d.page_count >= 2
      AND (SELECT count(*) FROM parties p WHERE p.case_id = d.case_id) >= 2 ORDER BY d.case_id, d.position LIMIT 1`).get() as { case_id: string; id: string };
    caseId = row.case_id;
    hearing = addHearing(h.app, caseId);
    await clerkApi('evidence.save', { caseId, changes: [{ op: 'upsert', item: { id: uuidv7(), partyId: hearing.plaintiffId, name: '借条', purpose: '证明借款事实', documentId: row.id, pageFrom: 0, pageTo: 1, baseVersion: 0 } }] });
    // One annotation in each layer on the presented page: only the showable (blue) one may reach the parties.
    const rect = (y: number, layer: string, color: string) => ({
      op: 'upsert',
      annotation: { id: uuidv7(), documentId: row.id, pageIndex: 0, kind: 'rect', rects: [[80, y, 500, y + 60]], color, layer, comment: `${layer} 私密备注`, baseVersion: 0 },
    });
    await judgeApi('annotations.save', { changes: [rect(620, 'private', '#FF0000'), rect(500, 'team', '#00AA00'), rect(380, 'showable', '#0000FF')] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the clerk presents an evidence page; the parties see it with only the showable annotation, cannot navigate, and follow the clerk', async () => {
    const { page: clerk, problems } = await h.openPage();
    await clerk.goto(h.server.url);
    await logInAs(clerk, 'clerk');
    await clerk.goto(`${h.server.url}#/cases/${caseId}`);
    await clerk.getByTestId('evidence-card').waitFor();
    await clerk.getByTestId('evidence-present-section').click();

    // Open the parties' screen: a new tab (noopener) that joins with the one-time link.
    const [parties] = await Promise.all([clerk.context().waitForEvent('page'), clerk.getByTestId('present-open').click()]);
    const partyProblems: string[] = [];
    parties.on('pageerror', (e) => partyProblems.push(e.message));
    parties.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') partyProblems.push(`console: ${m.text()}`);
    });
    await parties.getByTestId('parties-screen').waitFor();
    await expect.poll(() => parties.getByTestId('parties-screen').getAttribute('data-mode')).toBe('blank');
    // The new tab holds no clerk login.
    expect(await parties.evaluate(() => sessionStorage.getItem('courtDesk.session'))).toBeNull();

    // Present the item (first page).
    await clerk.getByTestId('present-item').click();
    await clerk.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
    await clerk.keyboard.press('Enter');
    await parties.locator('[data-testid="page-canvas"][data-rendered-page="0"]').waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await partiesDom(parties)).colors).toEqual(['#0000FF']);
    const dom = await partiesDom(parties);
    expect(dom.html).not.toMatch(/#FF0000|#00AA00|私密备注/i);
    expect(dom.navigable).toBe(0);
    expect(dom.label).toContain('1/2');
    await settledShot(parties, 'presentation-parties-page1.png');
    await settledShot(clerk, 'presentation-clerk.png');

    // The pointer follows the clerk's mouse over the preview.
    await clerk.getByTestId('present-preview').scrollIntoViewIfNeeded();
    await clerk.locator('[data-testid="present-preview"] [data-testid="page-canvas"][data-rendered-page="0"]').waitFor();
    const preview = (await clerk.getByTestId('present-preview').boundingBox())!;
    await clerk.mouse.move(preview.x + preview.width / 2, preview.y + preview.height / 3);
    await clerk.mouse.move(preview.x + preview.width / 2 + 5, preview.y + preview.height / 3 + 5);
    await parties.getByTestId('parties-pointer').waitFor();
    await settledShot(parties, 'presentation-parties-pointer.png');

    // The clerk turns the page: the parties' screen follows (events, no reload).
    await clerk.getByTestId('present-next').click();
    await expect.poll(async () => (await partiesDom(parties)).label).toContain('2/2');
    await parties.locator('[data-testid="page-canvas"][data-rendered-page="0"]').waitFor().catch((err: unknown) => {
      throw new Error(`page 2 not drawn on the parties' screen; its problems: ${partyProblems.join(' | ') || 'none'}`, { cause: err });
    });
    await expect.poll(async () => (await partiesDom(parties)).colors).toEqual([]);
    await settledShot(parties, 'presentation-parties-page2.png');

    // No way out: a changed address, back, a reload with another address — still the parties' screen.
    await parties.evaluate(() => {
      window.location.hash = '#/cases';
    });
    await parties.keyboard.press('Alt+ArrowLeft');
    await parties.keyboard.press('Backspace');
    expect(await parties.getByTestId('parties-screen').isVisible()).toBe(true);
    expect(await parties.locator('[data-testid="case-table"], .ant-layout-sider, .ant-menu').count()).toBe(0);
    await parties.reload();
    await parties.getByTestId('parties-screen').waitFor();
    await expect.poll(async () => (await partiesDom(parties)).label).toContain('2/2');
    expect(await parties.locator('[data-testid="case-table"], .ant-layout-sider, .ant-menu, input').count()).toBe(0);

    // Blank.
    await clerk.getByTestId('present-blank').click();
    await expect.poll(() => parties.getByTestId('parties-screen').getAttribute('data-mode')).toBe('blank');
    expect(await parties.locator('[data-testid="parties-page"]').count()).toBe(0);
    await settledShot(parties, 'presentation-parties-blank.png');

    expect(problems).toEqual([]);
    expect(partyProblems).toEqual([]);
  });
  it('the clerk adds an item from the catalogue and records the defendant’s 质证 opinion; it lands in the transcript', async () => {
    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'clerk');
    await page.goto(`${h.server.url}#/cases/${caseId}`);
    await page.getByTestId('evidence-add').click();
    const form = page.getByTestId('evidence-form');
    await form.getByTestId('evidence-name').fill('转账记录');
    await form.getByTestId('evidence-document').click();
    // The first document is the active option: Enter picks it and closes the list (a click can land mid-animation).
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('[data-testid="evidence-group"] tr', { hasText: '转账记录' }).waitFor();

    const row = page.locator('[data-testid="evidence-group"] tr', { hasText: '转账记录' });
    await row.getByTestId('evidence-judge').click();
    const opinion = page.getByTestId('opinion-form');
    // Picked again until it shows as picked: a click while the drawer slides in can miss (seen once in CI).
    const relevance = opinion.getByTestId('opinion-relevance');
    await expect
      .poll(async () => {
        await relevance.getByText('不认可', { exact: true }).click();
        return relevance.locator('.ant-segmented-item-selected').textContent();
      }, { timeout: 15_000 })
      .toBe('不认可');
    await page.getByRole('button', { name: '保存' }).click();
    await opinion.getByText('不认可或部分认可时请写明理由').waitFor();
    await opinion.getByTestId('opinion-reason').fill('与借款无关');
    await settledShot(page, 'evidence-opinion-dialog.png', { fullPage: false });
    await page.getByRole('button', { name: '保存' }).click();
    await row.getByTestId('evidence-opinion').waitFor();
    expect(await row.getByTestId('evidence-opinion').textContent()).toContain('关联性不认可');
    await row.scrollIntoViewIfNeeded();
    await settledShot(page, 'evidence-panel.png');

    const entry = h.app.db.prepare(`SELECT e.text FROM transcript_entries e JOIN transcripts t ON t.id = e.transcript_id
      WHERE t.hearing_id = ? AND e.text LIKE '%转账记录%'`).pluck().get(hearing.hearingId) as string;
    expect(entry).toMatch(/^被告.*对原告证据二（转账记录）：真实性认可，合法性认可，关联性不认可，理由：与借款无关。$/);
    expect(problems).toEqual([]);
  });
});
