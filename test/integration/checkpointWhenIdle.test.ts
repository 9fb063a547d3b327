import { afterEach, describe, expect, it } from 'vitest';
import { COMMITS_PER_IDLE_CHECKPOINT } from '../../src-main/db/checkpointWhenIdle';
import { runWrite, type Actor } from '../../src-main/write/runWrite';
import { createTestApp, type TestApp } from '../helpers/testApp';

let t: TestApp;
afterEach(() => t?.close());

const actor: Actor = { userId: null, userName: '测试', role: 'system', via: 'test' };
const write = (n: number) => runWrite(t.app.db, { actor, call: 'test.write', caseId: null, now: new Date() }, (tx) => tx.insert('setting', `idle.${n}`, { value: String(n) }));
const turn = () => new Promise<void>((turned) => setImmediate(turned));
/** WAL frames written since the WAL last started over (a complete checkpoint lets the next commit start it over). */
const walFrames = () => (t.app.db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;

describe('checkpoints between calls', () => {
  it('copies the WAL into the database after the caller has its answer, never inside a call', async () => {
    t = createTestApp();
    await turn();
    walFrames(); // start from an empty WAL
    write(0);
    await turn();
    const oneWrite = walFrames();
    expect(oneWrite).toBeGreaterThan(0);

    // A loop of writes that never lets the event loop turn: no checkpoint runs in it.
    for (let n = 1; n <= COMMITS_PER_IDLE_CHECKPOINT * 2; n++) write(n);
    expect(walFrames()).toBeGreaterThanOrEqual(COMMITS_PER_IDLE_CHECKPOINT * 2);
    await turn(); // the checkpoint the loop asked for runs now; its count starts again

    // Writes that arrive as events of their own: the checkpoint runs between two of them, so the WAL starts over.
    for (let n = 1; n <= COMMITS_PER_IDLE_CHECKPOINT; n++) {
      write(1000 + n);
      await turn();
    }
    write(2000);
    expect(walFrames()).toBeLessThanOrEqual(oneWrite * 2);
    expect(t.app.db.prepare(`SELECT count(*) FROM settings WHERE key LIKE 'idle.%'`).pluck().get()).toBe(COMMITS_PER_IDLE_CHECKPOINT * 3 + 2);
  });

  it('does nothing once the database is closed', async () => {
    t = createTestApp();
    for (let n = 0; n < COMMITS_PER_IDLE_CHECKPOINT; n++) write(n);
    t.app.db.close();
    await turn(); // the scheduled checkpoint finds the connection closed and must not throw
    expect(t.app.db.open).toBe(false);
  });
});
