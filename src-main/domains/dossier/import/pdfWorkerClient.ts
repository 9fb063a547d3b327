import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../../../app/spawnWorker';
import { ImportRefusal, refuse } from './importRefusal';
import { opensDocument, type PdfFailure, type PdfJob, type PdfJobResult, type WorkerReply } from './pdfWorkerProtocol';

/** Heap bound of the worker: a file needing more is refused ("too complex"), the app is untouched. */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 64 };
/** A worker left idle this long is ended; while idle it never keeps the process alive. */
const IDLE_MS = 60_000;

interface Active {
  id: number;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  onProgress?: (page: number, pages: number) => void;
  maxPages: number;
}

export interface RunOptions {
  /** The job is stopped (worker terminated) and refused after this long. */
  timeoutMs: number;
  onProgress?: (page: number, pages: number) => void;
}

/**
 * Runs PDF jobs one at a time in a worker thread with a heap limit and a time limit. A job that times out,
 * exhausts memory or crashes the worker ends as an ImportRefusal; the worker is replaced for the next job.
 * The main thread never parses a PDF, so it never hangs or dies on one.
 */
export class PdfWorkerClient {
  private worker: Worker | null = null;
  /** The document the current worker holds open (so renders of it need not send the bytes again). */
  private heldKey: string | null = null;
  private active: Active | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  private closed = false;

  run<J extends PdfJob>(job: J, options: RunOptions): Promise<PdfJobResult<J>> {
    this.pending++;
    const result = this.chain.then(() => this.execute(job, options));
    this.chain = result.catch(() => undefined);
    return result.finally(() => {
      if (--this.pending === 0) this.goIdle();
    }) as Promise<PdfJobResult<J>>;
  }

  /** Ends the worker; later jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    await this.discard();
  }

  private execute(job: PdfJob, { timeoutMs, onProgress }: RunOptions): Promise<unknown> {
    if (this.closed) return Promise.reject(new ImportRefusal('程序正在关闭，未导入', 'INTERNAL'));
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.ensureWorker();
    worker.ref();
    // The worker still holds this PDF from an earlier job: no need to copy its bytes across again.
    const sent = opensDocument(job) && this.heldKey === job.docKey ? { ...job, bytes: null } : job;
    const maxPages = 'maxPages' in job ? job.maxPages : 0;
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const timer = setTimeout(() => {
        this.active = null;
        void this.discard();
        reject(refuse.timeout(Math.round(timeoutMs / 1000)));
      }, timeoutMs);
      const settle = (fn: () => void) => {
        clearTimeout(timer);
        this.active = null;
        fn();
      };
      this.active = {
        id,
        maxPages,
        onProgress,
        resolve: (v) => settle(() => resolve(v)),
        reject: (e) => settle(() => reject(e)),
      };
      worker.postMessage({ id, job: sent });
    }).then(
      (value) => {
        if (opensDocument(job)) this.heldKey = job.docKey;
        return value;
      },
      (err: unknown) => {
        this.heldKey = null;
        throw err;
      },
    );
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnWorker(import.meta.url, 'pdfWorker', { resourceLimits: RESOURCE_LIMITS });
    this.worker = worker;
    this.heldKey = null;
    worker.on('message', (m: WorkerReply) => {
      const a = this.active;
      if (this.worker !== worker || !a || m.id !== a.id) return;
      if (m.type === 'progress') a.onProgress?.(m.page, m.pages);
      else if (m.type === 'done') a.resolve(m.result);
      else a.reject(toRefusal(m.failure, a.maxPages));
    });
    worker.on('error', (err: Error & { code?: string }) => this.lost(worker, err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? refuse.outOfMemory() : refuse.crashed(err.message.slice(0, 120))));
    worker.on('exit', (code) => this.lost(worker, refuse.crashed(`退出码 ${code}`)));
    return worker;
  }

  /** The worker died on its own: the running job is refused and the next job gets a fresh worker. */
  private lost(worker: Worker, reason: ImportRefusal): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.heldKey = null;
    this.active?.reject(reason);
  }

  private async discard(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.heldKey = null;
    if (worker) await worker.terminate().catch(() => undefined);
  }

  private goIdle(): void {
    this.worker?.unref();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.discard(), IDLE_MS);
    this.idleTimer.unref();
  }
}

function toRefusal(f: PdfFailure, maxPages: number): ImportRefusal {
  switch (f.kind) {
    case 'need-password':
      return refuse.needPassword();
    case 'wrong-password':
      return refuse.wrongPassword();
    case 'invalid':
      return refuse.notPdf(f.detail);
    case 'no-pages':
      return refuse.noPages();
    case 'too-many-pages':
      return refuse.tooManyPages(f.pages ?? 0, maxPages);
    case 'broken-page':
      return refuse.brokenPage(f.page ?? 0, f.detail);
    case 'refused':
      return new ImportRefusal(f.detail);
    default:
      return new ImportRefusal(`读取 PDF 时出错（${f.detail}）`);
  }
}
