import { describe, expect, it } from 'vitest';
import { buildSnippet, type SnippetSegment } from '../../../src-shared/search/searchSnippet';
import { parseQuery } from '../../../src-shared/search/searchTokens';

const snippet = (text: string, query: string, width?: number) => buildSnippet(text, parseQuery(query), { width });
const marked = (s: SnippetSegment[]) => s.map((x) => (x.hit ? `【${x.text}】` : x.text)).join('');
const hitsOf = (s: SnippetSegment[]) => s.filter((x) => x.hit).map((x) => x.text);

describe('search snippets', () => {
  it('marks the hit in the original text', () => {
    expect(marked(snippet('原告张三与被告李四民间借贷纠纷一案', '借贷'))).toBe('原告张三与被告李四民间【借贷】纠纷一案');
  });

  it('marks every term and every occurrence in the window', () => {
    const s = snippet('被告应归还借款本金五万元及利息，借款期间的利息按年利率计算。', '借款 利息');
    expect(hitsOf(s)).toEqual(['借款', '利息', '借款', '利息']);
  });

  it('cuts a window around the first hit with ellipses at the cut ends', () => {
    const text = '甲'.repeat(200) + '表见代理' + '乙'.repeat(200);
    const s = snippet(text, '表见代理', 72);
    expect(s[0]).toEqual({ text: '…' + '甲'.repeat(20), hit: false });
    expect(s[1]).toEqual({ text: '表见代理', hit: true });
    expect(s[2]!.text.endsWith('…')).toBe(true);
    expect(marked(s).length).toBeLessThanOrEqual(72 + 2 + 2);
  });

  it('collapses white space: none at line ends in Chinese text or by full-width punctuation, else one space', () => {
    const s = snippet('  原告\n张 三\t\t诉称：\r\n 借款  50000   元 ，   reference   number  ', '张三');
    expect(marked(s)).toBe('原告【张 三】 诉称：借款 50000 元，reference number');
  });

  it('finds a phrase broken by a line end or PDF spacing, as the index does', () => {
    expect(marked(snippet('双方签订借款\n合同一份', '借款合同'))).toBe('双方签订【借款合同】一份');
    expect(marked(snippet('借 款 合 同', '借款合同'))).toBe('【借 款 合 同】');
  });

  it('does not match across punctuation, as the index does not', () => {
    expect(hitsOf(snippet('张三，三李', '张三李'))).toEqual([]);
  });

  it('marks numbers, full-width digits, thousands separators and Latin case-insensitively', () => {
    expect(hitsOf(snippet('借款５００００元', '50000'))).toEqual(['５００００']);
    expect(hitsOf(snippet('借款50,000元', '50000元'))).toEqual(['50,000元']);
    expect(hitsOf(snippet('案号（2026）苏0199民初12号', '民初12'))).toEqual(['民初12']);
    expect(hitsOf(snippet('见附件 Contract-ABC', 'abc'))).toEqual(['ABC']);
    expect(hitsOf(snippet('身份证号320105199001011234', '1990'))).toEqual(['1990']);
    expect(hitsOf(snippet('身份证号32010519900101123X', '123x'))).toEqual(['123X']);
  });

  it('matches short numbers whole: 12 is not found in 123', () => {
    expect(hitsOf(snippet('第123条与第12条', '12'))).toEqual(['12']);
  });

  it('never produces markup: the text stays text', () => {
    const s = snippet('<script>alert(1)</script>借款<b>合同</b>&amp;', '借款');
    expect(s.map((x) => x.text).join('')).toBe('<script>alert(1)</script>借款<b>合同</b>&amp;');
    expect(hitsOf(s)).toEqual(['借款']);
  });

  it('gives the beginning of the page when nothing in it matches', () => {
    const s = snippet('民事起诉状 原告张三', '龘');
    expect(s).toEqual([{ text: '民事起诉状 原告张三', hit: false }]);
  });

  it('prefers a window where more terms meet', () => {
    const text = '利息' + '。'.repeat(100) + '借款本金及利息' + '。'.repeat(100);
    expect(hitsOf(snippet(text, '借款 利息', 40))).toEqual(['借款', '利息']);
  });
});
