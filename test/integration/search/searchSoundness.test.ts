import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src-main/db/openDatabase';
import { findHits } from '../../../src-shared/search/searchSnippet';
import { matchExpression, parseQuery } from '../../../src-shared/search/searchTokens';
import { scanUnits } from '../../../src-shared/search/searchUnits';
import { Rng } from '../../../src-main/domains/demo/demoPeople';

/**
 * The index (FTS5 over searchTokens) and the highlighter (findHits over the page's units) must agree: a page
 * is found exactly when every term of the query has a hit in its text. Checked on random text made of the
 * awkward parts: Chinese, 〇, digits, thousands separators, full-width forms, Latin in both cases, X at the
 * end of numbers, punctuation, spaces and line ends.
 */
const PIECES = ['借', '款', '合', '同', '民', '初', '号', '的', '〇', '万', '0', '1', '2', '5', '9', '１', '２', 'a', 'B', 'x', 'X', 'Ａ',
  ',', '，', '。', '：', '（', '）', '-', '.', ' ', '\n', '50,000', '320105199001011234', '12345678901', '民初12号', '借款合同'];

let dir: string;
let db: Database;
const texts: string[] = [];
const rng = new Rng(7);

function randomText(max: number): string {
  let s = '';
  const n = rng.int(0, max);
  for (let i = 0; i < n; i++) s += rng.pick(PIECES);
  return s;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'court-desk-search-'));
  db = openDatabase(join(dir, 'search.sqlite'));
  db.exec(`INSERT INTO courts (id, name, code) VALUES ('c', '测试法院', '苏0198');
    INSERT INTO cases (id, court_id, case_number, year, case_type, sequence, cause, procedure, stage, filed_on, created_at, updated_at)
    VALUES ('k', 'c', '（2026）苏0198民初1号', 2026, '民初', 1, '民间借贷纠纷', 'simplified', 'filing', '2026-01-01', 'x', 'x');
    INSERT INTO blobs (sha256, size_bytes, media_type, created_at) VALUES ('h', 1, 'application/pdf', 'x');
    INSERT INTO documents (id, case_id, title, category, blob_sha256, page_count, size_bytes, created_at) VALUES ('d', 'k', '材料', '证据材料', 'h', 400, 1, 'x');`);
  const add = db.prepare(`INSERT INTO pages (id, document_id, page_index, text, text_source, width, height) VALUES (?, 'd', ?, ?, 'pdf', 1, 1)`);
  for (let i = 0; i < 400; i++) {
    texts.push(randomText(40));
    add.run(`p${i}`, i, texts[i]);
  }
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function check(query: string): void {
  const terms = parseQuery(query);
  if (!terms.length) return;
  const found = (db.prepare(`SELECT rowid - 1 AS i FROM page_search WHERE page_search MATCH ? ORDER BY rowid`).pluck().all(matchExpression(terms)) as number[]);
  const expected = texts.flatMap((text, i) => {
    const units = scanUnits(text, { offsets: true });
    return terms.every((term) => findHits(units, [term]).length > 0) ? [i] : [];
  });
  expect(found, `query ${JSON.stringify(query)}`).toEqual(expected);
}

describe('search soundness', () => {
  it('finds exactly the pages the highlighter finds hits on, for pieces of the pages themselves', () => {
    for (let n = 0; n < 600; n++) {
      const text = texts[rng.int(0, texts.length - 1)]!;
      const from = rng.int(0, text.length);
      check(text.slice(from, from + rng.int(1, 8)));
    }
  });

  it('and for random queries', () => {
    for (let n = 0; n < 600; n++) check(randomText(6));
  });

  it('finds every page that holds a Chinese phrase literally (what LIKE would find) and more only across line ends', () => {
    for (const q of ['借款', '合同', '款合', '民初', '借款合同', '的', '〇万', '初号']) {
      const like = db.prepare(`SELECT rowid - 1 FROM pages WHERE text LIKE ? ORDER BY rowid`).pluck().all(`%${q}%`) as number[];
      const found = db.prepare(`SELECT rowid - 1 FROM page_search WHERE page_search MATCH ? ORDER BY rowid`).pluck().all(matchExpression(parseQuery(q))) as number[];
      expect(found, q).toEqual(expect.arrayContaining(like));
      for (const i of found.filter((x) => !like.includes(x))) expect(texts[i]!.replace(/\s/g, '')).toContain(q);
    }
  });
});
