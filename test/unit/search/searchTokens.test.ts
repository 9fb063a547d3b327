import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MAX_TERMS, caseToken, indexTokens, parseQuery, queryExpression, queryTerms, termExpression } from '../../../src-shared/search/searchTokens';
import { scanUnits } from '../../../src-shared/search/searchUnits';

const hex = (ch: string) => ch.codePointAt(0)!.toString(16).padStart(4, '0');
const u = (ch: string) => `u${hex(ch)}`;
const b = (pair: string) => `b${hex(pair[0]!)}${hex(pair[1]!)}`;
const t = (triple: string) => `t${[...triple].map(hex).join('')}`;
const units = (text: string, query = false) =>
  scanUnits(text, { spaceBreaks: query }).map((x) => `${x.breakBefore ? '|' : ''}${x.kind}:${x.text}`);

describe('search units', () => {
  it('reads Chinese characters one by one and Latin/digit runs as lower-case ASCII words', () => {
    expect(units('借款ABC１２３ｘ')).toEqual(['c:借', 'c:款', 'w:abc123x']);
    expect(units('二〇二六年')).toEqual(['c:二', 'c:〇', 'c:二', 'c:六', 'c:年']);
    expect(units('𠀀字')).toEqual(['c:𠀀', 'c:字']); // outside the BMP: one unit, not two halves
  });

  it('drops thousands separators inside numbers, and only there', () => {
    expect(units('50,000元')).toEqual(['w:50000', 'c:元']);
    expect(units('1，234，567.89')).toEqual(['w:1234567', '|w:89']);
    expect(units('第1,2项')).toEqual(['c:第', 'w:1', '|w:2', 'c:项']);
  });

  it('breaks at punctuation, not at spaces or line ends inside Chinese text; a space between words breaks', () => {
    expect(units('原告：张三，\n被告 李四')).toEqual(['c:原', 'c:告', '|c:张', 'c:三', '|c:被', 'c:告', 'c:李', 'c:四']);
    expect(units('50000 元')).toEqual(['w:50000', 'c:元']);
    expect(units('abc def')).toEqual(['w:abc', '|w:def']);
    expect(units('借款 合同', true)).toEqual(['c:借', 'c:款', '|c:合', 'c:同']);
  });

  it('can read just a range without cutting a word', () => {
    const text = '金额123456元整';
    expect(scanUnits(text, { from: 4, to: 6 }).map((x) => x.text)).toEqual(['123456']);
  });
});

describe('index tokens', () => {
  it('puts a stretch of text as consecutive pairs, then its triples, then its single characters', () => {
    expect(indexTokens('借款合同')).toBe([b('借款'), b('款合'), b('合同'), t('借款合'), t('款合同'), u('借'), u('款'), u('合'), u('同')].join(' '));
  });

  it('keeps the triples of two Chinese runs apart (a word between them), so no triple phrase spans the word', () => {
    expect(indexTokens('借款合1款合同').split(' ')).toEqual([
      b('借款'), b('款合'), `x${hex('合')}1`, `y${hex('款')}1`, b('款合'), b('合同'),
      t('借款合'), u('借'), u('款'), u('合'), 'w1', t('款合同'), u('款'), u('合'), u('同'),
    ]);
    const db = new BetterSqlite3(':memory:');
    try {
      db.exec(`CREATE VIRTUAL TABLE s USING fts5(tokens, tokenize='unicode61 remove_diacritics 0')`);
      db.prepare('INSERT INTO s (rowid, tokens) VALUES (1, ?), (2, ?)').run(indexTokens('借款合1款合同'), indexTokens('签订借款合同一份'));
      expect(db.prepare('SELECT rowid FROM s WHERE s MATCH ?').pluck().all(queryExpression('借款合同'))).toEqual([2]);
      expect(db.prepare('SELECT rowid FROM s WHERE s MATCH ?').pluck().all(queryExpression('款合同'))).toEqual([1, 2]);
    } finally {
      db.close();
    }
  });

  it('starts a new stretch at punctuation, so no pair spans it', () => {
    expect(indexTokens('张三，李四').split(' ')).toEqual([b('张三'), u('张'), u('三'), b('李四'), u('李'), u('四')]);
  });

  it('pairs Chinese with adjacent numbers and words (x: Chinese then word, y: word then Chinese)', () => {
    expect(indexTokens('民初12号').split(' ')).toEqual([b('民初'), `x${hex('初')}12`, `y${hex('号')}12`, u('民'), u('初'), 'w12', u('号')]);
  });

  it('indexes long numbers as overlapping 4-digit pieces and their first 3 digits', () => {
    expect(indexTokens('32010519900101123X').split(' ')).toEqual([
      'n3201', 'n2010', 'n0105', 'n1051', 'n0519', 'n5199', 'n1990', 'n9900', 'n9001', 'n0010', 'n0101', 'n1011', 'n0112', 'n1123', 'n123x', 'h320',
    ]);
    expect(indexTokens('12345')).toBe('w12345');
  });

  it('keeps tokens ASCII letters and digits, whatever the text', () => {
    expect(indexTokens('（２０２６）苏0199民初１２号 ＡＢＣ <b>&amp; 龘𠀀')).toMatch(/^[0-9a-z ]+$/);
  });

  it('names a case by the hex of its id, as SQLite hex() does', () => {
    const db = new BetterSqlite3(':memory:');
    for (const id of ['01900000-0000-7000-8000-000000000000', 'k1', '案件']) {
      expect(caseToken(id)).toBe(db.prepare(`SELECT 'k' || lower(hex(?)) AS t`).pluck().get(id));
    }
    db.close();
  });
});

