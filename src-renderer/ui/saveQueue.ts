export interface SaveQueueOptions<K> {
  /**
   * How long the first unsent change waits for others. Later changes do NOT push the timer back, so a stream of
   * edits is sent every delayMs while it goes on, never only "after a pause".
   */
  delayMs: number;
  /** How long after a failed send the kept changes are tried again. */
  retryMs: number;
  /**
   * Sends the changed items named by `keys`. Resolving means they are dealt with (saved, or deliberately dropped,
   * e.g. after a conflict reload); rejecting keeps them all for the retry.
   */
  send(keys: K[]): Promise<void>;
  /** Called after a failed send, once its keys are back in the queue. */
  onFailure?(err: unknown): void;
  /** Called when a send has settled either way (the owner's "saving" state ends). */
  onSettled?(): void;
  /** While false (nothing loaded to save into yet), changes wait in the queue. */
  ready?(): boolean;
}

/**
 * The debounced, batched save queue of the editors that must never lose a change (annotations, the courtroom
 * transcript): keys of changed items are collected and sent together, one batch in flight at a time; a key
 * changed again while its batch is in flight goes in the next one. A failed batch is kept whole and retried.
 */
export class SaveQueue<K> {
  private pending = new Set<K>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly options: SaveQueueOptions<K>) {}

  /** Changes waiting to be sent (not counting the batch in flight). */
  get size(): number {
    return this.pending.size;
  }

  /** Whether a batch is in flight. */
  get sending(): boolean {
    return this.inFlight !== null;
  }

  has(key: K): boolean {
    return this.pending.has(key);
  }

  /** Marks an item changed; it is sent within delayMs (or right after the batch in flight). */
  add(key: K): void {
    this.pending.add(key);
    this.schedule(this.options.delayMs);
  }

  /** Forgets every waiting change (the owner has just reloaded the server's state). */
  clear(): void {
    this.pending.clear();
  }

  /** Sends every waiting change now; resolves when the server has them or a few attempts have failed. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (let round = 0; round < 4 && (this.inFlight || this.pending.size > 0); round++) {
      await (this.inFlight ?? this.startSend());
    }
  }

  /**
   * A last flush, then no timer ever again: after the owner has gone, a late retry would carry a session that
   * may have ended meanwhile.
   */
  close(): Promise<void> {
    const done = this.flush();
    this.closed = true;
    return done;
  }

  private schedule(delay: number): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.inFlight) void this.startSend();
      else void this.inFlight.then(() => this.pending.size > 0 && this.schedule(0));
    }, delay);
  }

  private startSend(): Promise<void> {
    if (this.pending.size === 0 || this.options.ready?.() === false) return Promise.resolve();
    // The kept keys of a failed batch go with this one: their retry is not needed any more.
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const keys = [...this.pending];
    this.pending.clear();
    this.inFlight = this.run(keys).finally(() => {
      this.inFlight = null;
      this.options.onSettled?.();
    });
    return this.inFlight;
  }

  private async run(keys: K[]): Promise<void> {
    try {
      await this.options.send(keys);
    } catch (err) {
      // Kept for the next try: nothing is dropped on a failed send.
      for (const key of keys) this.pending.add(key);
      this.options.onFailure?.(err);
      if (!this.closed) {
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.schedule(0);
        }, this.options.retryMs);
      }
    }
  }
}
