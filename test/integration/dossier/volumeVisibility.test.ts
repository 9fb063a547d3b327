import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANDLERS } from '../../../src-main/services/handlers';
import type { CallContext } from '../../../src-main/services/callContext';
import type { Volume } from '../../../src-shared/contract/calls/documentCalls';
import type { CallOutput } from '../../../src-shared/contract/contract';
import { CallFailure } from '../../../src-shared/contract/errors';
import { assertVolumeVisible, DOSSIER_VOLUMES, mayReadVolume, visibleVolumes } from '../../../src-shared/domain/dossierVisibility';
import { ROLES } from '../../../src-shared/domain/roles';
import { createTestApp, type TestApp } from '../../helpers/testApp';
import { addDocument } from './dossierFixture';

// The one volume rule (visibleVolumes) on every call that names a volume, over real SQLite and real PDFs.
// Today every role of the app is court staff and sees both volumes; the parties' screen, the one viewer that must
// never see the 副卷, is stopped earlier by the dispatcher (test/integration/evidence/presentationSession.test.ts).
const VOLUME_CALLS = [
  ['dossier.exportVolume', {}],
  ['annotations.exportVolumePdf', {}],
  ['documents.findText', { query: '原件' }],
] as const;

describe('a volume the role may not see does not exist for it', () => {
  let t: TestApp;
  let caseId: string;

  beforeAll(async () => {
    t = createTestApp();
    caseId = t.court.caseIds[0]!;
    await addDocument(t.app, caseId, { title: '民事起诉状', category: '起诉状', pages: ['原件第一页'] });
    await addDocument(t.app, caseId, { title: '审理报告', category: '审理报告', pages: ['原件第一页'], volume: 'internal' });
  });
  afterAll(() => t?.close());

  it('every role gets each volume from each volume call exactly when visibleVolumes lets it see that volume', async () => {
    const outcomes: string[] = [];
    for (const role of ROLES) {
      const session = await t.login(role);
      for (const volume of DOSSIER_VOLUMES) {
        for (const [name, extra] of VOLUME_CALLS) {
          const r = await t.call(name, { caseId, volume, ...extra }, session);
          const expected = visibleVolumes(role).includes(volume) ? 'ok' : 'NOT_FOUND';
          outcomes.push(`${role} ${volume} ${name} ${r.ok ? 'ok' : r.error.code} (expected ${expected})`);
          if (expected === 'ok') expect(r.ok, outcomes.at(-1)).toBe(true);
          else expect(r, outcomes.at(-1)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '案件没有该卷' } });
        }
      }
    }
    expect(outcomes).toHaveLength(ROLES.length * DOSSIER_VOLUMES.length * VOLUME_CALLS.length);
  }, 120_000);

  it('every role sees a document of a volume in the catalogue and can read it exactly when it may see that volume', async () => {
    const judge = await t.login('judge');
    const all = await t.call('documents.list', { caseId }, judge);
    if (!all.ok) throw new Error(all.error.message);
    const items = (value: unknown) => (value as CallOutput<'documents.list'>).items;
    const docOf = (volume: string) => items(all.value).find((d) => d.volume === volume)!.id;
    for (const role of ROLES) {
      const session = await t.login(role);
      const listed = await t.call('documents.list', { caseId }, session);
      if (!listed.ok) throw new Error(listed.error.message);
      for (const volume of DOSSIER_VOLUMES) {
        const sees = visibleVolumes(role).includes(volume);
        expect(items(listed.value).some((d) => d.volume === volume), `${role} lists ${volume}`).toBe(sees);
        const id = docOf(volume);
        for (const [name, input] of [['documents.content', { id }], ['documents.pageText', { id, pageIndex: 0 }], ['documents.pageLines', { id, pageIndex: 0 }], ['annotations.exportPdf', { documentId: id, flatten: false, layers: ['private'] }]] as const) {
          const r = await t.call(name, input, session);
          if (sees) expect(r.ok, `${role} ${volume} ${name}`).toBe(true);
          else expect(r, `${role} ${volume} ${name}`).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '材料不存在' } });
        }
      }
    }
  }, 120_000);

  it('the rule refuses a volume outside what the role sees, and the volume handlers apply it before building anything', async () => {
    // No role is refused a real volume today, so the refusing branch is shown with a volume no role sees.
    for (const role of ROLES) {
      expect(mayReadVolume(role, 'appendix')).toBe(false);
      expect(() => assertVolumeVisible(role, 'appendix')).toThrow(CallFailure);
      for (const volume of visibleVolumes(role)) expect(() => assertVolumeVisible(role, volume)).not.toThrow();
    }
    // The contract lets no such volume through, so the handlers are called directly, as the dispatcher would.
    const ctx: CallContext = {
      app: t.app,
      actor: { userId: t.court.users.judge, userName: '法官', role: 'judge', via: 'test' },
      session: null,
      sessionToken: null,
      via: 'test',
      write: () => {
        throw new Error('a volume call writes nothing');
      },
    };
    const appendix = 'appendix' as Volume;
    const refusal = { code: 'NOT_FOUND', message: '案件没有该卷' };
    await expect(Promise.resolve().then(() => HANDLERS['dossier.exportVolume']({ caseId, volume: appendix }, ctx))).rejects.toMatchObject(refusal);
    await expect(
      Promise.resolve().then(() => HANDLERS['annotations.exportVolumePdf']({ caseId, volume: appendix, flatten: false, layers: ['private', 'team', 'showable'] }, ctx)),
    ).rejects.toMatchObject(refusal);
    await expect(Promise.resolve().then(() => HANDLERS['documents.findText']({ caseId, volume: appendix, query: '原件' }, ctx))).rejects.toMatchObject(refusal);
  });
});