describe('query expressions', () => {
  it('finds one character by its own token, two by their pair, three or more by the phrase of their triples', () => {
    expect(queryExpression('借')).toBe(`"${u('借')}"`);
    expect(queryExpression('借款')).toBe(`"${b('借款')}"`);
    expect(queryExpression('借款合')).toBe(`"${t('借款合')}"`);
    expect(queryExpression('借款合同')).toBe(`"${t('借款合')} ${t('款合同')}"`);
  });

  it('makes every space- or punctuation-separated part a term that must occur (AND)', () => {
    expect(queryExpression('借款，利息')).toBe(`"${b('借款')}" AND "${b('利息')}"`);
    expect(queryTerms('（2026）苏0199民初12号')).toEqual(['2026', '苏0199民初12号']);
    expect(queryTerms('借款 借款 ＡＢＣ')).toEqual(['借款', 'abc']);
  });

  it('has nothing to search in punctuation alone, and keeps at most MAX_TERMS terms', () => {
    expect(queryExpression('，。！？…… —— 《》')).toBeNull();
    expect(parseQuery('   ')).toEqual([]);
    expect(parseQuery(Array.from({ length: 30 }, (_, i) => `词${i}`).join(' '))).toHaveLength(MAX_TERMS);
  });

  it('treats a final word as a prefix inside a term (民初1 finds 民初12)', () => {
    expect(queryExpression('民初12')).toBe(`"${b('民初')} x${hex('初')}12"*`);
    expect(queryExpression('12号')).toBe(`"y${hex('号')}12"`);
  });

  it('matches a lone word whole when short, by prefix from 3 characters, numbers also inside long numbers', () => {
    expect(queryExpression('12')).toBe('"w12"');
    expect(queryExpression('Abc')).toBe('"wabc"*');
    expect(queryExpression('320')).toBe('("w320"* OR "h320")');
    expect(queryExpression('101123x')).toBe('("w101123x"* OR "n1011 n0112 n1123 n123x")');
  });

  it('gives every term an expression FTS5 accepts', () => {
    const db = new BetterSqlite3(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(tokens, tokenize='unicode61 remove_diacritics 0')`);
    for (const q of ['的', '借款', '民初12', '１２３４５６', 'abc', '5万', '"引号" AND OR NOT *', 'a1b2']) {
      for (const term of parseQuery(q)) expect(() => db.prepare('SELECT * FROM t WHERE t MATCH ?').all(termExpression(term))).not.toThrow();
    }
    db.close();
  });
});
