import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue } from '../../../src-renderer/ui/saveQueue';

const DELAY = 250;
const RETRY = 1000;

/** A server the test answers by hand: every send waits until the test resolves or rejects it. */
function manualServer() {
  const calls: { keys: string[]; at: number; resolve: () => void; reject: (err: Error) => void }[] = [];
  const send = (keys: string[]) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ keys: [...keys].sort(), at: Date.now(), resolve, reject });
    });
  return { calls, send };
}

/** A server that takes every batch at once and remembers what it got. */
function instantServer() {
  const batches: { keys: string[]; at: number }[] = [];
  return { batches, send: async (keys: string[]) => void batches.push({ keys: [...keys].sort(), at: Date.now() }) };
}

describe('SaveQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('batches changes and sends them once, delay after the first change', async () => {
    const server = instantServer();
    const q = new SaveQueue<string>({ delayMs: DELAY, retryMs: RETRY, send: server.send });
    q.add('a');
    q.add('b');
    q.add('a');
    expect(q.size).toBe(2);
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(server.batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.batches).toEqual([{ keys: ['a', 'b'], at: DELAY }]);
    expect(q.size).toBe(0);
  });

  it('is not pushed back by a stream of changes: every change goes within the delay of the batch it joined', async () => {
    const server = instantServer();
    const q = new SaveQueue<string>({ delayMs: DELAY, retryMs: RETRY, send: server.send });
    const addedAt = new Map<string, number>();
    for (let i = 0; i < 40; i++) {
      const key = `k${i}`;
      addedAt.set(key, Date.now());
      q.add(key);
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(server.batches.flatMap((b) => b.keys).sort()).toEqual([...addedAt.keys()].sort());
    expect(server.batches.length).toBeGreaterThanOrEqual(Math.floor(2000 / (DELAY + 50)));
    for (const b of server.batches) for (const k of b.keys) expect(b.at - addedAt.get(k)!, k).toBeLessThanOrEqual(DELAY);
  });

  it('keeps one batch in flight; what changes meanwhile goes in the next batch right after it', async () => {
    const server = manualServer();
    const settled: number[] = [];
    const q = new SaveQueue<string>({ delayMs: DELAY, retryMs: RETRY, send: server.send, onSettled: () => settled.push(Date.now()) });
    q.add('a');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(server.calls.map((c) => c.keys)).toEqual([['a']]);
    expect(q.sending).toBe(true);
    q.add('a');
    q.add('b');
    expect(q.has('a')).toBe(true);
    await vi.advanceTimersByTimeAsync(5 * DELAY);
    expect(server.calls).toHaveLength(1); // still waiting for the first answer
    server.calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toHaveLength(1);
    expect(server.calls.map((c) => c.keys)).toEqual([['a'], ['a', 'b']]);
    server.calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(q.sending).toBe(false);
    expect(q.size).toBe(0);
  });

  it('a failed batch is kept whole and retried after retryMs, or sooner with the next change', async () => {
    const server = manualServer();
    const failures: unknown[] = [];
    const q = new SaveQueue<string>({ delayMs: DELAY, retryMs: RETRY, send: server.send, onFailure: (err) => failures.push(err) });
    q.add('a');
    q.add('b');
    await vi.advanceTimersByTimeAsync(DELAY);
    server.calls[0]!.reject(new Error('服务器不可用'));
    await vi.advanceTimersByTimeAsync(0);
    expect(failures).toEqual([new Error('服务器不可用')]);
    expect(q.size).toBe(2);
    expect(q.sending).toBe(false);
    // A change during the wait takes the kept ones along on its own timer.
    q.add('c');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(server.calls.map((c) => c.keys)).toEqual([['a', 'b'], ['a', 'b', 'c']]);
    server.calls[1]!.reject(new Error('服务器不可用'));
    await vi.advanceTimersByTimeAsync(0);
    expect(q.size).toBe(3);
    // Without one, the retry comes after retryMs.
    const failedAt = Date.now();
    await vi.advanceTimersByTimeAsync(RETRY - 1);
    expect(server.calls).toHaveLength(2);
    // (A zero timer set from a timer runs a tick later under fake timers.)
    await vi.advanceTimersByTimeAsync(2);
    expect(server.calls.map((c) => c.keys)).toEqual([['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c']]);
    expect(server.calls[2]!.at - failedAt).toBeGreaterThanOrEqual(RETRY);
    server.calls[2]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(q.size).toBe(0);
    expect(failures).toHaveLength(2);
  });

  it('flush sends at once and resolves when the server has everything, including the batch in flight', async () => {
    const server = instantServer();
    const q = new SaveQueue<string>({ delayMs: DELAY, retryMs: RETRY, send: server.send });
    q.add('a');
    await q.flush();
    expect(server.batches).toEqual([{ keys: ['a'], at: 0 }]);
    // Nothing left for the timer that flush cancelled.
    await vi.advanceTimersByTimeAsync(DELAY * 4);
    expect(server.batches).toHaveLength(1);

    const slow = manualServer();
    const q2 = new SaveQueue<string>({ delayMs: DELAY, retryMs: RETRY, send: slow.send });
    q2.add('x');
    await vi.advanceTimersByTimeAsync(DELAY);
    q2.add('y');
    let flushed = false;
    const done = q2.flush().then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(false);
    slow.calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(slow.calls.map((c) => c.keys)).toEqual([['x'], ['y']]);
    slow.calls[1]!.resolve();
    await done;
    expect(q2.size).toBe(0);
  });

  it('waits while not ready, and clear forgets what waits', async () => {
    const server = instantServer();
    let ready = false;
    const q = new SaveQueue<string>({ delayMs: DELAY, retryMs: RETRY, send: server.send, ready: () => ready });
    q.add('a');
    await vi.advanceTimersByTimeAsync(DELAY);
    await q.flush();
    expect(server.batches).toEqual([]);
    expect(q.size).toBe(1);
    q.clear();
    expect(q.size).toBe(0);
    ready = true;
    q.add('b');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(server.batches.map((b) => b.keys)).toEqual([['b']]);
  });

  it('close makes a last attempt and never retries or schedules afterwards', async () => {
    let attempts = 0;
    const q = new SaveQueue<string>({
      delayMs: DELAY,
      retryMs: RETRY,
      send: async () => {
        attempts++;
        throw new Error('会话已结束');
      },
    });
    q.add('a');
    await q.close();
    const afterClose = attempts;
    expect(afterClose).toBeGreaterThanOrEqual(1);
    expect(q.size).toBe(1); // kept, not dropped
    q.add('b');
    await vi.advanceTimersByTimeAsync(RETRY * 10);
    expect(attempts).toBe(afterClose);
  });
});
