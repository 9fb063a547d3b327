import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeChineseDocument } from '../../src-main/pdf/chineseDocument';
import type { CallOutput } from '../../src-shared/contract/contract';
import { computeDeadline } from '../../src-shared/domain/deadlines/deadlineKinds';
import { makeCreditCode, makeIdNumber } from '../../src-shared/domain/idNumber';
import { DEMO_USERS } from '../../src-main/domains/demo/demoUsers';
import { chromiumForE2E, logInAs, settledShot, startHarness, apiAs, type Harness } from './browserHarness';

const chromiumPath = chromiumForE2E();

async function pick(page: Page, testId: string, typed: string, option: string): Promise<void> {
  await page.getByTestId(testId).first().click();
  if (typed) await page.keyboard.type(typed);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}
const chinaToday = (): string => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const modalOk = (page: Page) => page.locator('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary').click();
const serviceRow = (page: Page, text: string) => page.getByTestId('case-service-section').locator('tbody tr.ant-table-row', { hasText: text });

describe.skipIf(!chromiumPath)('the centre serves, the ledger counts (Chromium, demo data)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
  });
  afterAll(async () => h?.close());

  it('files a case with two parties, records a failed postal and a successful electronic service with proof, and the ledger shows the answer deadline', async () => {
    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'center');

    // 立案 through the centre's filing form: a person sues a company.
    await page.getByRole('menuitem', { name: '集约中心' }).click();
    await page.getByTestId('filing-form').waitFor();
    await pick(page, 'filing-cause', 'mjjd', '民间借贷纠纷');
    await page.getByTestId('filing-received-on').fill(chinaToday());
    await page.getByTestId('party-0-name').fill('陈建国');
    await page.getByTestId('party-0-id').fill(makeIdNumber({ region: '320105', birth: { y: 1986, m: 4, d: 18 }, sequence: 31, sex: 'male' }));
    await page.getByTestId('party-1').getByText('法人或其他组织').click();
    await page.getByTestId('party-1-name').fill('南京恒信商贸有限公司');
    await page.getByTestId('party-1-id').fill(makeCreditCode('320105', 20260101));
    await page.getByTestId('party-1-legal-rep').fill('周海');
    await page.getByTestId('filing-claims').fill('判令被告归还借款 80,000 元。');
    await page.getByTestId('filing-submit').click();
    await page.getByTestId('filing-result').waitFor();
    const caseNumber = (await page.getByTestId('filed-case-number').textContent())!.trim();
    expect(caseNumber).toMatch(/^（\d{4}）苏0199民初\d+号$/);
    await page.getByTestId('assign-candidates').waitFor();
    await page.getByTestId('assign-submit').click();
    await page.getByTestId('assignment-result').waitFor();
    const shown = (await page.getByTestId('assignment-result').textContent()) ?? '';
    const judge = DEMO_USERS.find((u) => u.role === 'judge' && shown.includes(u.displayName));
    expect(judge, shown).toBeDefined();

    // On the case page: 邮寄送达 with its EMS number fails (查无此人).
    await page.getByTestId('open-filed-case').click();
    await page.getByTestId('case-service-section').waitFor();
    await page.getByTestId('service-new').click();
    await pick(page, 'service-party', '', '南京恒信商贸有限公司');
    await pick(page, 'service-method', '', '邮寄送达');
    await page.getByTestId('service-ems').fill('1180342605321');
    await page.getByTestId('service-address').fill('南京市玄武区中山路 18 号');
    await modalOk(page);
    await serviceRow(page, '邮寄送达').waitFor();
    await serviceRow(page, '邮寄送达').getByTestId('service-record-attempt').click();
    await page.getByTestId('attempt-form').getByText('失败', { exact: true }).click();
    await pick(page, 'attempt-reason', '', '查无此人');
    await modalOk(page);
    await expect.poll(() => serviceRow(page, '邮寄送达').locator('[data-state]').getAttribute('data-state')).toBe('failed');
    await expect.poll(() => serviceRow(page, '邮寄送达').textContent()).toContain('失败：查无此人');

    // Another method: 电子送达 succeeds today, and its receipt goes into the e-dossier.
    await serviceRow(page, '邮寄送达').getByTestId('service-other-method').click();
    await pick(page, 'service-method', '', '电子送达');
    await page.getByTestId('service-address').fill('13912345678');
    await modalOk(page);
    await serviceRow(page, '电子送达').getByTestId('service-record-attempt').click();
    await modalOk(page);
    await expect.poll(() => serviceRow(page, '电子送达').locator('[data-state]').getAttribute('data-state')).toBe('served');
    const receipt = await writeChineseDocument({ title: '电子送达回执', paragraphs: [`案号：${caseNumber}`, '受送达人：南京恒信商贸有限公司', '送达方式：电子送达（短信）'] });
    await serviceRow(page, '电子送达').locator('input[type="file"]').setInputFiles({ name: '电子送达回执.pdf', mimeType: 'application/pdf', buffer: Buffer.from(receipt) });
    await serviceRow(page, '电子送达').getByTestId('service-proof').waitFor();

    // The answer period counts from today's service (the first day not counted, shifted off holidays).
    const today = chinaToday();
    const answer = computeDeadline('answer', today);
    await expect.poll(() => page.getByTestId('case-deadlines').locator('[data-kind="answer"]').textContent()).toContain(answer.due);
    await settledShot(page, 'centre-ledger-01-case-service.png');

    const center = await apiAs(h, 'center');
    const caseId = (await center<CallOutput<'cases.list'>>('cases.list', { query: caseNumber })).items[0]!.id;
    const records = await center<CallOutput<'service.list'>>('service.list', { caseId });
    expect(records.items.map((r) => [r.method, r.state, r.emsNumber, r.attempts.map((a) => a.reason)])).toEqual([
      ['postal', 'failed', '1180342605321', ['no_such_person']],
      ['electronic', 'served', null, [null]],
    ]);
    expect(records.items[1]!.proofTitle).toBe('电子送达回执');

    // The ledger: the case's next deadline is the computed answer deadline.
    await page.getByRole('menuitem', { name: '案件台账' }).click();
    await page.getByTestId('ledger-table').waitFor();
    await page.getByTestId('ledger-search').locator('input').fill(caseNumber);
    await page.getByTestId('ledger-search').locator('input').press('Enter');
    const row = page.locator('[data-testid="ledger-table"] tbody tr.ant-table-row', { hasText: caseNumber });
    await row.waitFor();
    await expect.poll(() => page.locator('[data-testid="ledger-table"] tbody tr.ant-table-row').count()).toBe(1);
    expect(await row.getByTestId('ledger-next').getAttribute('data-kind')).toBe('answer');
    expect(await row.getByTestId('ledger-next').textContent()).toContain(answer.due);
    expect(await row.locator('[data-service]').getAttribute('data-service')).toBe('served');
    await settledShot(page, 'centre-ledger-02-ledger.png');

    // Export of the current view, read back cell by cell.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ledger-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^案件台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile((await download.path())!)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('案件台账')!;
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    const cell = (name: string) => ws.getRow(3).getCell(header.indexOf(name) + 1).value;
    expect(ws.rowCount).toBe(3);
    expect(cell('案号')).toBe(caseNumber);
    expect(cell('原告（申请人）')).toBe('陈建国');
    expect(cell('被告（被申请人）')).toBe('南京恒信商贸有限公司');
    expect(cell('承办法官')).toBe(judge!.displayName);
    expect(cell('下一期限')).toBe('答辩期（南京恒信商贸有限公司）');
    expect(cell('到期日')).toBe(answer.due);
    expect(cell('送达情况')).toBe('已送达（1/1）');

    // The centre's own screens: the service queues, preservations and work orders of the demo court.
    await page.evaluate(() => { window.location.hash = '#/centre/service'; });
    await page.getByTestId('service-tab').waitFor();
    await page.getByTestId('service-queue').getByText('全部').click();
    await page.getByTestId('service-tab').locator('tbody tr.ant-table-row').first().waitFor();
    await settledShot(page, 'centre-ledger-03-service-tab.png');
    await page.evaluate(() => { window.location.hash = '#/centre/preservation'; });
    await page.getByTestId('preservation-table').locator('tbody tr.ant-table-row').first().waitFor();
    await settledShot(page, 'centre-ledger-04-preservation-tab.png');
    await page.evaluate(() => { window.location.hash = '#/centre/workOrders'; });
    await page.getByTestId('work-orders-table').locator('tbody tr.ant-table-row').first().waitFor();
    await settledShot(page, 'centre-ledger-05-work-orders.png');
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification-list').locator('.ant-list-item').first().waitFor();
    await settledShot(page, 'centre-ledger-06-notifications.png', { fullPage: false });
    await page.keyboard.press('Escape');

    // The assigned judge logs in and finds the case on their ledger.
    await page.evaluate(() => { window.location.hash = '#/ledger'; });
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByTestId('login-screen').waitFor();
    await logInAs(page, judge!.userName, '[data-testid="ledger-table"] tbody tr.ant-table-row');
    await page.getByTestId('ledger-search').locator('input').fill(caseNumber);
    await page.getByTestId('ledger-search').locator('input').press('Enter');
    await expect.poll(() => page.locator('[data-testid="ledger-table"] tbody tr.ant-table-row').count()).toBe(1);
    const judgeRow = page.locator('[data-testid="ledger-table"] tbody tr.ant-table-row', { hasText: caseNumber });
    expect(await judgeRow.getByTestId('ledger-next').textContent()).toContain(answer.due);
    await page.getByTestId('ledger-search').locator('input').fill('');
    await page.getByTestId('ledger-search').locator('input').press('Enter');
    await expect.poll(() => page.locator('[data-testid="ledger-table"] tbody tr.ant-table-row').count()).toBeGreaterThan(1);
    await settledShot(page, 'centre-ledger-07-judge-ledger.png');
    const judgeApi = await apiAs(h, judge!.userName);
    const mine = await judgeApi<CallOutput<'ledger.list'>>('ledger.list', { query: caseNumber });
    expect(mine.items.map((r) => r.judge?.name)).toEqual([judge!.displayName]);
    expect(problems).toEqual([]);
  });
});
