import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnSignaturePng } from '../../../src-main/domains/demo/demoSignatureImage';
import { createTestApp, type TestApp } from '../../helpers/testApp';
import { addHearing, type HearingFixture } from '../../helpers/hearingFixture';

/** On the parties' screen a party signs only when, and only for whom, the clerk put the pad up. */
describe('signing from the parties’ screen', () => {
  let t: TestApp;
  let h: HearingFixture;
  let clerk: string;
  let parties: string;
  const ok = async <T>(name: string, input: unknown, session: string): Promise<T> => {
    const r = await t.call(name, input, session);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  };
  const version = () => (t.app.db.prepare('SELECT version FROM transcripts WHERE id = ?').get(h.transcriptId) as { version: number }).version;
  const sign = (participantId: string) => t.call('transcripts.sign', { transcriptId: h.transcriptId, participantId, imagePng: drawnSignaturePng(9) }, parties);

  beforeAll(async () => {
    t = createTestApp();
    h = addHearing(t.app, t.court.caseIds[0]!, t.court.users);
    clerk = await t.login('clerk');
    const { token } = await ok<{ token: string }>('presentation.open', { hearingId: h.hearingId }, clerk);
    parties = (await ok<{ sessionId: string }>('presentation.join', { token }, '')).sessionId;
    await ok('transcripts.startSigning', { transcriptId: h.transcriptId, baseVersion: version() }, clerk);
  });
  afterAll(() => t?.close());

  it('refuses a signature while the screen shows something else', async () => {
    expect(await sign(h.participants.plaintiff)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('takes the presented party’s signature, and nobody else’s', async () => {
    await ok('presentation.show', { hearingId: h.hearingId, view: { mode: 'sign', transcriptId: h.transcriptId, participantId: h.participants.plaintiff } }, clerk);
    expect(await sign(h.participants.defendant)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sign(h.participants.plaintiff)).toMatchObject({ ok: true, value: { outcome: 'signed' } });
    // The screen may not record refusals or finalise: those are the clerk's.
    const refuse = await t.call('transcripts.refuse', { transcriptId: h.transcriptId, participantId: h.participants.defendant, reason: 'x' }, parties);
    expect(refuse).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
