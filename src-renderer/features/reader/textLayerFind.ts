import { findIn } from '../../../src-shared/reader/findMatches';

/** A box in CSS pixels relative to the page element. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The boxes of each occurrence of `needle` (findNeedle) in a rendered text layer, relative to `page`: the
 * text nodes read in order as one string (the same string the stored page text holds, give or take white
 * space, which the match ignores), each hit turned back into a DOM range whose client rectangles are taken,
 * so the boxes follow the text layer's scaling and rotation.
 */
export function findBoxes(textLayer: HTMLElement, page: HTMLElement, needle: string): Box[][] {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let all = '';
  const walker = document.createTreeWalker(textLayer, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    if (!text.data) continue;
    nodes.push(text);
    starts.push(all.length);
    all += text.data;
  }
  if (!nodes.length) return [];
  // The text node holding character `pos`, and the offset in it (binary search over the starts).
  const locate = (pos: number): [Text, number] => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return [nodes[lo]!, pos - starts[lo]!];
  };
  const base = page.getBoundingClientRect();
  return findIn(all, needle).map(([start, end]) => {
    const [startNode, startOffset] = locate(start);
    const [endNode, endOffset] = locate(end - 1);
    const range = document.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset + 1);
    return [...range.getClientRects()]
      .filter((r) => r.width > 0.5 && r.height > 0.5)
      .map((r) => ({ x: r.left - base.left, y: r.top - base.top, w: r.width, h: r.height }));
  });
}
