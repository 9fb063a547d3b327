import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../src-shared/contract/contract';
import { parseCaseNumber } from '../../src-shared/domain/caseNumber';
import { makeCreditCode, makeIdNumber } from '../../src-shared/domain/idNumber';
import { DEMO_USERS } from '../../src-main/domains/demo/demoUsers';
import { chromiumForE2E, logInAs, settledShot, startHarness, apiAs, type Harness } from './browserHarness';

const chromiumPath = chromiumForE2E();

const PLAINTIFF_ID = makeIdNumber({ region: '320105', birth: { y: 1986, m: 4, d: 18 }, sequence: 31, sex: 'male' });
const DEFENDANT_CODE = makeCreditCode('320105', 20260101);
const wrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1');

async function pick(page: Page, testId: string, typed: string, option: string): Promise<void> {
  await page.getByTestId(testId).first().click();
  if (typed) await page.keyboard.type(typed);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

const isoDaysAgo = (days: number): string => new Date(Date.now() + 8 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!chromiumPath)('filing in the centre (Chromium, demo data)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
  });
  afterAll(async () => h?.close());

  it('the centre files a case with two parties, gets its number, assigns it at random, and the judge sees it', async () => {
    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'center');
    await page.getByRole('menuitem', { name: '集约中心' }).click();
    await page.getByTestId('filing-form').waitFor();

    // 案由 by pinyin initials.
    await pick(page, 'filing-cause', 'mjjd', '民间借贷纠纷');
    const received = isoDaysAgo(2);
    await page.getByTestId('filing-received-on').fill(received);
    await expect.poll(() => page.getByTestId('filing-decision-due').textContent()).toMatch(/^应于 \d{4}-\d{2}-\d{2} 前作出是否立案的决定（7 日）$/);

    // Plaintiff: a natural person; a wrong check digit is refused as it is typed.
    await page.getByTestId('party-0-name').fill('陈建国');
    await page.getByTestId('party-0-id').fill(wrongCheck(PLAINTIFF_ID));
    await expect.poll(() => page.getByTestId('party-0').locator('.ant-form-item-explain-error').allTextContents())
      .toContain('身份证号码不正确（应为 18 位，出生日期与校验位须正确）');
    await settledShot(page, 'filing-01-id-error.png');
    await page.getByTestId('party-0-id').fill(PLAINTIFF_ID);
    await expect.poll(() => page.getByTestId('party-0').locator('.ant-form-item-explain-error').count()).toBe(0);

    // Defendant: a company with its credit code and legal representative.
    await page.getByTestId('party-1').getByText('法人或其他组织').click();
    await page.getByTestId('party-1-name').fill('南京恒信商贸有限公司');
    await page.getByTestId('party-1-id').fill(DEFENDANT_CODE);
    await page.getByTestId('party-1-legal-rep').fill('周海');

    await page.getByTestId('filing-claims').fill('1. 判令被告归还借款 80,000 元；2. 本案诉讼费由被告负担。');
    await page.getByLabel('诉讼标的额（元）').fill('80000');
    await page.getByLabel('诉讼费（元）').fill('900');
    await settledShot(page, 'filing-02-form.png');
    await page.getByTestId('filing-submit').click();

    await page.getByTestId('filing-result').waitFor();
    const caseNumber = (await page.getByTestId('filed-case-number').textContent())!.trim();
    const parts = parseCaseNumber(caseNumber);
    expect(parts).toMatchObject({ courtCode: '苏0199', caseType: '民初' });
    const center = await apiAs(h, 'center');
    const listed = await center<CallOutput<'cases.list'>>('cases.list', { query: caseNumber });
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({ cause: '民间借贷纠纷', plaintiffs: ['陈建国'], defendants: ['南京恒信商贸有限公司'], judge: null });
    // The next official number of this court, year and type: one more than any before it.
    const all = await center<CallOutput<'cases.list'>>('cases.list', { caseType: '民初', limit: 500 });
    const sameYear = all.items.map((c) => parseCaseNumber(c.caseNumber)).filter((p) => p && p.year === parts!.year).map((p) => p!.sequence);
    expect(parts!.sequence).toBe(Math.max(...sameYear));
    expect(await page.getByTestId('filed-decision-due').textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await settledShot(page, 'filing-03-filed.png');

    // 随机分案 without exclusions: one of the demo court's judges.
    await page.getByTestId('assign-candidates').waitFor();
    await expect.poll(() => page.getByTestId('assign-candidates').textContent()).toBe('参与随机分案的法官：王立明、李静');
    // Excluding a judge asks for the reason and takes them out of the draw; then the exclusion is withdrawn.
    await pick(page, 'assign-exclude', '', '王立明');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('assign-candidates').textContent()).toBe('参与随机分案的法官：李静');
    await page.getByTestId('assign-submit').click();
    await page.getByTestId('assign-panel').getByText('请写明排除理由').waitFor();
    await settledShot(page, 'filing-03b-exclusion.png');
    await page.getByTestId('assign-exclude').click();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('assign-candidates').textContent()).toBe('参与随机分案的法官：王立明、李静');
    await page.getByTestId('assign-submit').click();
    await page.getByTestId('assignment-result').waitFor();
    const shown = (await page.getByTestId('assignment-result').textContent()) ?? '';
    const judge = DEMO_USERS.find((u) => u.role === 'judge' && shown.includes(u.displayName));
    expect(judge, shown).toBeDefined();
    expect(shown).toContain('从 2 名候选法官中随机抽取');
    await settledShot(page, 'filing-04-assigned.png');

    // The centre user logs out; the assigned judge logs in and finds the case in the list, with themselves as judge.
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByTestId('login-screen').waitFor();
    await logInAs(page, judge!.userName, '[data-testid="centre-area"]');
    expect(await page.getByTestId('filing-form').count()).toBe(0); // a judge does not file
    await page.evaluate(() => { window.location.hash = '#/cases'; });
    await page.getByTestId('case-search').fill(caseNumber);
    const row = page.locator('[data-testid="case-table"] tbody tr.ant-table-row', { hasText: caseNumber });
    await row.waitFor();
    await expect.poll(() => page.getByTestId('case-total').textContent()).toBe('共 1 件');
    await expect.poll(() => row.textContent()).toContain(judge!.displayName);
    await settledShot(page, 'filing-05-judge-list.png');
    expect(problems).toEqual([]);
  });
});
