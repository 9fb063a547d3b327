import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppContext } from '../../../src-main/app/appContext';
import { createDispatcher, type Dispatch } from '../../../src-main/services/dispatcher';
import type { Annotation } from '../../../src-shared/annotations/annotation';
import { reanchor } from '../../../src-shared/annotations/reanchor';
import { uuidv7 } from '../../../src-shared/util/uuidv7';

describe('an annotation anchored by its quote stays on its words when the volume is re-catalogued', () => {
  let dir: string;
  let app: AppContext;
  let dispatch: Dispatch;
  let judge: string;
  const call = async (name: string, input: unknown): Promise<unknown> => {
    const r = await dispatch({ name, input, sessionId: judge }, { via: 'test' });
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'court-desk-anchor-'));
    app = openApp(dir);
    dispatch = createDispatcher(app);
    const seeded = await dispatch({ name: 'demo.seed', input: {} }, { via: 'test' });
    expect(seeded.ok).toBe(true);
    const login = await dispatch({ name: 'auth.login', input: { userName: 'judge', password: 'demo-2026' } }, { via: 'test' });
    judge = (login as { value: { sessionId: string } }).value.sessionId;
  }, 120_000);
  afterAll(() => {
    app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('documents.reorder keeps document and page; reanchor finds the same place', async () => {
    // A main-volume document with some text, in a case with several main-volume documents.
    const target = app.db.prepare(`
      SELECT p.document_id, p.page_index, p.text, d.case_id FROM pages p JOIN documents d ON d.id = p.document_id
      WHERE d.volume = 'main' AND length(p.text) > 80
        AND (SELECT count(*) FROM documents x WHERE x.case_id = d.case_id AND x.volume = 'main') >= 3
      ORDER BY d.case_id, d.position LIMIT 1`).get() as { document_id: string; page_index: number; text: string; case_id: string };
    expect(target).toBeDefined();
    const offset = 40;
    const quote = target.text.slice(offset, offset + 12);
    const anchor = { quote, offset, prefix: target.text.slice(offset - 32, offset), suffix: target.text.slice(offset + 12, offset + 44) };
    const id = uuidv7();
    await call('annotations.save', {
      changes: [{ op: 'upsert', annotation: {
        id, documentId: target.document_id, pageIndex: target.page_index, kind: 'highlight', rects: [[72, 600, 400, 614]],
        color: '#FFD400', tags: ['重点'], comment: '关键事实', anchor, baseVersion: 0,
      } }],
    });

    const docs = (await call('documents.list', { caseId: target.case_id }) as { items: { id: string; volume: string }[] }).items;
    const mainIds = docs.filter((d) => d.volume === 'main').map((d) => d.id);
    const reversed = [...mainIds].reverse();
    const reordered = (await call('documents.reorder', { caseId: target.case_id, volume: 'main', orderedIds: reversed }) as { items: { id: string; volume: string }[] }).items;
    expect(reordered.filter((d) => d.volume === 'main').map((d) => d.id)).toEqual(reversed);

    const items = (await call('annotations.list', { caseId: target.case_id }) as { items: Annotation[] }).items;
    const back = items.find((a) => a.id === id)!;
    expect(back).toMatchObject({ documentId: target.document_id, pageIndex: target.page_index, anchor, comment: '关键事实', authorName: '王立明' });

    const pageCount = (app.db.prepare('SELECT page_count FROM documents WHERE id = ?').get(target.document_id) as { page_count: number }).page_count;
    const pages: string[] = [];
    for (let i = 0; i < pageCount; i++) pages.push((await call('documents.pageText', { id: target.document_id, pageIndex: i }) as { text: string }).text);
    expect(reanchor(back.anchor!, pages, back.pageIndex)).toEqual({ pageIndex: target.page_index, offset });

    // And a page inserted before it in the reader's page list: the same words, one page later.
    expect(reanchor(back.anchor!, ['插入的说明页', ...pages], back.pageIndex)).toEqual({ pageIndex: target.page_index + 1, offset });
  });
});
