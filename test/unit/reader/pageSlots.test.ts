import { describe, expect, it } from 'vitest';
import { firstSlots, rotatedSize, slotIndexOf, slotsOf, turn } from '../../../src-renderer/features/reader/pageSlots';

describe('page slots of a volume read as one scroll', () => {
  const docs = [
    { id: 'cover', pageCount: 1, firstPage: null },
    { id: 'complaint', pageCount: 3, firstPage: 1 },
    { id: 'answer', pageCount: 2, firstPage: 4 },
  ];

  it('lays out every page with its document page and its volume page number', () => {
    const slots = slotsOf(docs);
    expect(slots.map((s) => [s.documentId, s.pageIndex, s.volumePage, s.docIndex])).toEqual([
      ['cover', 0, null, 0],
      ['complaint', 0, 1, 1], ['complaint', 1, 2, 1], ['complaint', 2, 3, 1],
      ['answer', 0, 4, 2], ['answer', 1, 5, 2],
    ]);
    expect(new Set(slots.map((s) => s.key)).size).toBe(slots.length);
  });

  it('finds the slot of a document page, clamped to the document', () => {
    const slots = slotsOf(docs);
    const first = firstSlots(slots);
    expect(slotIndexOf(first, slots, 'answer', 0)).toBe(4);
    expect(slotIndexOf(first, slots, 'complaint', 2)).toBe(3);
    expect(slotIndexOf(first, slots, 'complaint', 9)).toBe(3);
    expect(slotIndexOf(first, slots, 'missing', 0)).toBe(-1);
  });

  it('turns the view a quarter at a time and swaps the sides of a page on its side', () => {
    expect([turn(0), turn(90), turn(180), turn(270)]).toEqual([90, 180, 270, 0]);
    expect(rotatedSize([595, 842], 90)).toEqual([842, 595]);
    expect(rotatedSize([595, 842], 180)).toEqual([595, 842]);
  });
});
