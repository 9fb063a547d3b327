import { describe, expect, it } from 'vitest';
import type { TextAnchor } from '../../../src-shared/annotations/annotation';
import { reanchor } from '../../../src-shared/annotations/reanchor';

/** The anchor a reader makes for the `nth` occurrence of `quote` on `page` (32 characters of context). */
function anchorFor(page: string, quote: string, nth = 0): TextAnchor {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = page.indexOf(quote, offset + 1);
  if (offset < 0) throw new Error('quote not on page');
  return { quote, offset, prefix: page.slice(Math.max(0, offset - 32), offset), suffix: page.slice(offset + quote.length, offset + quote.length + 32) };
}

const PAGE0 = '民事起诉状\n原告：张三，男，1980年5月1日出生。\n被告：李四，男，1975年3月2日出生。';
const PAGE1 =
  '诉讼请求：一、判令被告偿还借款本金人民币100000元；二、判令被告支付利息。\n' +
  '事实与理由：2024年1月，被告向原告借款人民币100000元，约定一年内归还。到期后被告未归还借款，原告多次催要未果。';
const PAGE2 = '此致\n演示县人民法院\n具状人：张三\n2026年2月1日';

describe('reanchor: where an annotation\'s quoted words are now', () => {
  it('finds the quote unchanged at its place', () => {
    const anchor = anchorFor(PAGE1, '约定一年内归还');
    expect(reanchor(anchor, [PAGE0, PAGE1, PAGE2], 1)).toEqual({ pageIndex: 1, offset: anchor.offset });
  });

  it('tells a quote repeated on the page apart by its context', () => {
    const pages = [PAGE0, PAGE1, PAGE2];
    const first = anchorFor(PAGE1, '人民币100000元', 0);
    const second = anchorFor(PAGE1, '人民币100000元', 1);
    expect(first.offset).not.toBe(second.offset);
    // The offsets are stale (text was added at the top of the page): context decides, not the old offset.
    const shifted = ['补充：'.repeat(10) + PAGE1];
    const shift = shifted[0]!.length - PAGE1.length;
    expect(reanchor({ ...second, offset: 0 }, shifted, 0)).toEqual({ pageIndex: 0, offset: second.offset + shift });
    expect(reanchor({ ...first, offset: 999 }, shifted, 0)).toEqual({ pageIndex: 0, offset: first.offset + shift });
    expect(reanchor(second, pages, 1)).toEqual({ pageIndex: 1, offset: second.offset });
  });

  it('after a page is inserted before it, lands on the same words on the next page', () => {
    const anchor = anchorFor(PAGE1, '被告未归还借款');
    // The inserted page also mentions the quote, in other words around it: the original context wins.
    const inserted = '证据目录：借条一份，证明被告未归还借款的事实另见催款记录。';
    const after = reanchor(anchor, [PAGE0, inserted, PAGE1, PAGE2], 1);
    expect(after).toEqual({ pageIndex: 2, offset: anchor.offset });
  });

  it('ignores changed line breaks and spaces (PDF text and OCR of Chinese)', () => {
    const anchor = anchorFor(PAGE1, '原告多次催要未果');
    const reflowed = PAGE1.replace('原告多次', '原告\n多 次').replace(/，/g, '， ');
    const place = reanchor(anchor, [PAGE0, reflowed], 1);
    expect(place).not.toBeNull();
    expect(reflowed.slice(place!.offset).replace(/\s/g, '').startsWith('原告多次催要未果')).toBe(true);
    expect(place!.pageIndex).toBe(1);
    // And a quote taken from reflowed text is found in text without the breaks.
    const fromReflowed = anchorFor(reflowed, '原告\n多 次');
    expect(reanchor(fromReflowed, [PAGE0, PAGE1], 1)).toEqual({ pageIndex: 1, offset: PAGE1.indexOf('原告多次') });
  });

  it('returns null when the quote was deleted (orphaned, never dropped silently)', () => {
    const anchor = anchorFor(PAGE1, '约定一年内归还');
    const edited = PAGE1.replace('约定一年内归还', '');
    expect(reanchor(anchor, [PAGE0, edited, PAGE2], 1)).toBeNull();
    expect(reanchor(anchor, [], 1)).toBeNull();
  });

  it('does not move a short quote onto unrelated words elsewhere', () => {
    const anchor = anchorFor(PAGE2, '张三');
    // Its page is gone; 张三 still appears on page 0, but in other words: no context agrees.
    expect(reanchor(anchor, ['案外人张三另案起诉'], 2)).toBeNull();
    // A quote of 8 characters or more stands on its own.
    const long = anchorFor(PAGE1, '判令被告支付利息');
    expect(reanchor({ ...long, prefix: 'xxxx', suffix: 'yyyy' }, [PAGE0, PAGE1], 0)).toEqual({ pageIndex: 1, offset: long.offset });
  });
});
