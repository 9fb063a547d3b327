import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../src-shared/contract/contract';
import { STAGE_LABELS } from '../../src-shared/domain/caseStages';
import { maskIdNumber } from '../../src-renderer/ui/format';
import { chromiumForE2E, SCREENSHOT_DIR, startHarness, type Harness, apiAs, type ApiCall } from './browserHarness';

const chromiumPath = chromiumForE2E();
const PASSWORD = 'demo-2026';
const HEADERS = ['案号', '案由', '当事人', '阶段', '承办法官', '立案日期'];

/** A screenshot once the page has settled (no spinner, no running transition). */
async function shot(page: Page, name: string): Promise<void> {
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-spin-blur').count()).toBe(0);
  await page.screenshot({ path: join(SCREENSHOT_DIR, name), fullPage: true, animations: 'disabled' });
}
const rows = (page: Page) => page.locator('[data-testid="case-table"] tbody tr.ant-table-row');
const cellTexts = (page: Page, column: number) =>
  rows(page).evaluateAll((trs, i) => trs.map((tr) => tr.querySelectorAll('td')[i]?.textContent ?? ''), column);

async function logIn(page: Page, userName: string, landsOn = '[data-testid="case-table"] tbody tr.ant-table-row'): Promise<void> {
  await page.getByLabel('用户名').fill(userName);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.locator(landsOn).first().waitFor();
}

const shownStage = (page: Page) => page.getByTestId('case-detail').locator('[data-stage]').first().getAttribute('data-stage');

async function pickOption(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).first().click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).first().click();
}

