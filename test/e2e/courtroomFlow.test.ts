import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, chromiumForE2E, logInAs, settledShot, startHarness, type Harness, type WatchedPage } from './browserHarness';

const chromiumPath = chromiumForE2E();

/** Today as the demo court's day view shows it (China time). */
const today = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

type Entry = { kind: string; speaker: string; text: string; phase: string | null; number: number };

/**
 * The clerk runs today's demo hearing in 第一法庭: opens it from the day view, opens the hearing, types entries for
 * two speakers with Alt+1/Alt+2 and an alias, inserts phases by hotkey and menu, uses a quick phrase, reloads:
 * everything comes back in order, and the server holds the same.
 */
describe.skipIf(!chromiumPath)('courtroom: the clerk types the transcript', () => {
  let h: Harness;
  let w: WatchedPage;
  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
    w = await h.openPage();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('day view → courtroom → typing with hotkeys, alias, phases and a quick phrase → reload keeps it all', async () => {
    const { page, problems } = w;
    await page.goto(h.server.url);
    await logInAs(page, 'clerk');
    await page.getByRole('menuitem', { name: '庭审' }).click();
    const row = page.locator('[data-testid="hearing-table"] tbody tr.ant-table-row').first();
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('第一法庭');
    await settledShot(page, 'courtroom-day.png');

    await row.getByTestId('enter-courtroom').click();
    await page.getByTestId('courtroom').waitFor();
    await page.getByTestId('state-opened').click();
    await expect.poll(() => page.getByTestId('hearing-state').textContent()).toBe('庭审中');

    await page.getByTestId('start-transcript').click();
    const kb = page.keyboard;
    await kb.press('Alt+1');
    await kb.type('现在开庭。');
    await kb.press('Enter');
    await kb.press('Alt+2');
    await kb.type('到庭。');
    await kb.press('Enter');
    await kb.type('被：被告到庭。');
    await kb.press('Alt+0'); // the first phase of the sequence: 宣布开庭
    await kb.press('Alt+1');
    await kb.press('F3');
    await kb.press('Enter');
    await kb.press('Alt+2');
    await kb.type('无异议。');
    await page.getByTestId('phase-menu').click();
    await page.getByRole('menuitem', { name: '法庭调查' }).click();
    await kb.type('原：请求判令被告归还借款。');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    await settledShot(page, 'courtroom-typing.png', { fullPage: false });

    const expected = async (): Promise<[string, string, string][]> => {
      const detail = await (await apiAs(h, 'clerk'))<{ participants: { role: string; speaker: string }[] }>('hearings.get', { id: hearingId });
      const sp = (role: string) => detail.participants.find((p) => p.role === role)!.speaker;
      return [
        ['speech', sp('presiding'), '现在开庭。'],
        ['speech', sp('plaintiff'), '到庭。'],
        ['speech', sp('defendant'), '被告到庭。'],
        ['phase', '', '宣布开庭'],
        ['speech', sp('presiding'), '对对方当事人出庭人员的身份有无异议？'],
        ['speech', sp('plaintiff'), '无异议。'],
        ['phase', '', '法庭调查'],
        ['speech', sp('plaintiff'), '请求判令被告归还借款。'],
      ];
    };
    const hearingId = decodeURIComponent(page.url().split('/hearing/')[1]!);
    const onScreen = () =>
      page.locator('[data-testid="transcript-entry"]').evaluateAll((rows) =>
        rows.map((r) => [
          r.getAttribute('data-kind') ?? '',
          r.getAttribute('data-kind') === 'phase' ? '' : (r.querySelector('.cd-entry-speaker-label')?.textContent ?? '').replace(/：$/, ''),
          r.getAttribute('data-kind') === 'phase' ? (r.querySelector('.cd-entry-phase-title')?.textContent ?? '') : (r.querySelector('textarea')?.value ?? ''),
        ]),
      );
    const want = await expected();
    expect(await onScreen()).toEqual(want);

    await page.reload();
    await page.getByTestId('courtroom').waitFor();
    await expect.poll(onScreen).toEqual(want);
    const stored = await (await apiAs(h, 'clerk'))<{ entries: Entry[] }>('transcripts.get', { hearingId });
    expect(stored.entries.map((e) => [e.kind, e.speaker, e.kind === 'phase' ? e.phase : e.text])).toEqual(
      want.map(([k, s, t]) => [k, s, k === 'phase' ? (t === '宣布开庭' ? 'opening' : 'investigation') : t]),
    );
    expect(stored.entries.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    await settledShot(page, 'courtroom-reloaded.png', { fullPage: false });

    // The side panel: the dossier is one click away without leaving the courtroom.
    await page.getByTestId('courtroom-panel').click();
    await page.locator('.ant-drawer-body .ant-tabs-tab-active').waitFor();
    await settledShot(page, 'courtroom-panel-evidence.png', { fullPage: false });
    await page.getByRole('tab', { name: '卷宗' }).click();
    await page.locator('[data-testid="courtroom-dossier"] .ant-list-item').first().waitFor();
    await settledShot(page, 'courtroom-panel.png', { fullPage: false });
    await page.locator('[data-testid="courtroom-dossier"] .ant-list-item').first().getByRole('button', { name: '阅读' }).click();
    await page.getByTestId('courtroom-reader').waitFor();
    await page.locator('[data-testid="courtroom-reader"] canvas').first().waitFor();
    await settledShot(page, 'courtroom-panel-reader.png', { fullPage: false });
    await page.getByTestId('reader-back').click();
    await page.getByTestId('courtroom-dossier').waitFor();
    expect(page.url()).toContain(`/courtroom/hearing/${hearingId}`);
    await page.locator('.ant-drawer-close').click();
    await page.locator('.ant-drawer-mask').waitFor({ state: 'detached' });

    // Back to the day view of 第一法庭, and schedule another hearing there through the dialog.
    await page.getByRole('button', { name: '返回排期' }).click();
    await page.getByTestId('schedule-open').click();
    const dialog = page.getByTestId('schedule-form');
    await dialog.locator('.ant-select').first().click();
    await page.locator('.ant-select-dropdown .ant-select-item-option').first().click();
    await expect.poll(() => page.locator('.ant-modal .ant-table-tbody tr.ant-table-row').count()).toBeGreaterThanOrEqual(3);
    await dialog.locator('input[type="datetime-local"]').fill(`${today()}T14:00`);
    await settledShot(page, 'courtroom-schedule.png', { fullPage: false });
    await page.locator('.ant-modal-footer').getByRole('button', { name: '确定' }).click();
    const warning = page.getByRole('dialog').filter({ hasText: '已排期，请注意' });
    await warning.waitFor(); // the notice is not served yet: the last day to serve it
    await warning.getByRole('button').last().click();
    await expect.poll(() => page.locator('[data-testid="hearing-table"] tbody tr.ant-table-row').count()).toBe(2);
    expect(problems).toEqual([]);
  });
});
