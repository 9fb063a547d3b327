import { beforeEach, describe, expect, it, vi } from 'vitest';

type DrawTurns = typeof import('../../../src-renderer/features/reader/drawTurns');
let turns: DrawTurns;
beforeEach(async () => {
  vi.resetModules(); // the queue is module state: each test starts with an empty one
  turns = await import('../../../src-renderer/features/reader/drawTurns');
});

/** A drawing that records its start and finishes when told. */
function drawing(log: string[], name: string) {
  let finish!: () => void;
  const start = () => {
    log.push(name);
    return new Promise<void>((done) => (finish = done));
  };
  return { start, finish: async () => { finish(); await new Promise((r) => setTimeout(r, 0)); } };
}

describe('page drawings take turns', () => {
  it('draws the pages in view at once and the pages around them once those are drawn', async () => {
    const log: string[] = [];
    const inViewPage = {};
    turns.markUndrawnInView(inViewPage, true); // the page in view is waiting for pdf.js to hand it over
    const before = drawing(log, 'around-1');
    const after = drawing(log, 'around-2');
    const shown = drawing(log, 'in-view');
    turns.takeDrawTurn(() => false, before.start);
    turns.takeDrawTurn(() => false, after.start);
    expect(log).toEqual([]);
    turns.takeDrawTurn(() => true, shown.start);
    expect(log).toEqual(['in-view']);
    await shown.finish();
    expect(log).toEqual(['in-view']); // still not marked drawn
    turns.markUndrawnInView(inViewPage, false);
    expect(log).toEqual(['in-view', 'around-1', 'around-2']);
    await before.finish();
    await after.finish();
  });

  it('starts a waiting page as soon as it comes into view, and forgets a withdrawn one', async () => {
    const log: string[] = [];
    const other = {};
    turns.markUndrawnInView(other, true);
    let inView = false;
    const later = drawing(log, 'later');
    const gone = drawing(log, 'gone');
    turns.takeDrawTurn(() => inView, later.start);
    const withdraw = turns.takeDrawTurn(() => false, gone.start);
    withdraw();
    inView = true;
    const nudge = {};
    turns.markUndrawnInView(nudge, true); // any change moves the queue
    expect(log).toEqual(['later']);
    turns.markUndrawnInView(nudge, false);
    turns.markUndrawnInView(other, false);
    await later.finish();
    expect(log).toEqual(['later']); // the withdrawn drawing never starts
  });

  it('starts the other drawings when one throws', () => {
    const log: string[] = [];
    turns.takeDrawTurn(() => false, () => {
      log.push('throws');
      throw new Error('损坏的页面');
    });
    turns.takeDrawTurn(() => false, () => log.push('next'));
    expect(log).toEqual(['throws', 'next']);
  });
});
