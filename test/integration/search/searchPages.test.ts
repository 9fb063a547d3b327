import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../src-shared/contract/contract';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { runWrite } from '../../../src-main/write/runWrite';
import { searchPages } from '../../../src-main/domains/search/searchQueries';
import { createTestApp, type TestApp } from '../../helpers/testApp';

type Output = CallOutput<'search.pages'>;
type Hit = Output['hits'][number];

/**
 * A small court (createTestApp: three cases, a user per role) with documents and pages written through the
 * real write path, searched through the real dispatcher as a logged-in judge.
 */
let t: TestApp;
let session: string;
const docs: Record<string, string> = {};
const pageIds: Record<string, string> = {};

function addDocument(key: string, caseId: string, title: string, pages: string[], volume: 'main' | 'internal' = 'main', category = '起诉状'): void {
  const actor = { userId: null, userName: 'test-fixture', role: 'admin', via: 'test' };
  runWrite(t.app.db, { actor, call: 'test.addDocument', caseId, now: new Date() }, (tx) => {
    const sha = `${key}`.padEnd(64, '0');
    tx.insert('blob', sha, { size_bytes: 1, media_type: 'application/pdf', created_at: new Date().toISOString() });
    const id = uuidv7();
    docs[key] = id;
    tx.insert('document', id, {
      case_id: caseId, title, category, volume, blob_sha256: sha, page_count: pages.length, size_bytes: 1,
      position: Object.keys(docs).length, created_at: new Date().toISOString(),
    });
    pages.forEach((text, i) => {
      const pageId = uuidv7();
      pageIds[`${key}/${i}`] = pageId;
      tx.insert('page', pageId, { document_id: id, page_index: i, text, text_source: 'pdf', width: 595, height: 842 });
    });
  });
}

async function search(query: string, extra: Record<string, unknown> = {}): Promise<Output> {
  const r = await t.call('search.pages', { query, ...extra }, session);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as Output;
}
/** The hits as "document key/page index", sorted. */
const where = (out: Output): string[] =>
  out.hits.map((h) => `${Object.keys(docs).find((k) => docs[k] === h.documentId)}/${h.pageIndex}`).sort();
const marked = (h: Hit) => h.snippet.map((s) => (s.hit ? `【${s.text}】` : s.text)).join('');

beforeAll(async () => {
  t = createTestApp();
  session = await t.login('judge');
  const [k1, k2, k3] = t.court.caseIds as [string, string, string];
  addDocument('complaint', k1, '民事起诉状', [
    '原告张三诉被告李四民间借贷纠纷一案。案号（2026）苏0199民初12号。',
    '被告李四于2025年3月向原告借款人民币50,000元，约定利息按年利率6%计算。身份证号320105199001011234。',
  ]);
  addDocument('evidence', k1, '证据材料', ['借条一份：今借到张三现金５万元整。Contract No. ABC-2026。'], 'main', '证据材料');
  addDocument('report', k1, '审理报告', ['合议庭评议认为，借款事实清楚。'], 'internal', '审理报告');
  addDocument('sale', k2, '民事起诉状', [
    '原告王五与被告赵六买卖合同纠纷，货款120000元，案号（2026）苏0199民初123号。',
    '借贷双方，张某与李某。联系电话13912345678。',
  ]);
  addDocument('labour', k3, '仲裁裁决书', ['劳动争议：申请人孙七，被申请人某科技有限公司，身份证号32010519851231567X。']);
});
afterAll(() => t.close());

