import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLS } from '../../../src-shared/contract/contract';
import { PRESENTATION_SESSION_CALLS } from '../../../src-shared/contract/calls/presentationCalls';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { runWrite } from '../../../src-main/write/runWrite';
import { addHearing, addPdfDocument, type FixtureHearing } from '../../helpers/courtroomFixture';
import { newAnnotation } from '../../helpers/annotationFixture';
import { createTestApp, type TestApp } from '../../helpers/testApp';

type Page = { seq: number; pdf: Uint8Array; annotations: { kind: string; color: string; rects: number[][] }[] };

describe('the parties’ screen: a presentation session sees only what the clerk shows', () => {
  let t: TestApp;
  let clerk: string;
  let judge: string;
  let caseId: string;
  let h: FixtureHearing;
  let mainDoc: string;
  let internalDoc: string;
  let otherDoc: string;
  let parties: string;
  const item = uuidv7();
  const dir = mkdtempSync(join(tmpdir(), 'presentation-'));

  const text = (bytes: Uint8Array): string => {
    writeFileSync(join(dir, 'p.pdf'), bytes);
    return execFileSync('pdftotext', [join(dir, 'p.pdf'), '-']).toString();
  };
  const ok = async <T>(name: string, input: unknown, session: string): Promise<T> => {
    const r = await t.call(name, input, session);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  };
  const join_ = async (session = clerk): Promise<string> => {
    const { token } = await ok<{ token: string }>('presentation.open', { hearingId: h.hearingId }, session);
    return (await ok<{ sessionId: string }>('presentation.join', { token }, '')).sessionId;
  };

  beforeAll(async () => {
    t = createTestApp();
    clerk = await t.login('clerk');
    judge = await t.login('judge');
    caseId = t.court.caseIds[0]!;
    mainDoc = await addPdfDocument(t.app, caseId, { marker: 'SHOWN EVIDENCE', pages: 3 });
    internalDoc = await addPdfDocument(t.app, caseId, { marker: 'SECRET INTERNAL', volume: 'internal' });
    otherDoc = await addPdfDocument(t.app, t.court.caseIds[1]!, { marker: 'OTHER CASE' });
    h = addHearing(t.app, caseId);
    await ok('evidence.save', { caseId, changes: [{ op: 'upsert', item: { id: item, partyId: h.plaintiffId, name: '借条', documentId: mainDoc, pageFrom: 1, pageTo: 2, baseVersion: 0 } }] }, clerk);
    // One annotation per layer on the shown page (by the judge), plus a showable one on another page and a deleted showable one.
    const mk = (layer: string, color: string, pageIndex = 1) => ({ op: 'upsert', annotation: newAnnotation(mainDoc, { layer, color, pageIndex, tags: [] }) });
    await ok('annotations.save', { changes: [mk('private', '#FF0000'), mk('team', '#00FF00'), mk('showable', '#0000FF'), mk('showable', '#123456', 2)] }, judge);
    const gone = newAnnotation(mainDoc, { layer: 'showable', color: '#ABCDEF', pageIndex: 1, tags: [] });
    await ok('annotations.save', { changes: [{ op: 'upsert', annotation: gone }] }, judge);
    await ok('annotations.save', { changes: [{ op: 'delete', id: gone.id, baseVersion: 1 }] }, judge);
    // Showable-looking annotations that must never come along: on the 副卷 copy and on another case's document, same page index.
    const now = t.app.now().toISOString();
    runWrite(t.app.db, { actor: { userId: null, userName: 't', role: 'admin', via: 'test' }, call: 'test', caseId, now: t.app.now() }, (tx) => {
      for (const [doc, color] of [[internalDoc, '#BADBAD'], [otherDoc, '#C0FFEE']] as const) {
        tx.insert('annotation', uuidv7(), {
          document_id: doc, page_index: 1, kind: 'rect', rects: '[[1,1,50,50]]', ink: '[]', color, opacity: 1, text: '', comment: '', tags: '[]',
          layer: 'showable', author_id: t.court.users.judge, created_at: now, updated_at: now,
        });
      }
    });
    parties = await join_();
  });
  afterAll(() => {
    t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses every call outside the whitelist with FORBIDDEN', async () => {
    const refused: string[] = [];
    for (const def of CALLS) {
      if (PRESENTATION_SESSION_CALLS.has(def.name)) continue;
      const r = await t.call(def.name, def.example, parties);
      if (!(r.ok === false && r.error.code === 'FORBIDDEN')) refused.push(`${def.name} → ${r.ok ? 'ok' : r.error.code}`);
    }
    expect(refused).toEqual([]);
    // Including the clerk-side presentation calls and a real (not example) read of this very case.
    expect(await t.call('presentation.show', { hearingId: h.hearingId, view: { mode: 'blank' } }, parties)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.call('documents.content', { id: mainDoc }, parties)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.call('annotations.list', { caseId }, parties)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('the link works once; a normal session may not use the parties’ calls', async () => {
    const { token } = await ok<{ token: string }>('presentation.open', { hearingId: h.hearingId }, clerk);
    const first = await ok<{ sessionId: string }>('presentation.join', { token }, '');
    expect(await t.call('presentation.join', { token }, '')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await t.call('presentation.current', {}, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.call('presentation.current', {}, undefined)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    // Reopening ended the screen opened before it.
    expect(await t.call('presentation.current', {}, parties)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    parties = first.sessionId;
    expect(await ok('presentation.current', {}, parties)).toMatchObject({ view: { mode: 'blank' } });
  });

  it('shows the ONE presented page with only its live showable annotations', async () => {
    const events: unknown[] = [];
    const stop = t.app.events.subscribe((e) => events.push(e));
    await ok('presentation.show', { hearingId: h.hearingId, view: { mode: 'evidence', evidenceItemId: item, pageIndex: 1 } }, clerk);
    stop();
    expect(events).toMatchObject([{ topic: 'data', payload: { entity: 'presentation', hearingId: h.hearingId } }]);
    expect(await ok('presentation.current', {}, parties)).toMatchObject({ view: { mode: 'evidence', label: '原告证据一　借条', pageNumber: 1, pageCount: 2 } });
    const page = await ok<Page>('presentation.page', {}, parties);
    expect((await PDFDocument.load(page.pdf)).getPageCount()).toBe(1);
    expect(text(page.pdf)).toContain('SHOWN EVIDENCE PAGE 2');
    expect(page.annotations.map((a) => a.color)).toEqual(['#0000FF']);
    expect(JSON.stringify(page)).not.toMatch(/author|comment|tags/);
    await ok('presentation.show', { hearingId: h.hearingId, pointer: { x: 100, y: 200 } }, clerk);
    expect(await ok('presentation.current', {}, parties)).toMatchObject({ pointer: { x: 100, y: 200 } });
  });

  it('cannot be made to show the 副卷, another case, a page outside the item or a deleted item', async () => {
    const show = (view: unknown) => t.call('presentation.show', { hearingId: h.hearingId, view }, clerk);
    expect(await show({ mode: 'evidence', evidenceItemId: item, pageIndex: 0 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await show({ mode: 'evidence', evidenceItemId: item, pageIndex: 3 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // An item can be made to point at the 副卷 or another case only around the handlers: do that, then try to show it.
    const sneaky = uuidv7();
    const now = t.app.now().toISOString();
    runWrite(t.app.db, { actor: { userId: null, userName: 't', role: 'admin', via: 'test' }, call: 'test', caseId, now: t.app.now() }, (tx) => {
      tx.insert('evidence_item', sneaky, { case_id: caseId, number: 9, name: 'x', document_id: internalDoc, page_from: 0, page_to: 0, created_at: now, updated_at: now });
    });
    expect(await show({ mode: 'evidence', evidenceItemId: sneaky, pageIndex: 0 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    runWrite(t.app.db, { actor: { userId: null, userName: 't', role: 'admin', via: 'test' }, call: 'test', caseId, now: t.app.now() }, (tx) => {
      tx.update('evidence_item', sneaky, { document_id: otherDoc });
    });
    expect(await show({ mode: 'evidence', evidenceItemId: sneaky, pageIndex: 0 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // A shown page whose document moves to the 副卷 afterwards disappears from the screen at once.
    await ok('presentation.show', { hearingId: h.hearingId, view: { mode: 'evidence', evidenceItemId: item, pageIndex: 2 } }, clerk);
    expect(text((await ok<Page>('presentation.page', {}, parties)).pdf)).toContain('SHOWN EVIDENCE PAGE 3');
    t.app.db.prepare("UPDATE documents SET volume = 'internal' WHERE id = ?").run(mainDoc);
    try {
      expect(await ok('presentation.current', {}, parties)).toMatchObject({ view: { mode: 'blank' } });
      expect(await t.call('presentation.page', {}, parties)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      t.app.db.prepare("UPDATE documents SET volume = 'main' WHERE id = ?").run(mainDoc);
    }
    // The screen's calls take no arguments: it cannot name a document or page of its own.
    expect(await t.call('presentation.page', { documentId: otherDoc, pageIndex: 0 }, parties)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('a screen bound to one hearing never sees another hearing’s presentation', async () => {
    const other = addHearing(t.app, t.court.caseIds[1]!);
    const otherItem = uuidv7();
    await ok('evidence.save', { caseId: t.court.caseIds[1]!, changes: [{ op: 'upsert', item: { id: otherItem, partyId: other.plaintiffId, name: 'y', documentId: otherDoc, pageFrom: 0, pageTo: 0, baseVersion: 0 } }] }, clerk);
    await ok('presentation.show', { hearingId: other.hearingId, view: { mode: 'evidence', evidenceItemId: otherItem, pageIndex: 0 } }, clerk);
    // Showing an item of case B on case A's hearing is refused.
    expect(await t.call('presentation.show', { hearingId: h.hearingId, view: { mode: 'evidence', evidenceItemId: otherItem, pageIndex: 0 } }, clerk)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(text((await ok<Page>('presentation.page', {}, parties)).pdf)).not.toContain('OTHER CASE');
  });

  it('the screen ends when the clerk who opened it logs out', async () => {
    const other = await t.login('clerk');
    const screen = await join_(other);
    expect(await t.call('presentation.current', {}, screen)).toMatchObject({ ok: true });
    expect(await t.call('auth.logout', {}, other)).toMatchObject({ ok: true });
    expect(await t.call('presentation.current', {}, screen)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await t.call('transcripts.sign', { transcriptId: uuidv7(), participantId: uuidv7(), imagePng: 'data:image/png;base64,' }, screen)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    parties = await join_();
  });

  it('closing ends the session', async () => {
    await ok('presentation.close', { hearingId: h.hearingId }, clerk);
    expect(await t.call('presentation.current', {}, parties)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
