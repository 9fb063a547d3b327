import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AnnotationSchema } from '../../../src-shared/contract/calls/annotationCalls';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { addDocuments, newAnnotation } from '../../helpers/annotationFixture';
import { createTestApp, type TestApp } from '../../helpers/testApp';

type Listed = { items: { id: string; layer: string; version: number; authorName: string; tags: string[]; rects: number[][]; anchor: unknown }[] };

describe('annotations.save and annotations.list', () => {
  let t: TestApp;
  let judge: string;
  let assistant: string;
  let main: string | undefined;
  let other: string | undefined;
  let internal: string | undefined;
  let otherCaseDoc: string | undefined;
  beforeAll(async () => {
    t = createTestApp();
    judge = await t.login('judge');
    assistant = await t.login('assistant');
    [main, other, internal] = addDocuments(t.app, t.court.caseIds[0]!, [{}, {}, { volume: 'internal' }]);
    [otherCaseDoc] = addDocuments(t.app, t.court.caseIds[1]!, [{}]);
  });
  afterAll(() => t.close());

  const save = (changes: unknown[], session: string) => t.call('annotations.save', { changes }, session);
  const list = async (input: unknown, session: string) => {
    const r = await t.call('annotations.list', input, session);
    if (!r.ok) throw new Error(r.error.message);
    return (r.value as Listed).items;
  };

  it('saves a batch in one write (one audit entry, one outbox row) and lists it back', async () => {
    const a = newAnnotation(main!);
    const b = newAnnotation(other!, { kind: 'ink', rects: [], ink: [[[10, 10, 0.5], [20, 20, 0.7]]], layer: 'team', anchor: null });
    const auditBefore = t.app.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };
    const r = await save([{ op: 'upsert', annotation: a }, { op: 'upsert', annotation: b }], judge);
    expect(r).toMatchObject({ ok: true, value: { saved: [{ id: a.id, version: 1 }, { id: b.id, version: 1 }] } });
    expect((t.app.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(auditBefore.n + 1);
    const outbox = t.app.db.prepare(`SELECT changes FROM outbox WHERE call = 'annotations.save'`).all() as { changes: string }[];
    expect(outbox).toHaveLength(1);
    expect(JSON.parse(outbox[0]!.changes)).toHaveLength(2);
    const items = await list({ caseId: t.court.caseIds[0] }, judge);
    expect(items.map((i) => i.id)).toEqual([a.id, b.id]);
    // The dispatcher checks only the first item of a list (AnnotationListSchema); here every item is checked.
    expect(z.array(AnnotationSchema).safeParse(items).success).toBe(true);
    expect(items[0]).toMatchObject({ authorName: '测试judge', tags: ['重点'], rects: [[72, 700, 300, 714]], anchor: a.anchor });
  });

  it('shows others only team and showable annotations; deleted ones to nobody', async () => {
    const mine = newAnnotation(main!);
    const team = newAnnotation(main!, { layer: 'team' });
    const shown = newAnnotation(main!, { layer: 'showable' });
    expect((await save([mine, team, shown].map((annotation) => ({ op: 'upsert', annotation })), assistant)).ok).toBe(true);
    const judgeSees = (await list({ documentId: main }, judge)).map((i) => i.id);
    expect(judgeSees).toEqual(expect.arrayContaining([team.id, shown.id]));
    expect(judgeSees).not.toContain(mine.id);
    expect((await list({ documentId: main }, assistant)).map((i) => i.id)).toContain(mine.id);
    expect((await save([{ op: 'delete', id: team.id, baseVersion: 1 }], assistant))).toMatchObject({ ok: true, value: { saved: [{ id: team.id, version: 2 }] } });
    expect((await list({ documentId: main }, judge)).map((i) => i.id)).not.toContain(team.id);
    expect((await list({ documentId: main }, assistant)).map((i) => i.id)).not.toContain(team.id);
    expect(t.app.db.prepare('SELECT deleted_at FROM annotations WHERE id = ?').get(team.id)).toEqual({ deleted_at: expect.any(String) });
  });

  it('only the author may change or delete an annotation (FORBIDDEN, in Chinese; nothing changed)', async () => {
    const a = newAnnotation(main!, { layer: 'team' });
    await save([{ op: 'upsert', annotation: a }], assistant);
    const before = t.fingerprint();
    const edit = await save([{ op: 'upsert', annotation: { ...a, comment: '改一下', baseVersion: 1 } }], judge);
    expect(edit).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('本人的批注') } });
    expect(await save([{ op: 'delete', id: a.id, baseVersion: 1 }], judge)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.fingerprint()).toEqual(before);
  });

  it('a stale base version is a CONFLICT and the whole batch changes nothing', async () => {
    const a = newAnnotation(main!);
    await save([{ op: 'upsert', annotation: a }], judge);
    expect(await save([{ op: 'upsert', annotation: { ...a, comment: '第一次', baseVersion: 1 } }], judge)).toMatchObject({ ok: true, value: { saved: [{ version: 2 }] } });
    const before = t.fingerprint();
    const fresh = newAnnotation(main!);
    const stale = await save([{ op: 'upsert', annotation: fresh }, { op: 'upsert', annotation: { ...a, comment: '过时', baseVersion: 1 } }], judge);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await save([{ op: 'upsert', annotation: { ...a, baseVersion: 0 } }], judge)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(t.fingerprint()).toEqual(before);
  });

  it('refuses a showable annotation on a 副卷 document, and batches spanning two cases', async () => {
    const before = t.fingerprint();
    const r = await save([{ op: 'upsert', annotation: newAnnotation(internal!, { layer: 'showable' }) }], judge);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('副卷') } });
    const two = await save([{ op: 'upsert', annotation: newAnnotation(main!) }, { op: 'upsert', annotation: newAnnotation(otherCaseDoc!) }], judge);
    expect(two).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('同一案件') } });
    expect(t.fingerprint()).toEqual(before);
    expect((await save([{ op: 'upsert', annotation: newAnnotation(internal!, { layer: 'team' }) }], judge)).ok).toBe(true);
  });

  it('validates geometry, colours, tags and ink sizes', async () => {
    const bad = [
      { rects: [[0, 0, Number.NaN, 1]] },
      { color: 'yellow' },
      { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) },
      { tags: ['这是一个非常非常非常非常非常非常非常非常非常非常长的标签名称，超过三十二个字'] },
      { kind: 'ink', rects: [], ink: [Array.from({ length: 5001 }, () => [1, 1, 0.5])] },
      { kind: 'ink', rects: [], ink: [] },
      { comment: '字'.repeat(10_001) },
    ];
    for (const extra of bad) {
      const r = await save([{ op: 'upsert', annotation: newAnnotation(main!, extra) }], judge);
      expect(r.ok ? 'ok' : r.error.code, JSON.stringify(extra).slice(0, 80)).toBe('VALIDATION');
    }
    expect(await save([{ op: 'delete', id: uuidv7(), baseVersion: 1 }], judge)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('an upsert of a deleted annotation brings it back (undo)', async () => {
    const a = newAnnotation(main!);
    await save([{ op: 'upsert', annotation: a }], judge);
    await save([{ op: 'delete', id: a.id, baseVersion: 1 }], judge);
    expect(await save([{ op: 'upsert', annotation: { ...a, baseVersion: 2 } }], judge)).toMatchObject({ ok: true, value: { saved: [{ version: 3 }] } });
    expect((await list({ documentId: main }, judge)).find((i) => i.id === a.id)).toMatchObject({ version: 3 });
  });
});
