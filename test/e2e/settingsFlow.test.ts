import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../src-shared/contract/contract';
import { apiAs, chromiumForE2E, logInAs, settledShot, startHarness, type ApiCall, type Harness } from './browserHarness';

const chromiumPath = chromiumForE2E();

describe.skipIf(!chromiumPath)('system settings in Chromium', () => {
  let h: Harness;
  let call: ApiCall;
  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
    call = await apiAs(h, 'admin');
  });
  afterAll(async () => h?.close());

  it('the admin makes this device issue provisional case numbers and changes the idle lock; a judge only reads them', async () => {
    const { page, problems } = await h.openPage();
    await page.goto(h.server.url);
    await logInAs(page, 'admin');
    await page.getByRole('menuitem', { name: '系统设置' }).click();
    const section = page.getByTestId('general-settings');
    await expect.poll(() => section.getByTestId('settings-idle-lock').inputValue()).not.toBe('');
    await section.getByTestId('settings-idle-lock').fill('25');
    await section.getByText('本机发临时案号').click();
    await section.getByTestId('settings-save').click();
    await page.locator('.ant-message-notice', { hasText: '设置已保存' }).waitFor();
    const saved = await call<CallOutput<'settings.get'>>('settings.get', {});
    expect(saved).toMatchObject({ idleLockMinutes: 25, caseNumbering: 'provisional' });
    await settledShot(page, 'settings-general.png');
    expect(problems).toEqual([]);

    const judge = await h.openPage();
    await judge.page.goto(h.server.url);
    await logInAs(judge.page, 'judge');
    await judge.page.getByRole('menuitem', { name: '系统设置' }).click();
    await judge.page.getByTestId('general-settings').getByText('只有系统管理员可以修改这些设置').waitFor();
    expect(await judge.page.getByTestId('settings-save').count()).toBe(0);
    expect(judge.problems).toEqual([]);
  });
});
