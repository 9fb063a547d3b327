import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../src-shared/contract/contract';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { runWrite } from '../../../src-main/write/runWrite';
import { addDocuments } from '../../helpers/annotationFixture';
import { createTestApp, type TestApp } from '../../helpers/testApp';

describe('documents.findText (the reader\'s find bar)', () => {
  let t: TestApp;
  let judge: string;
  let caseId: string;
  let docs: string[];
  beforeAll(async () => {
    t = createTestApp();
    judge = await t.login('judge');
    caseId = t.court.caseIds[0]!;
    docs = addDocuments(t.app, caseId, [{ pages: 2 }, { pages: 1 }, { volume: 'internal', pages: 1 }]);
    const texts: [string, number, string][] = [
      [docs[1]!, 0, '被告辩称借款已归还。借\n款利息另计。'],
      [docs[0]!, 0, '原告诉称：被告向原告借款 10 万元，借款到期未还。'],
      [docs[0]!, 1, '此页没有那个词。'],
      [docs[2]!, 0, '合议庭认为借款事实清楚。'],
    ];
    runWrite(t.app.db, { actor: { userId: null, userName: 'fixture', role: 'admin', via: 'test' }, call: 'test.pages', caseId, now: t.app.now() }, (tx) => {
      for (const [documentId, pageIndex, text] of texts) {
        tx.insert('page', uuidv7(), { document_id: documentId, page_index: pageIndex, text, text_source: 'pdf', width: 595, height: 842 });
      }
    });
  });
  afterAll(() => t.close());

  const find = async (input: Record<string, unknown>) => {
    const r = await t.call('documents.findText', { caseId, volume: 'main', ...input }, judge);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as CallOutput<'documents.findText'>;
  };

  it('counts occurrences per page in catalogue order, across a line end and stray spaces', async () => {
    const r = await find({ query: '借款' });
    expect(r.pages.map((p) => [p.documentId, p.pageIndex, p.count])).toEqual([[docs[0], 0, 2], [docs[1], 0, 2]]);
    expect(r.total).toBe(4);
    expect((await find({ query: '借 款' })).total).toBe(4);
  });

  it('limits to one document or the 副卷 when asked', async () => {
    expect((await find({ query: '借款', documentId: docs[1] })).pages.map((p) => p.documentId)).toEqual([docs[1]]);
    expect((await find({ query: '借款', volume: 'internal' })).pages.map((p) => [p.documentId, p.count])).toEqual([[docs[2], 1]]);
    expect((await find({ query: '判决' })).total).toBe(0);
  });

  it('refuses an empty query and unknown cases or documents', async () => {
    expect(await t.call('documents.findText', { caseId, volume: 'main', query: '  ' }, judge)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.call('documents.findText', { caseId: uuidv7(), volume: 'main', query: '借款' }, judge)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // A document of the other volume is not in this one.
    expect(await t.call('documents.findText', { caseId, volume: 'main', documentId: docs[2], query: '借款' }, judge)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
