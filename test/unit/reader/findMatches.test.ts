import { describe, expect, it } from 'vitest';
import { findIn, findNeedle, normalizeForFind } from '../../../src-shared/reader/findMatches';

describe('find in page text (the reader\'s find bar)', () => {
  it('ignores white space and case, and maps hits back to the original text', () => {
    const text = '原告诉称：被告向原告借\n款 10 万元。Loan LOAN';
    const needle = findNeedle('借 款');
    expect(needle).toBe('借款');
    const hits = findIn(text, needle);
    expect(hits).toHaveLength(1);
    expect(text.slice(hits[0]![0], hits[0]![1])).toBe('借\n款');
    expect(findIn(text, findNeedle('loan')).map(([a, b]) => text.slice(a, b))).toEqual(['Loan', 'LOAN']);
  });

  it('counts non-overlapping occurrences, up to a limit', () => {
    expect(findIn('啊啊啊啊啊', '啊啊')).toEqual([[0, 2], [2, 4]]);
    expect(findIn('借款借款借款', '借款', 2)).toHaveLength(2);
    expect(findIn('任何文字', '')).toEqual([]);
    expect(findIn('', '借款')).toEqual([]);
  });

  it('keeps the index of every kept character', () => {
    expect(normalizeForFind(' a b\tC ')).toEqual({ text: 'abc', origin: [1, 3, 5] });
  });
});