describe('search.pages', () => {
  it('finds a single Chinese character on exactly the pages that have it', async () => {
    expect(where(await search('贷'))).toEqual(['complaint/0', 'sale/1']);
    expect(where(await search('孙'))).toEqual(['labour/0']);
  });

  it('finds two characters only where they are adjacent', async () => {
    expect(where(await search('借贷'))).toEqual(['complaint/0', 'sale/1']);
    // 张 and 李 are both on complaint/0 and sale/1, never side by side; 借 and 利 both on complaint/1, apart.
    expect(where(await search('张'))).toEqual(['complaint/0', 'evidence/0', 'sale/1']);
    expect(where(await search('张李'))).toEqual([]);
    expect(where(await search('借利'))).toEqual([]);
    expect(where(await search('借款'))).toEqual(['complaint/1', 'report/0']);
  });

  it('finds phrases of three and four characters', async () => {
    expect(where(await search('民间借贷'))).toEqual(['complaint/0']);
    expect(where(await search('买卖合同'))).toEqual(['sale/0']);
    expect(where(await search('合议庭'))).toEqual(['report/0']);
    expect(where(await search('借贷纠'))).toEqual(['complaint/0']);
    expect(where(await search('民借贷'))).toEqual([]);
  });

  it('finds case numbers whole and in part, with or without brackets', async () => {
    expect(where(await search('（2026）苏0199民初12号'))).toEqual(['complaint/0']);
    expect(where(await search('(2026)苏0199民初12号'))).toEqual(['complaint/0']);
    expect(where(await search('民初12号'))).toEqual(['complaint/0']);
    expect(where(await search('民初12'))).toEqual(['complaint/0', 'sale/0']); // 民初12 is also the start of 民初123
    expect(where(await search('民初123'))).toEqual(['sale/0']);
  });

  it('finds ID numbers whole, by their start and by their end, with X in either case', async () => {
    expect(where(await search('320105199001011234'))).toEqual(['complaint/1']);
    expect(where(await search('320105'))).toEqual(['complaint/1', 'labour/0']);
    expect(where(await search('011234'))).toEqual(['complaint/1']);
    expect(where(await search('1231567x'))).toEqual(['labour/0']);
    expect(where(await search('567X'))).toEqual(['labour/0']);
    expect(where(await search('5678'))).toEqual(['sale/1']); // the end of a phone number
  });

  it('finds amounts however they are written: thousands separators, full-width digits, 万', async () => {
    expect(where(await search('50000'))).toEqual(['complaint/1']);
    expect(where(await search('50000元'))).toEqual(['complaint/1']);
    expect(where(await search('５万'))).toEqual(['evidence/0']);
    expect(where(await search('5万元'))).toEqual(['evidence/0']);
    expect(where(await search('１２００００'))).toEqual(['sale/0']);
  });

  it('matches Latin letters whatever their case or width, by prefix', async () => {
    expect(where(await search('abc'))).toEqual(['evidence/0']);
    expect(where(await search('ＣＯＮＴＲ'))).toEqual(['evidence/0']);
    expect(where(await search('contract abc-2026'))).toEqual(['evidence/0']);
  });

  it('needs every term (AND) and ignores punctuation', async () => {
    expect(where(await search('借款 利息'))).toEqual(['complaint/1']);
    expect(where(await search('借款，合议庭！'))).toEqual(['report/0']);
    expect(where(await search('借款 龘'))).toEqual([]);
  });

  it('searches one case when asked, and says so when the case does not exist', async () => {
    const [k1, k2] = t.court.caseIds as [string, string];
    expect(where(await search('借贷', { caseId: k1 }))).toEqual(['complaint/0']);
    expect(where(await search('借贷', { caseId: k2 }))).toEqual(['sale/1']);
    const r = await t.call('search.pages', { query: '借贷', caseId: '01900000-0000-7000-8000-000000000000' }, session);
    expect(r.ok ? null : r.error.code).toBe('NOT_FOUND');
  });

  it('returns the case, the document and the page of each hit, and counts every matching page', async () => {
    const out = await search('借');
    expect(out.total).toBe(5);
    const hit = out.hits.find((h) => h.documentId === docs.evidence)!;
    expect(hit).toMatchObject({ caseId: t.court.caseIds[0], caseNumber: '（2026）苏0198民初1号', documentTitle: '证据材料', category: '证据材料', pageIndex: 0 });
    // Continuous numbering of the main volume: the complaint's two pages are 1–2, the evidence page is 3.
    expect(hit.volumePage).toBe(3);
    expect(out.hits.find((h) => h.documentId === docs.complaint && h.pageIndex === 1)!.volumePage).toBe(2);
    const page = await search('借', { limit: 2, offset: 4 });
    expect(page.total).toBe(5);
    expect(page.hits).toHaveLength(1);
  });

  it('ranks the page where the words come up most first across cases, and lists one case in dossier order', async () => {
    const [k1, k2] = t.court.caseIds as [string, string];
    addDocument('rank', k2, '庭审笔录', ['利息利息利息，利息的计算。', '本页只提到一次利息，还有很多别的话。'.repeat(3)], 'main', '庭审笔录');
    const ranked = await search('利息');
    expect(ranked.hits.map((h) => `${h.documentId === docs.rank ? 'rank' : 'other'}/${h.pageIndex}`)[0]).toBe('rank/0');
    // Added last but catalogued first in the main volume: it comes first.
    addDocument('early', k1, '立案通知书', ['关于利息的告知。'], 'main', '立案通知书');
    const actor = { userId: null, userName: 'test-fixture', role: 'admin', via: 'test' };
    runWrite(t.app.db, { actor, call: 'test.reorder', caseId: k1, now: new Date() }, (tx) => tx.update('document', docs.early!, { position: 0 }));
    const inCase = await search('利息', { caseId: k1 });
    expect(inCase.hits.map((h) => `${Object.keys(docs).find((k) => docs[k] === h.documentId)}/${h.pageIndex}`)).toEqual(['early/0', 'complaint/1']);
  });

  it('puts the newer case first among pages of equal relevance, on every page of results', async () => {
    const [k1, , k3] = t.court.caseIds as [string, string, string];
    // Added in the other order, so the order of adding does not explain the result.
    for (const [key, caseId] of [['boilerNew', k3], ['boilerOld', k1]] as const) {
      addDocument(key, caseId, '诉讼风险提示书', ['诉讼风险提示：当事人应当如实陈述案件事实。'], 'main', '诉讼风险提示书');
    }
    const both = await search('如实陈述');
    expect(both.hits.map((h) => h.documentId)).toEqual([docs.boilerNew, docs.boilerOld]);
    expect((await search('如实陈述', { limit: 1, offset: 1 })).hits.map((h) => h.documentId)).toEqual([docs.boilerOld]);
  });

  it('gives snippets as text segments with every term marked, and never HTML', async () => {
    const out = await search('借款 利息');
    expect(out.hits).toHaveLength(1);
    const h = out.hits[0]!;
    expect(h.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['借款', '利息']);
    expect(marked(h)).toBe('被告李四于2025年3月向原告【借款】人民币50,000元，约定【利息】按年利率6%计算。身份证号320105199001011234。');
    for (const s of h.snippet) expect(Object.keys(s).sort()).toEqual(['hit', 'text']);
    expect(JSON.stringify(out)).not.toMatch(/<mark|<b>|<em|&lt;/);
    expect(marked((await search('5万')).hits[0]!)).toContain('【５万】');
  });

  it('cuts the snippet of a long page around the hit, also when the hit runs over a line end', async () => {
    const [, k2] = t.court.caseIds as [string, string];
    addDocument('long', k2, '庭审笔录', ['甲'.repeat(500) + '仲裁时效' + '乙'.repeat(500), '丙'.repeat(300) + '诉讼\n时效' + '丁'.repeat(300)], 'main', '庭审笔录');
    const [first] = (await search('仲裁时效')).hits;
    expect(first!.snippet).toEqual([{ text: '…' + '甲'.repeat(20), hit: false }, { text: '仲裁时效', hit: true }, { text: '乙'.repeat(48) + '…', hit: false }]);
    const [second] = (await search('诉讼时效')).hits;
    // The line end inside the hit is layout: not shown (it takes one character of the window's width).
    expect(second!.snippet).toEqual([{ text: '…' + '丙'.repeat(20), hit: false }, { text: '诉讼时效', hit: true }, { text: '丁'.repeat(47) + '…', hit: false }]);
  });

  it('cuts the snippet around a number or 案号 too, and never around a number inside a longer one', async () => {
    const [, , k3] = t.court.caseIds as [string, string, string];
    addDocument('numbers', k3, '送达回证', ['戊'.repeat(400) + '编号12026年度' + '己'.repeat(400) + '（2026）苏0199民初77号，2026年' + '庚'.repeat(400)], 'main', '送达回证');
    const [caseNo] = (await search('民初77')).hits;
    expect(marked(caseNo!)).toMatch(/^…己{5,}（2026）苏0199【民初77】号，2026年庚{20,}…$/);
    const year = (await search('2026年')).hits.find((h) => h.documentId === docs.numbers);
    // The first literal "2026年" sits inside 12026年, which is not a match: the snippet shows the real one.
    expect(marked(year!)).toContain('，【2026年】');
    expect(marked(year!)).not.toContain('1【2026年】');
  });

  it('refuses an empty or punctuation-only query with a Chinese message', async () => {
    for (const query of ['', '   ', '，。！？', '—— 《》 ……']) {
      const r = await t.call('search.pages', { query }, session);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('shows the internal volume (副卷) to court staff, every role alike', async () => {
    for (const role of ['judge', 'assistant', 'clerk', 'center', 'supervisor', 'admin']) {
      const s = await t.login(role);
      const r = await t.call('search.pages', { query: '合议庭' }, s);
      expect(r.ok && (r.value as Output).total, role).toBe(1);
    }
  });

  it('leaves out the volumes a role may not see, in the count as in the hits (for when the rule tightens)', () => {
    const base = { query: '借款', limit: 50, offset: 0 };
    expect(searchPages(t.app.db, { ...base, volumes: ['main', 'internal'] }).total).toBe(2);
    const mainOnly = searchPages(t.app.db, { ...base, volumes: ['main'] });
    expect(mainOnly.total).toBe(1);
    expect(mainOnly.hits.map((h) => h.documentId)).toEqual([docs.complaint]);
    expect(searchPages(t.app.db, { ...base, volumes: [] })).toEqual({ total: 0, hits: [] });
  });

  it('follows edits, deletions and moves of pages and documents at once', async () => {
    const actor = { userId: null, userName: 'test-fixture', role: 'admin', via: 'test' };
    const [k1, , k3] = t.court.caseIds as [string, string, string];
    runWrite(t.app.db, { actor, call: 'test.edit', caseId: k3, now: new Date() }, (tx) => {
      tx.update('page', pageIds['labour/0']!, { text: '劳动争议：仲裁裁决已更正为调解结案。' });
    });
    expect(where(await search('孙'))).toEqual([]);
    expect(where(await search('调解结案'))).toEqual(['labour/0']);
    runWrite(t.app.db, { actor, call: 'test.remove', caseId: k3, now: new Date() }, (tx) => tx.remove('page', pageIds['labour/0']!));
    expect(where(await search('调解结案'))).toEqual([]);
    // A document moved to another case is found in that case only.
    runWrite(t.app.db, { actor, call: 'test.move', caseId: k1, now: new Date() }, (tx) => tx.update('document', docs.evidence!, { case_id: k3 }));
    expect(where(await search('借条', { caseId: k1 }))).toEqual([]);
    expect(where(await search('借条', { caseId: k3 }))).toEqual(['evidence/0']);
  });

  it('shows the volume page as the catalogue stands now, after a reorder here or a change by another process', async () => {
    const [, k2] = t.court.caseIds as [string, string];
    addDocument('first', k2, '民事起诉状', ['本页讲述买卖合同的订立经过。'], 'main', '起诉状');
    addDocument('second', k2, '证据材料', ['送货单载明的签收人为赵六。'], 'main', '证据材料');
    const volumePage = async () => (await search('签收人', { caseId: k2 })).hits[0]!.volumePage;
    const before = (await volumePage())!;
    const actor = { userId: null, userName: 'test-fixture', role: 'admin', via: 'test' };
    runWrite(t.app.db, { actor, call: 'test.reorder', caseId: k2, now: new Date() }, (tx) => tx.update('document', docs.second!, { position: -1 }));
    expect(await volumePage()).toBe(1);
    // Another connection (the CLI, a second process) puts it back after the 起诉状: seen at once too.
    const other = new BetterSqlite3(join(t.dir, 'court-desk.sqlite'));
    try {
      other.prepare('UPDATE documents SET position = 1000 WHERE id = ?').run(docs.second!);
    } finally {
      other.close();
    }
    expect(await volumePage()).toBeGreaterThan(1);
    expect(before).toBeGreaterThan(1);
  });
});
