import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Annotation } from '../../../src-shared/annotations/annotation';
import { AnnotationSchema } from '../../../src-shared/contract/calls/annotationCalls';
import { addDocuments, newAnnotation } from '../../helpers/annotationFixture';
import { createTestApp, type TestApp } from '../../helpers/testApp';

// annotations.list reads the fixed-format columns joined in one string (annotationRows.ts): every field must
// come back exactly as saved, whatever the user typed, control characters and surrogate pairs included.
describe('annotations.list gives back every field as saved', () => {
  let t: TestApp;
  let judge: string;
  let docs: string[];
  let clock = new Date('2026-03-02T08:00:00.000Z');
  beforeAll(async () => {
    t = createTestApp({ now: () => clock });
    judge = await t.login('judge');
    docs = addDocuments(t.app, t.court.caseIds[0]!, [{ pages: 5 }, { pages: 5 }]);
  });
  afterAll(() => t.close());

  const list = async (input: unknown): Promise<Annotation[]> => {
    const r = await t.call('annotations.list', input, judge);
    if (!r.ok) throw new Error(r.error.message);
    return (r.value as { items: Annotation[] }).items;
  };

  it('round-trips texts with separators, JSON-looking text, floats, ink, tags and a missing anchor', async () => {
    const tricky = 'a\u001fb\u001bc|d"e\\f\n𠀀😀 [1,2]';
    const full = newAnnotation(docs[0]!, {
      pageIndex: 3, kind: 'freetext', rects: [[10.25, 20.5, 300.125, 340.0625]], color: '#ff0000', opacity: 0.35,
      text: tricky, comment: `评论${tricky}`, tags: ['重点', 'x\u001fy', '"引号"'], layer: 'team',
      anchor: { quote: `引文${tricky}`, prefix: '\u001f前', suffix: '后\u001f', offset: 77 },
    });
    const ink = newAnnotation(docs[1]!, { kind: 'ink', rects: [], ink: [[[1.5, 2.5, 0.25], [3, 4, 1]]], tags: [], comment: '', anchor: null });
    const r = await t.call('annotations.save', { changes: [{ op: 'upsert', annotation: full }, { op: 'upsert', annotation: ink }] }, judge);
    expect(r.ok).toBe(true);

    for (const scope of [{ caseId: t.court.caseIds[0] }, { documentId: docs[0] }, { documentId: docs[1] }]) {
      const items = await list(scope);
      expect(z.array(AnnotationSchema).safeParse(items).success).toBe(true);
      for (const item of items) {
        const sent = item.id === full.id ? full : ink;
        const { baseVersion: _, ...fields } = sent;
        expect(item).toEqual({
          ...fields, color: String(sent.color).toUpperCase(), opacity: sent.opacity ?? 1, text: sent.text ?? '', comment: sent.comment ?? '', ink: sent.ink ?? [],
          authorId: expect.any(String), authorName: '测试judge', createdAt: expect.any(String), updatedAt: expect.any(String), version: 1,
        });
      }
    }
    expect((await list({ caseId: t.court.caseIds[0] })).map((a) => a.id)).toEqual([full.id, ink.id]);
  });

  it('gives the time of the last change apart from the time of creation, each annotation its own author', async () => {
    const mine = newAnnotation(docs[0]!, { comment: '初稿' });
    expect((await t.call('annotations.save', { changes: [{ op: 'upsert', annotation: mine }] }, judge)).ok).toBe(true);
    clock = new Date('2026-03-02T08:05:00.000Z');
    const edit = await t.call('annotations.save', { changes: [{ op: 'upsert', annotation: { ...mine, comment: '改过', baseVersion: 1 } }] }, judge);
    expect(edit).toMatchObject({ ok: true });
    const clerk = await t.login('clerk');
    const theirs = newAnnotation(docs[0]!, { layer: 'team', color: '#00AA00' });
    expect((await t.call('annotations.save', { changes: [{ op: 'upsert', annotation: theirs }] }, clerk)).ok).toBe(true);

    const items = await list({ documentId: docs[0] });
    expect(items.find((a) => a.id === mine.id)).toMatchObject({
      comment: '改过', version: 2, createdAt: '2026-03-02T08:00:00.000Z', updatedAt: '2026-03-02T08:05:00.000Z', authorName: '测试judge',
    });
    expect(items.find((a) => a.id === theirs.id)).toMatchObject({
      color: '#00AA00', layer: 'team', createdAt: '2026-03-02T08:05:00.000Z', updatedAt: '2026-03-02T08:05:00.000Z', authorName: '测试clerk',
    });
  });
});