describe.skipIf(!chromiumPath)('the case desk in Chromium (demo data)', () => {
  let h: Harness;
  let call: ApiCall;

  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
    call = await apiAs(h, 'clerk', PASSWORD);
  });
  afterAll(async () => h?.close());

  it('the clerk logs in, searches and filters, opens a case, and logs out', async () => {
    const all = await call<CallOutput<'cases.list'>>('cases.list', { limit: 500 });
    expect(all.total).toBeGreaterThan(10);
    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await page.getByTestId('login-screen').waitFor();
    expect(page.url()).not.toContain('token=');

    await logIn(page, 'clerk');
    const headers = await page.locator('[data-testid="case-table"] thead th').allTextContents();
    expect(headers.map((s) => s.trim())).toEqual(HEADERS);
    await expect.poll(() => page.getByTestId('case-total').textContent()).toBe(`共 ${all.total} 件`);
    const firstNumbers = await cellTexts(page, 0);
    expect(firstNumbers).toEqual(all.items.slice(0, 20).map((c) => c.caseNumber));
    expect(firstNumbers[0]).toMatch(/^（\d{4}）[\u4e00-\u9fa5]\d{4}(民初|民终|刑初|行初|执|民特|民辖)\d+号$/);
    await expect.poll(() => page.getByTestId('current-user').textContent()).toContain('书记员');
    await shot(page, 'case-list.png');

    // Search by a 案由 word: the table narrows to exactly what the server finds.
    const word = all.items[0]!.cause.replace(/纠纷$/, '');
    const found = await call<CallOutput<'cases.list'>>('cases.list', { query: word, limit: 500 });
    expect(found.total).toBeLessThan(all.total);
    await page.getByTestId('case-search').fill(word);
    await expect.poll(() => page.getByTestId('case-total').textContent()).toBe(`共 ${found.total} 件`);
    await expect.poll(() => rows(page).count()).toBe(Math.min(found.total, 20));
    for (const text of await cellTexts(page, 1)) expect(text).toContain(word);
    await page.getByTestId('case-search').fill('');
    await expect.poll(() => page.getByTestId('case-total').textContent()).toBe(`共 ${all.total} 件`);

    // Filter by 阶段.
    const stage = all.items[2]!.stage;
    const inStage = all.items.filter((c) => c.stage === stage);
    await pickOption(page, 'filter-stage', STAGE_LABELS[stage].zh);
    await expect.poll(() => page.getByTestId('case-total').textContent()).toBe(`共 ${inStage.length} 件`);
    for (const text of await cellTexts(page, 3)) expect(text).toBe(STAGE_LABELS[stage].zh);
    await shot(page, 'case-list-filtered.png');

    // Open a case: parties (ID numbers masked) and documents.
    const target = inStage[0]!;
    await rows(page).first().click();
    await page.getByTestId('case-detail').waitFor();
    const detail = await call<CallOutput<'cases.get'>>('cases.get', { id: target.id });
    expect(await page.getByTestId('case-number').textContent()).toBe(detail.caseNumber);
    const partiesText = (await page.getByTestId('parties-table').textContent()) ?? '';
    for (const p of detail.parties) {
      expect(partiesText).toContain(p.name);
      if (p.idNumber) {
        expect(partiesText).toContain(maskIdNumber(p.idNumber));
        expect(partiesText).not.toContain(p.idNumber);
      }
    }
    expect(detail.documents.length).toBeGreaterThan(0);
    const docTitles = await page.locator('[data-testid="documents-table"] tbody tr.ant-table-row td:nth-child(2)').allTextContents();
    expect(docTitles).toEqual(detail.documents.map((d) => d.title));
    await shot(page, 'case-detail.png');

    // A reload keeps the user in and on the same case (session and door token kept in sessionStorage).
    await page.reload();
    await page.getByTestId('case-detail').waitFor();
    expect(await page.getByTestId('case-number').textContent()).toBe(detail.caseNumber);

    // English, then back to Chinese.
    await page.getByText('English', { exact: true }).click();
    await page.getByText('Parties', { exact: true }).waitFor();
    await shot(page, 'case-detail-en.png');
    await page.getByText('中文', { exact: true }).click();
    await page.getByText('当事人', { exact: true }).waitFor();

    // Back to the list: the stage filter is still there.
    await page.getByTestId('back-to-list').click();
    await expect.poll(() => page.getByTestId('case-total').textContent()).toBe(`共 ${inStage.length} 件`);

    // An area not built yet says so honestly.
    await page.getByRole('menuitem', { name: '同步' }).click();
    await page.getByTestId('coming-soon').getByText('此功能将在后续版本提供').waitFor();
    await shot(page, 'coming-soon.png');
    await page.getByRole('menuitem', { name: /案件$/ }).click();
    await rows(page).first().waitFor();

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByTestId('login-screen').waitFor();
    expect(await page.getByTestId('case-table').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('locks after the idle time, hides the cases, and unlocks with the password', async () => {
    const { page, problems } = await h.openPage();
    await page.clock.install();
    await page.goto(h.server.url);
    await logIn(page, 'judge');
    await page.clock.fastForward('16:00');
    await page.getByTestId('lock-screen').waitFor();
    expect(await page.getByTestId('case-table').count()).toBe(0);
    await shot(page, 'lock-screen.png');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '解锁' }).click();
    await page.getByRole('alert').filter({ hasText: '密码错误' }).waitFor();
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '解锁' }).click();
    await rows(page).first().waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a judge advances a case; a change made meanwhile is a conflict, shown in Chinese, and the case reloads', async () => {
    const all = await call<CallOutput<'cases.list'>>('cases.list', { stage: 'filing', limit: 500 });
    const target = all.items[0]!;
    const { page, problems } = await h.openPage();
    await page.goto(`${h.server.url}#/cases/${target.id}`);
    await logIn(page, 'judge', '[data-testid="case-detail"]');
    expect(page.url()).not.toContain('token=');
    expect(await shownStage(page)).toBe('filing');

    await page.getByRole('button', { name: '推进流程' }).click();
    await page.getByRole('dialog').getByPlaceholder(/选填/).fill('已电子送达起诉状副本');
    await shot(page, 'advance-dialog.png');
    await page.getByRole('button', { name: '确认推进' }).click();
    await expect.poll(() => shownStage(page)).toBe('service');
    await page.getByTestId('stage-timeline').getByText('已电子送达起诉状副本').waitFor();

    // Someone else moves the case on; this page still holds the older version.
    const seen = await call<CallOutput<'cases.get'>>('cases.get', { id: target.id });
    await call('cases.advanceStage', { id: target.id, toStage: 'preservation', baseVersion: seen.version });
    await page.getByRole('button', { name: '推进流程' }).click();
    await pickOption(page, 'advance-to-stage', STAGE_LABELS.pretrial.zh);
    await page.getByRole('button', { name: '确认推进' }).click();
    await page.locator('.ant-message').getByText('数据已被修改').waitFor();
    await expect.poll(() => shownStage(page)).toBe('preservation');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!chromiumPath)('an empty data folder in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: false });
  });
  afterAll(async () => h?.close());

  it('offers 载入演示数据, loads it, lists the demo logins, and lets one log in', async () => {
    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await page.getByTestId('demo-seed-offer').waitFor();
    await shot(page, 'login-empty.png');
    await page.getByRole('button', { name: '载入演示数据' }).click();
    await page.getByTestId('demo-accounts').waitFor({ timeout: 90_000 });
    const accounts = await page.locator('[data-testid="demo-accounts"] tbody tr').allTextContents();
    expect(accounts.join(' ')).toContain('clerk');
    await shot(page, 'demo-accounts.png');
    await page.locator('[data-testid="demo-accounts"] tbody tr', { hasText: 'judge' }).first().click();
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await rows(page).first().waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
