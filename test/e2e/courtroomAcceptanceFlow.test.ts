import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SigningStatus } from '../../src-shared/contract/calls/transcriptSigningCalls';
import { uuidv7 } from '../../src-shared/util/uuidv7';
import { apiAs, chromiumForE2E, logInAs, SCREENSHOT_DIR, settledShot, startHarness, type ApiCall, type Harness } from './browserHarness';

const chromiumPath = chromiumForE2E();

/** Draws a signature on the pad with the mouse: three loops across the canvas. */
async function drawSignature(page: Page): Promise<void> {
  const box = (await page.getByTestId('signature-canvas').boundingBox())!;
  for (let s = 0; s < 3; s++) {
    const x0 = box.x + box.width * (0.15 + s * 0.25);
    const y0 = box.y + box.height * 0.5;
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (let i = 1; i <= 24; i++) {
      const a = (i / 24) * Math.PI * 2;
      await page.mouse.move(x0 + i * 6 + Math.sin(a) * 30, y0 - Math.cos(a) * 50 + 20, { steps: 2 });
    }
    await page.mouse.up();
  }
}

const pdfsig = (path: string): string => {
  try {
    return execFileSync('pdfsig', [path], { encoding: 'utf8' });
  } catch (err) {
    return String((err as { stdout?: string }).stdout ?? err); // an untrusted certificate may make pdfsig exit non-zero
  }
};

/**
 * Issue 5's acceptance, two pages in Chromium (the clerk's courtroom and the parties' screen): open today's
 * demo hearing, type entries for two speakers with hotkeys, add a phase, present an evidence page (the parties
 * see it without the private annotation), record a 质证 opinion, have the plaintiff's side sign on the pad and
 * the defendant refuse, finalise; the sealed PDF has the entries and both outcomes and pdfsig finds it valid.
 */
