import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src-shared/annotations/annotation';
import { filterAnnotations, NO_FILTER } from '../../../src-renderer/features/annotations/annotationFilters';
import { leftOf, topOf } from '../../../src-shared/annotations/annotationPlace';

const ann = (id: string, over: Partial<Annotation>): Annotation => ({
  id, documentId: 'd1', pageIndex: 0, kind: 'highlight', rects: [[72, 700, 300, 714]], ink: [], color: '#FFD400', opacity: 1,
  text: '', comment: '', tags: [], layer: 'private', anchor: null, authorId: 'u1', authorName: '王立明',
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', version: 1, ...over,
});

describe('the annotation sidebar filter', () => {
  const list = [
    ann('low', { rects: [[72, 100, 300, 114]] }),
    ann('ink', { kind: 'ink', rects: [], ink: [[[80, 400, 0.5], [90, 650, 0.5]]], color: '#ff6666' }),
    ann('p2', { pageIndex: 1, tags: ['重点'], comment: '需核实金额' }),
    ann('high', { rects: [[72, 780, 300, 794]], layer: 'team', authorName: '李书记员' }),
    ann('other-doc', { documentId: 'd0', pageIndex: 3, anchor: { quote: '借款人民币', prefix: '', suffix: '', offset: 0 } }),
  ];

  it('keeps everything in reading order: catalogue order of documents, page, then top to bottom', () => {
    const order = new Map([['d0', 0], ['d1', 1]]);
    expect(filterAnnotations(list, NO_FILTER, order).map((a) => a.id)).toEqual(['other-doc', 'high', 'ink', 'low', 'p2']);
  });

  it('narrows by each criterion and by text in quote, comment or tags', () => {
    const ids = (f: Partial<typeof NO_FILTER>) => filterAnnotations(list, { ...NO_FILTER, ...f }).map((a) => a.id).sort();
    expect(ids({ kinds: ['ink'] })).toEqual(['ink']);
    expect(ids({ colors: ['#FF6666'] })).toEqual(['ink']);
    expect(ids({ tags: ['重点'] })).toEqual(['p2']);
    expect(ids({ authors: ['李书记员'] })).toEqual(['high']);
    expect(ids({ layers: ['team'] })).toEqual(['high']);
    expect(ids({ documents: ['d0'] })).toEqual(['other-doc']);
    expect(ids({ text: '借款' })).toEqual(['other-doc']);
    expect(ids({ text: ' 核实 ' })).toEqual(['p2']);
    expect(ids({ kinds: ['highlight'], layers: ['private'] })).toEqual(['low', 'other-doc', 'p2']);
  });

  it('takes the top of ink from its points and of a drawing without geometry as 0', () => {
    expect(topOf(list[1]!)).toBe(650);
    expect(topOf(ann('none', { rects: [] }))).toBe(0);
    // A rectangle given corner to corner either way round: its highest and leftmost edges all the same.
    expect(topOf(ann('flipped', { rects: [[480, 714, 72, 700]] }))).toBe(714);
    expect(leftOf(ann('flipped', { rects: [[480, 714, 72, 700]] }))).toBe(72);
    expect(leftOf(ann('none', { rects: [] }))).toBe(0);
  });
});
