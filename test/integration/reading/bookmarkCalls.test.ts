import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BookmarkSchema } from '../../../src-shared/contract/calls/bookmarkCalls';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { addDocuments } from '../../helpers/annotationFixture';
import { createTestApp, type TestApp } from '../../helpers/testApp';

type Item = z.infer<typeof BookmarkSchema>;

describe('bookmarks.save and bookmarks.list', () => {
  let t: TestApp;
  let judge: string;
  let clerk: string;
  let first: string;
  let second: string;
  let internal: string;
  let caseId: string;
  beforeAll(async () => {
    t = createTestApp();
    judge = await t.login('judge');
    clerk = await t.login('clerk');
    caseId = t.court.caseIds[0]!;
    [first, second, internal] = addDocuments(t.app, caseId, [{ pages: 3 }, { pages: 5 }, { volume: 'internal', pages: 2 }]) as [string, string, string];
  });
  afterAll(() => t.close());

  const save = (change: unknown, session: string) => t.call('bookmarks.save', { change }, session);
  const list = async (session: string): Promise<Item[]> => {
    const r = await t.call('bookmarks.list', { caseId }, session);
    if (!r.ok) throw new Error(r.error.message);
    const items = (r.value as { items: Item[] }).items;
    expect(z.array(BookmarkSchema).safeParse(items).success).toBe(true);
    return items;
  };
  const add = (documentId: string, pageIndex: number, title: string, session = judge) =>
    save({ op: 'add', id: uuidv7(), documentId, pageIndex, title }, session);
  const count = (sql: string) => (t.app.db.prepare(sql).get() as { n: number }).n;

  it('adds bookmarks through the write path and lists them in dossier order (正卷 then 副卷, page order)', async () => {
    const audit = count('SELECT count(*) AS n FROM audit_log');
    for (const [doc, page, title] of [[internal, 1, '审理报告结论'], [second, 4, '证据清单'], [first, 2, '诉讼请求'], [second, 0, '答辩要点']] as const) {
      expect((await add(doc, page, title)).ok).toBe(true);
    }
    expect(count('SELECT count(*) AS n FROM audit_log')).toBe(audit + 4);
    expect(count(`SELECT count(*) AS n FROM outbox WHERE call = 'bookmarks.save'`)).toBe(4);
    const items = await list(judge);
    expect(items.map((b) => [b.documentId, b.pageIndex, b.title])).toEqual([
      [first, 2, '诉讼请求'], [second, 0, '答辩要点'], [second, 4, '证据清单'], [internal, 1, '审理报告结论'],
    ]);
    expect(items.every((b) => b.version === 1)).toBe(true);
  });

  it('renames and deletes with the version read; a stale version is a CONFLICT', async () => {
    const b = (await list(judge)).find((x) => x.title === '诉讼请求')!;
    const renamed = await save({ op: 'rename', id: b.id, title: '  第一项诉讼请求 ', baseVersion: 1 }, judge);
    expect(renamed).toMatchObject({ ok: true, value: { item: { id: b.id, title: '第一项诉讼请求', version: 2 } } });
    expect(await save({ op: 'rename', id: b.id, title: '又改', baseVersion: 1 }, judge)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await save({ op: 'delete', id: b.id, baseVersion: 1 }, judge)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await save({ op: 'delete', id: b.id, baseVersion: 2 }, judge)).toMatchObject({ ok: true, value: { item: null } });
    expect((await list(judge)).map((x) => x.id)).not.toContain(b.id);
    expect(t.app.db.prepare('SELECT 1 FROM bookmarks WHERE id = ?').get(b.id)).toBeUndefined();
  });

  it('only the owner sees, renames or deletes a bookmark (others get NOT_FOUND and nothing changes)', async () => {
    expect(await list(clerk)).toEqual([]);
    const judges = await list(judge);
    const target = judges[0]!;
    const before = t.fingerprint();
    expect(await save({ op: 'rename', id: target.id, title: '书记员改的', baseVersion: target.version }, clerk)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await save({ op: 'delete', id: target.id, baseVersion: target.version }, clerk)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(t.fingerprint()).toEqual(before);
    // The clerk may mark the same page: bookmarks are per user.
    expect((await add(target.documentId, target.pageIndex, '我的书签', clerk)).ok).toBe(true);
    expect((await list(clerk)).map((b) => b.title)).toEqual(['我的书签']);
    expect((await list(judge)).map((b) => b.id)).toEqual(judges.map((b) => b.id));
  });

  it('refuses bad input with a clear Chinese message and writes nothing', async () => {
    const before = t.fingerprint();
    const cases: [unknown, string, RegExp][] = [
      [{ op: 'add', id: uuidv7(), documentId: first, pageIndex: 3, title: '越界' }, 'VALIDATION', /页码超出材料页数（共 3 页）/],
      [{ op: 'add', id: uuidv7(), documentId: first, pageIndex: 0, title: '   ' }, 'VALIDATION', /书签名称不能为空/],
      [{ op: 'add', id: uuidv7(), documentId: first, pageIndex: 0, title: '长'.repeat(101) }, 'VALIDATION', /最长 100 个字/],
      [{ op: 'add', id: uuidv7(), documentId: first, pageIndex: -1, title: '负页' }, 'VALIDATION', /./],
      [{ op: 'add', id: uuidv7(), documentId: uuidv7(), pageIndex: 0, title: '无此材料' }, 'NOT_FOUND', /材料不存在/],
      [{ op: 'add', id: uuidv7(), documentId: second, pageIndex: 0, title: '重复' }, 'VALIDATION', /本页已有书签/],
      [{ op: 'rename', id: uuidv7(), title: '无此书签', baseVersion: 1 }, 'NOT_FOUND', /书签不存在/],
      [{ op: 'move', id: uuidv7() }, 'VALIDATION', /./],
    ];
    for (const [change, code, message] of cases) {
      const r = await save(change, judge);
      expect(r, JSON.stringify(change)).toMatchObject({ ok: false, error: { code } });
      if (!r.ok) expect(r.error.message).toMatch(message);
    }
    expect(await t.call('bookmarks.list', { caseId: uuidv7() }, judge)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(t.fingerprint()).toEqual(before);
  });
});
