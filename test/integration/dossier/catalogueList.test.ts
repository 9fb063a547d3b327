import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { volumePageNumbers, volumePageOf } from '../../../src-main/domains/dossier/volumeNumbering';
import { classifyDocument, type CategoryCorrection } from '../../../src-shared/catalogue/classifyDocument';
import type { DossierDocument } from '../../../src-shared/contract/calls/documentCalls';
import { addDocument, openDemoDossier, type DemoDossier } from './dossierFixture';

type Items = { items: DossierDocument[] };

/** Continuous numbers per volume over numbered documents; null for the unnumbered ones. */
function expectContinuous(items: DossierDocument[]): void {
  for (const volume of ['main', 'internal'] as const) {
    let next = 1;
    for (const d of items.filter((x) => x.volume === volume)) {
      if (d.firstPage === null) continue;
      expect(d.firstPage, d.title).toBe(next);
      next += d.pageCount;
    }
  }
}

describe('catalogue: documents.list, setCategory, reorder, categories', () => {
  let t: DemoDossier;
  let caseId: string;
  const list = () => t.call<Items>('documents.list', { caseId }).then((r) => r.items);

  beforeAll(async () => {
    t = await openDemoDossier();
    // A 民初 case past the hearing: the demo filed 起诉状, 答辩状, 证据材料 and 庭审笔录 in its 正卷.
    caseId = (t.app.db.prepare(`SELECT id FROM cases WHERE case_type = '民初' AND stage = 'closed' ORDER BY case_number LIMIT 1`).get() as { id: string }).id;
  }, 120_000);
  afterAll(() => t?.close());

  it('lists the demo dossier in catalogue order with continuous page numbers', async () => {
    const items = await list();
    expect(items.map((d) => d.category)).toEqual(['起诉状', '答辩状', '证据材料', '庭审笔录']);
    expect(items.every((d) => d.volume === 'main')).toBe(true);
    expect(items[0]!.firstPage).toBe(1);
    expectContinuous(items);
  });

  it('places new documents in catalogue order, numbers each volume on its own and leaves unnumbered items out', async () => {
    await addDocument(t.app, caseId, { title: '受理案件通知书', category: '立案通知书及诉讼费材料', pages: ['演示县人民法院 受理案件通知书'] });
    await addDocument(t.app, caseId, { title: '民事判决书', category: '判决书及裁定书', pages: ['民事判决书', '本院认为', '判决如下'] });
    await addDocument(t.app, caseId, { title: '审理报告', category: '审理报告', pages: ['审理报告', '处理意见'] });
    await addDocument(t.app, caseId, { title: '卷底', category: '卷底', pages: ['卷底'] });
    await addDocument(t.app, caseId, { title: '阅卷笔录', category: '阅卷笔录', pages: ['阅卷笔录'] });
    const items = await list();
    expect(items.map((d) => d.category)).toEqual(['起诉状', '立案通知书及诉讼费材料', '答辩状', '证据材料', '庭审笔录', '判决书及裁定书', '卷底', '阅卷笔录', '审理报告']);
    expectContinuous(items);
    const byTitle = (title: string) => items.find((d) => d.title === title)!;
    expect(byTitle('卷底').firstPage).toBeNull();
    expect(byTitle('阅卷笔录').firstPage).toBe(1);
    expect(byTitle('审理报告').firstPage).toBe(2);
    const mainPages = items.filter((d) => d.volume === 'main' && d.firstPage !== null).reduce((n, d) => n + d.pageCount, 0);
    expect(byTitle('民事判决书').firstPage).toBe(mainPages - 2);

    // The helper search uses gives the same numbers.
    const numbers = volumePageNumbers(t.app.db, caseId, 'main');
    for (const d of items.filter((x) => x.volume === 'main')) expect(numbers.get(d.id)?.firstPage ?? null, d.title).toBe(d.firstPage);
    expect(volumePageOf(numbers.get(byTitle('民事判决书').id), 2)).toBe(mainPages);
    expect(volumePageOf(numbers.get(byTitle('卷底').id), 0)).toBeNull();
    expect(volumePageNumbers(t.app.db, caseId, 'internal').has(byTitle('民事判决书').id)).toBe(false);
  });

  it('gives the categories of the case type in order', async () => {
    const { categories } = await t.call<{ categories: { name: string; volume: string; numbered: boolean }[] }>('dossier.categories', { caseId });
    expect(categories[0]).toEqual({ name: '封面', volume: 'main', numbered: false });
    expect(categories.map((c) => c.name)).toContain('庭审笔录');
    expect(categories.filter((c) => c.volume === 'internal').map((c) => c.name)).toContain('审理报告');
    const criminal = (t.app.db.prepare(`SELECT id FROM cases WHERE case_type = '刑初' LIMIT 1`).get() as { id: string }).id;
    const other = await t.call<{ categories: { name: string }[] }>('dossier.categories', { caseId: criminal });
    expect(other.categories.map((c) => c.name)).toContain('起诉书');
  });

  it('setCategory: a person’s choice is kept, remembered for the title, and moves the document into order', async () => {
    const id = await addDocument(t.app, caseId, { title: '情况说明（证人王某）.pdf', category: '证据材料', pages: ['情况说明 本人王某于……'] });
    const before = (await list()).find((d) => d.id === id)!;
    const after = await t.call<DossierDocument>('documents.setCategory', { id, category: '调查笔录及调查取证材料', baseVersion: before.version });
    expect(after).toMatchObject({ category: '调查笔录及调查取证材料', categorySource: 'user', confidence: null, volume: 'main', version: before.version + 1 });
    const items = await list();
    const i = items.findIndex((d) => d.id === id);
    expect(items[i - 1]!.category).toBe('证据材料');
    expect(items[i + 1]!.category).toBe('庭审笔录');
    expectContinuous(items);

    // The correction is stored and wins for the next document with that title.
    const corrections = (t.app.db.prepare('SELECT title_key AS titleKey, category, volume FROM category_corrections ORDER BY created_at DESC').all() as CategoryCorrection[]);
    expect(corrections).toEqual([{ titleKey: '情况说明证人王某', category: '调查笔录及调查取证材料', volume: 'main' }]);
    expect(classifyDocument({ title: '情况说明(证人王某).jpg', firstPageText: '证据', caseType: '民初' }, corrections)).toEqual({ category: '调查笔录及调查取证材料', volume: 'main', confidence: 1 });

    // A 副卷 category moves the document to the 副卷, in order, with the 副卷's numbers; the title may change too.
    const moved = await t.call<DossierDocument>('documents.setCategory', { id, category: '内部请示及批复', title: '关于证人王某证言的请示', baseVersion: after.version });
    expect(moved).toMatchObject({ volume: 'internal', category: '内部请示及批复', title: '关于证人王某证言的请示' });
    const internal = (await list()).filter((d) => d.volume === 'internal');
    expect(internal.map((d) => d.category)).toEqual(['阅卷笔录', '审理报告', '内部请示及批复']);
    expect(moved.firstPage).toBe(4);
    // The newest choice for the title is the one remembered.
    expect(t.app.db.prepare('SELECT category, volume FROM category_corrections').all()).toEqual([{ category: '内部请示及批复', volume: 'internal' }]);
  });

  it('setCategory refuses an unknown category in Chinese and a stale version with CONFLICT, changing nothing', async () => {
    const doc = (await list())[0]!;
    const rows = () => JSON.stringify(t.app.db.prepare('SELECT * FROM documents ORDER BY id').all()) + JSON.stringify(t.app.db.prepare('SELECT * FROM category_corrections').all());
    const snapshot = rows();
    const unknown = await t.attempt('documents.setCategory', { id: doc.id, category: '杂项', baseVersion: doc.version });
    expect(unknown.error?.code).toBe('VALIDATION');
    expect(unknown.error?.message).toMatch(/「杂项」不是民初案件卷宗目录中的类别/);
    const stale = await t.attempt('documents.setCategory', { id: doc.id, category: '答辩状', baseVersion: doc.version + 1 });
    expect(stale.error?.code).toBe('CONFLICT');
    const missing = await t.attempt('documents.setCategory', { id: '01900000-0000-7000-8000-000000000000', category: '答辩状', baseVersion: 1 });
    expect(missing.error?.code).toBe('NOT_FOUND');
    expect(rows()).toBe(snapshot);
  });

  it('reorder rewrites positions through the write path and refuses anything but the whole volume', async () => {
    const main = (await list()).filter((d) => d.volume === 'main');
    const ids = main.map((d) => d.id);
    const swapped = [ids[1]!, ids[0]!, ...ids.slice(2)];
    const audit = () => (t.app.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE call = 'documents.reorder'`).get() as { n: number }).n;
    const { items } = await t.call<Items>('documents.reorder', { caseId, volume: 'main', orderedIds: swapped });
    expect(items.filter((d) => d.volume === 'main').map((d) => d.id)).toEqual(swapped);
    expectContinuous(items);
    expect(audit()).toBe(1);
    const check = await t.call<{ items: { kind: string; documentId: string | null }[] }>('dossier.check', { caseId });
    expect(check.items.filter((i) => i.kind === 'out_of_order').map((i) => i.documentId)).toEqual([ids[0]]);

    const refusals = [
      ids.slice(1), // one missing
      [...ids, ids[0]!], // a duplicate
      [...ids.slice(1), (await list()).find((d) => d.volume === 'internal')!.id], // one of the other volume
    ];
    for (const orderedIds of refusals) {
      const r = await t.attempt('documents.reorder', { caseId, volume: 'main', orderedIds });
      expect(r.error?.code).toBe('VALIDATION');
      expect(r.error?.message).toMatch(/排序必须恰好包含本案正卷的全部材料/);
    }
    // Putting it back restores catalogue order.
    await t.call<Items>('documents.reorder', { caseId, volume: 'main', orderedIds: ids });
    const again = await t.call<{ items: { kind: string }[] }>('dossier.check', { caseId });
    expect(again.items.filter((i) => i.kind === 'out_of_order')).toEqual([]);
    expect(audit()).toBe(2);
  });
});
