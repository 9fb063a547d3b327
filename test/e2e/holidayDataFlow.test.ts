import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../src-shared/contract/contract';
import { apiAs, chromiumForE2E, logInAs, settledShot, startHarness, type ApiCall, type Harness } from './browserHarness';

const chromiumPath = chromiumForE2E();

async function uploadJson(page: Page, content: unknown): Promise<void> {
  await page.getByTestId('holiday-data').locator('input[type="file"]').setInputFiles({
    name: 'holidays.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)),
  });
}

describe.skipIf(!chromiumPath)('holiday data and the deadline calculator in Chromium', () => {
  let h: Harness;
  let call: ApiCall;
  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
    call = await apiAs(h, 'admin');
  });
  afterAll(async () => h?.close());

  it('the admin sees the missing year flagged, imports it from a JSON file, and deadlines use it', async () => {
    const before = await call<CallOutput<'calendar.years'>>('calendar.years', {});
    // The next year has no built-in data (chinese-days covers up to 2026); the real clock decides which it is.
    const year = before.missing.at(-1) ?? before.builtInRange.last + 1;
    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'admin');
    await page.getByRole('menuitem', { name: '系统设置' }).click();
    await page.getByTestId('holiday-years').locator('tbody tr.ant-table-row').first().waitFor();
    if (before.missing.length > 0) {
      await expect.poll(() => page.getByTestId('holiday-missing').textContent()).toContain(`${before.missing.join('、')} 年尚无节假日数据`);
    }
    await settledShot(page, 'holiday-data-missing.png');

    // A date of another year: refused with the server's Chinese message, nothing imported.
    await uploadJson(page, { year, holidays: [`${year}-01-01`, `${year - 1}-12-31`], workdays: [] });
    await page.locator('.ant-message-notice', { hasText: `不属于 ${year} 年` }).waitFor();
    expect((await call<CallOutput<'calendar.years'>>('calendar.years', {})).years.some((y) => y.year === year)).toBe(false);

    // 1 January and 4–5 February of `year` off (this test's own table).
    await uploadJson(page, { year, holidays: [`${year}-01-01`, `${year}-02-04`, `${year}-02-05`], workdays: [] });
    await page.locator('.ant-message-notice', { hasText: `已导入 ${year} 年节假日数据` }).waitFor();
    const row = page.getByTestId('holiday-years').locator('tbody tr.ant-table-row').first();
    await expect.poll(() => row.textContent()).toContain('已导入');
    expect(await row.textContent()).toContain(String(year));

    // 10 days from 25 January = 4 February, a holiday in the imported table → the next working day.
    await page.getByTestId('deadline-kind').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '上诉期（裁定）' }).click();
    await page.getByTestId('deadline-from').fill(`${year}-01-25`);
    await page.getByTestId('deadline-compute').click();
    const expected = await call<CallOutput<'deadlines.compute'>>('deadlines.compute', { kind: 'appeal-ruling', from: `${year}-01-25` });
    expect(expected.due > `${year}-02-05`).toBe(true);
    await expect.poll(() => page.getByTestId('deadline-result').textContent()).toContain(expected.due);
    expect(await page.getByTestId('deadline-result').textContent()).toContain(`届满日为 ${year}-02-04`);
    await settledShot(page, 'holiday-data-imported.png');
    expect(problems).toEqual([]);
  });

  it('other users see the years but cannot import', async () => {
    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'clerk');
    await page.getByRole('menuitem', { name: '系统设置' }).click();
    await page.getByTestId('holiday-years').locator('tbody tr.ant-table-row').first().waitFor();
    expect(await page.getByTestId('holiday-import').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
