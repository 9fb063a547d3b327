import type { Worker } from 'node:worker_threads';
import { CallFailure } from '../../../../src-shared/contract/errors';
import { spawnWorker } from '../../../app/spawnWorker';
import type { ExportJob, ExportReply } from './exportJobs';

/** Heap bound of the export thread: a large volume with its annotations fits; a runaway job ends the thread only. */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 2048 };
/** A job still running after this long is stopped (a 1,000-page volume with 10,000 annotations takes seconds). */
const TIMEOUT_MS = 10 * 60_000;
/** An idle thread is ended after this long; while idle it never keeps the process alive. */
const IDLE_MS = 60_000;

/** Why an export job did not give a file: `failed` is the job's own error (detail in English); the others are Chinese. */
export class ExportFailure extends Error {
  constructor(readonly reason: 'failed' | 'timeout' | 'memory' | 'crashed', message: string) {
    super(message);
  }
}

interface Pending {
  resolve: (bytes: Uint8Array) => void;
  reject: (failure: ExportFailure) => void;
  timer: NodeJS.Timeout;
}

/**
 * Runs export jobs in a worker thread (exportWorker.ts): pdf-lib and docx work for seconds on a large case, and
 * meanwhile the main thread keeps answering calls, the reader's annotation saves among them. A job that runs out
 * of time or memory, or a thread that dies, fails the jobs in that thread with a Chinese reason; the next job
 * gets a fresh thread.
 */
export class ExportWorkerClient {
  private worker: Worker | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  /**
   * Makes the file. `transfer`: buffers of the job handed to the thread (the caller must not use them after);
   * `timeoutMs`: how long the job may take.
   */
  run(job: ExportJob, { transfer = [], timeoutMs = TIMEOUT_MS }: { transfer?: ArrayBuffer[]; timeoutMs?: number } = {}): Promise<Uint8Array> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const worker = this.ensureWorker();
    worker.ref();
    const id = this.nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      const timer = setTimeout(() => this.end(worker, new ExportFailure('timeout', '导出用时过长，已停止；请缩小导出范围后重试')), timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      try {
        worker.postMessage({ id, job }, transfer);
      } catch (err) {
        // A job that cannot be copied to the thread (not plain data) never reaches it.
        this.settle(id, (p) => p.reject(new ExportFailure('failed', err instanceof Error ? err.message : String(err))));
      }
    });
  }

  /** Ends the thread; jobs still running fail. */
  close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.worker;
    return worker ? this.end(worker, new ExportFailure('crashed', '程序正在关闭，导出已停止')) : Promise.resolve();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnWorker(import.meta.url, 'exportWorker', { resourceLimits: RESOURCE_LIMITS });
    this.worker = worker;
    worker.on('message', (m: ExportReply) => {
      if (m.ok) this.settle(m.id, (p) => p.resolve(m.bytes));
      else this.settle(m.id, (p) => p.reject(new ExportFailure('failed', m.message)));
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const failure = err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new ExportFailure('memory', '导出所需内存超出限制，已停止；请缩小导出范围后重试')
        : new ExportFailure('crashed', `导出线程出错（${err.message.slice(0, 120)}），请重试`);
      void this.end(worker, failure);
    });
    worker.on('exit', (code) => void this.end(worker, new ExportFailure('crashed', `导出线程意外退出（退出码 ${code}），请重试`)));
    return worker;
  }

  private settle(id: number, fn: (p: Pending) => void): void {
    const p = this.pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(id);
    fn(p);
    if (this.pending.size === 0) this.goIdle();
  }

  /** Stops `worker` and fails every job still waiting on it (all jobs run in the one current thread). */
  private end(worker: Worker, failure: ExportFailure): Promise<void> {
    if (this.worker !== worker) return Promise.resolve();
    this.worker = null;
    for (const id of [...this.pending.keys()]) this.settle(id, (p) => p.reject(failure));
    return worker.terminate().then(() => undefined, () => undefined);
  }

  private goIdle(): void {
    this.worker?.unref();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.close(), IDLE_MS);
    this.idleTimer.unref();
  }
}

/** The process's export thread, started on the first export. */
export const exportThread = new ExportWorkerClient();

/**
 * The call's failure for an export that gave no file: the job's own error becomes `failed` (the caller's words for
 * it, e.g. a damaged original); running out of time or memory, or a lost thread, says so in Chinese.
 */
export function exportCallFailure(err: unknown, failed: CallFailure): CallFailure {
  if (!(err instanceof ExportFailure)) return new CallFailure('INTERNAL', '导出失败，请重试');
  return err.reason === 'failed' ? failed : new CallFailure('INTERNAL', err.message);
}