describe.skipIf(!chromiumPath)('courtroom acceptance: transcript, presentation, 质证, signatures, finalise', () => {
  let h: Harness;
  let clerkApi: ApiCall;
  let caseId: string;

  beforeAll(async () => {
    h = await startHarness({ chromiumPath: chromiumPath!, seed: true });
    clerkApi = await apiAs(h, 'clerk');
    const judgeApi = await apiAs(h, 'judge');
    const row = h.app.db.prepare(`SELECT h.case_id FROM hearings h WHERE h.state = 'scheduled' AND h.courtroom = '第一法庭' ORDER BY h.starts_at LIMIT 1`).get() as { case_id: string };
    caseId = row.case_id;
    // The plaintiff's exhibit: the first page of a 正卷 PDF of the case, with a private (red) and a showable (blue) mark.
    const doc = h.app.db.prepare(`SELECT id FROM documents WHERE case_id = ? AND volume = 'main' AND media_type = 'application/pdf' ORDER BY position LIMIT 1`).get(caseId) as { id: string };
    const plaintiff = h.app.db.prepare(`SELECT id FROM parties WHERE case_id = ? AND role = 'plaintiff' ORDER BY position LIMIT 1`).get(caseId) as { id: string };
    await clerkApi('evidence.save', { caseId, changes: [{ op: 'upsert', item: { id: uuidv7(), partyId: plaintiff.id, name: '借条', purpose: '证明借款事实', documentId: doc.id, pageFrom: 0, pageTo: 0, baseVersion: 0 } }] });
    const rect = (y: number, layer: string, color: string) => ({
      op: 'upsert',
      annotation: { id: uuidv7(), documentId: doc.id, pageIndex: 0, kind: 'rect', rects: [[80, y, 500, y + 60]], color, layer, comment: `${layer} 私密备注`, baseVersion: 0 },
    });
    await judgeApi('annotations.save', { changes: [rect(620, 'private', '#FF0000'), rect(380, 'showable', '#0000FF')] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('runs the whole hearing to a sealed, filed transcript', async () => {
    const { page: clerk, problems } = await h.openPage();
    await clerk.goto(h.server.url);
    await logInAs(clerk, 'clerk');
    await clerk.getByRole('menuitem', { name: '庭审' }).click();
    const row = clerk.locator('[data-testid="hearing-table"] tbody tr.ant-table-row').first();
    await row.getByTestId('enter-courtroom').click();
    await clerk.getByTestId('courtroom').waitFor();
    await clerk.getByTestId('state-opened').click();
    await expect.poll(() => clerk.getByTestId('hearing-state').textContent()).toBe('庭审中');
    const hearingId = decodeURIComponent(clerk.url().split('/hearing/')[1]!);

    // Typing: two speakers by hotkey, a phase from the menu.
    await clerk.getByTestId('start-transcript').click();
    const kb = clerk.keyboard;
    await kb.press('Alt+1');
    await kb.type('现在开庭，核对当事人身份。');
    await kb.press('Enter');
    await kb.press('Alt+2');
    await kb.type('原告本人到庭，身份无误。');
    await clerk.getByTestId('phase-menu').click();
    await clerk.getByRole('menuitem', { name: '法庭调查' }).click();
    await kb.press('Alt+2');
    await kb.type('被告借款十万元至今未还。');
    await expect.poll(() => clerk.getByTestId('save-state').getAttribute('data-state')).toBe('saved');

    // The parties' screen: opened from the side panel; then the exhibit is presented.
    await clerk.getByTestId('courtroom-panel').click();
    await clerk.getByRole('tab', { name: '展示' }).click();
    const [parties] = await Promise.all([clerk.context().waitForEvent('page'), clerk.getByTestId('present-open').click()]);
    const partyProblems: string[] = [];
    parties.on('pageerror', (e) => partyProblems.push(e.message));
    await parties.getByTestId('parties-screen').waitFor();
    await clerk.getByTestId('present-item').click();
    await clerk.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await parties.locator('[data-testid="page-canvas"][data-rendered-page="0"]').waitFor({ timeout: 30_000 });
    const shown = await parties.evaluate(() => ({
      colors: [...document.querySelectorAll<SVGGElement>('[data-testid="shown-annotation"]')].map((g) => g.dataset.color),
      html: document.body.innerHTML,
    }));
    expect(shown.colors).toEqual(['#0000FF']);
    expect(shown.html).not.toMatch(/#FF0000|私密备注/i);
    await settledShot(parties, 'acceptance-parties-evidence.png');

    // 质证: the defendant's opinion on the exhibit, written into the transcript too.
    await clerk.getByRole('tab', { name: '证据' }).click();
    const item = clerk.locator('[data-testid="evidence-group"] tr', { hasText: '借条' });
    await item.getByTestId('evidence-judge').click();
    const opinion = clerk.getByTestId('opinion-form');
    await opinion.getByTestId('opinion-relevance').getByText('部分认可', { exact: true }).click();
    await opinion.getByTestId('opinion-reason').fill('借条金额与转账不一致');
    await clerk.getByRole('button', { name: '保存' }).click();
    await item.getByTestId('evidence-opinion').waitFor();
    await settledShot(clerk, 'acceptance-clerk-evidence.png', { fullPage: false });
    await clerk.locator('.ant-drawer-open .ant-drawer-close').click();
    await clerk.locator('.ant-drawer-open').waitFor({ state: 'detached' });

    // Signatures: send for signature, each plaintiff-side participant signs on the pad, each defendant refuses.
    await clerk.getByTestId('finalise-open').click();
    await clerk.getByTestId('start-signing').click();
    await expect.poll(() => clerk.getByTestId('transcript-state').getAttribute('data-state')).toBe('signing');
    const status = await clerkApi<SigningStatus>('transcripts.signingStatus', { hearingId });
    const signers = status.signers.filter((s) => s.required);
    expect(signers.some((s) => s.role === 'plaintiff') && signers.some((s) => s.role === 'defendant')).toBe(true);
    for (const s of signers) {
      if (s.role === 'defendant') {
        await clerk.getByTestId(`refuse-${s.participantId}`).click();
        await clerk.getByTestId('refuse-reason').fill('认为笔录未记全其陈述');
        await clerk.getByTestId('refuse-confirm').click();
      } else {
        await clerk.getByTestId(`ask-sign-${s.participantId}`).click();
        await parties.getByTestId('signature-pad-screen').waitFor();
        await expect.poll(() => parties.locator('.cd-sign-title').textContent()).toContain(s.name);
        await drawSignature(parties);
        if (s.role === 'plaintiff') await settledShot(parties, 'acceptance-parties-signature.png');
        await parties.getByTestId('signature-confirm').click();
        await expect.poll(() => parties.getByTestId('signature-pad-screen').getAttribute('data-state')).toBe('done');
      }
      await expect.poll(() => clerk.getByTestId(`signer-status-${s.participantId}`).getAttribute('data-outcome')).toBe(s.role === 'defendant' ? 'refused' : 'signed');
    }
    await settledShot(clerk, 'acceptance-clerk-signers.png', { fullPage: false });

    // Finalise: sealed, locked, filed.
    await clerk.getByTestId('finalise').click();
    await clerk.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
    await clerk.getByTestId('finalised-panel').waitFor({ timeout: 60_000 });
    await settledShot(clerk, 'acceptance-clerk-finalised.png', { fullPage: false });

    const final = await clerkApi<SigningStatus>('transcripts.signingStatus', { hearingId });
    expect(final.state).toBe('final');
    const pdf = await clerkApi<Uint8Array>('transcripts.pdf', { transcriptId: final.transcriptId });
    const path = join(SCREENSHOT_DIR, 'acceptance-transcript.pdf');
    writeFileSync(path, pdf);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    for (const typed of ['现在开庭，核对当事人身份。', '原告本人到庭，身份无误。', '被告借款十万元至今未还。', '【法庭调查】', '借条金额与转账不一致']) expect(text).toContain(typed);
    const defendant = signers.find((s) => s.role === 'defendant')!;
    expect(text).toContain(`（当事人 ${defendant.name} 拒绝签名，理由：认为笔录未记全其陈述）`);
    const plaintiff = signers.find((s) => s.role === 'plaintiff')!;
    expect(text.replace(/\s+/g, ' ')).toContain(`原告 ${plaintiff.name}：`);
    const sig = pdfsig(path);
    expect(sig).toContain('Signature is Valid');
    writeFileSync(join(SCREENSHOT_DIR, 'acceptance-pdfsig.txt'), sig);
    const docs = await clerkApi<{ items: { id: string; category: string }[] }>('documents.list', { caseId });
    expect(docs.items.find((d) => d.id === final.documentId)?.category).toBe('庭审笔录');

    // A correction after finalising is a 补正: its own sealed document; the signed PDF stays as it was.
    await clerk.getByTestId('addendum-text').fill('第4条“十万元”应为“十一万元”。');
    await clerk.getByTestId('addendum-save').click();
    await clerk.getByTestId('addendum-item').waitFor();
    await settledShot(clerk, 'acceptance-clerk-addendum.png', { fullPage: false });
    const after = await clerkApi<SigningStatus>('transcripts.signingStatus', { hearingId });
    expect(after.pdfSha256).toBe(final.pdfSha256);
    expect(after.addenda).toHaveLength(1);

    // Locked: a change of the finalised transcript is refused.
    await expect(clerkApi('transcripts.startSigning', { transcriptId: final.transcriptId, baseVersion: final.version })).rejects.toThrow(/定稿锁定/);
    expect(problems.filter((p) => !p.includes('LOCKED'))).toEqual([]);
    expect(partyProblems).toEqual([]);
  });
});
