import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import type { NaturalSize } from './usePageSizes';

/** How a document's bytes are fetched and opened: api.documents.content and pdfjs.openPdf in the app. */
export interface PoolLoader {
  content(documentId: string): Promise<Uint8Array>;
  open(bytes: Uint8Array): Promise<PDFDocumentLoadingTask>;
}

interface Entry {
  state: 'loading' | 'open' | 'failed';
  task: PDFDocumentLoadingTask | null;
  pdf: PDFDocumentProxy | null;
  sizes: NaturalSize[] | null;
  error: unknown;
  /** When it was last wanted (a counter), to close the least recently needed first. */
  used: number;
}

/** Documents kept open beyond those wanted now: going back a few documents does not reload them. */
const KEEP_OPEN = 4;
/** Documents loaded at the same time. */
const PARALLEL = 2;
/** Page sizes asked of pdf.js at a time. */
const SIZE_BATCH = 50;

/**
 * The pdf.js documents of a volume, opened lazily: only those whose pages are near the viewport (or whose
 * thumbnails show) are loaded, two at a time in the order asked, and documents no longer wanted are
 * destroyed once more than KEEP_OPEN of them are open, so a long volume holds a few documents, not all.
 */
export class DocumentPool {
  private entries = new Map<string, Entry>();
  private wants = new Map<string, readonly string[]>();
  private queue: string[] = [];
  private running = 0;
  private clock = 0;
  private listeners = new Set<() => void>();
  private disposed = false;
  version = 0;

  constructor(private readonly loader: PoolLoader) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  pdfOf(documentId: string): PDFDocumentProxy | null {
    return this.entries.get(documentId)?.pdf ?? null;
  }

  sizesOf(documentId: string): NaturalSize[] | null {
    return this.entries.get(documentId)?.sizes ?? null;
  }

  /** The first page size of any open document: the best guess for documents not opened yet. */
  typicalSize(): NaturalSize | null {
    for (const e of this.entries.values()) if (e.sizes?.[0]) return e.sizes[0];
    return null;
  }

  errorOf(documentId: string): unknown {
    return this.entries.get(documentId)?.error ?? null;
  }

  want(who: string, documentIds: readonly string[]): void {
    if (this.disposed) return;
    const before = this.wants.get(who);
    if (before && before.length === documentIds.length && before.every((id, i) => id === documentIds[i])) return;
    this.wants.set(who, [...documentIds]);
    const stamp = ++this.clock;
    for (const id of documentIds) {
      const e = this.entries.get(id);
      if (e) e.used = stamp;
      else if (!this.queue.includes(id)) this.queue.push(id);
    }
    this.pump();
    this.evict();
  }

  dispose(): void {
    this.disposed = true;
    for (const e of this.entries.values()) void e.task?.destroy().catch(() => undefined);
    this.entries.clear();
    this.queue = [];
  }

  private wanted(): Set<string> {
    return new Set([...this.wants.values()].flat());
  }

  private pump(): void {
    const wanted = this.wanted();
    // Documents asked for earlier but no longer near the viewport are skipped.
    this.queue = this.queue.filter((id) => wanted.has(id) && !this.entries.has(id));
    while (this.running < PARALLEL && this.queue.length > 0) {
      const id = this.queue.shift()!;
      this.running++;
      void this.load(id).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async load(id: string): Promise<void> {
    const entry: Entry = { state: 'loading', task: null, pdf: null, sizes: null, error: null, used: this.clock };
    this.entries.set(id, entry);
    try {
      const bytes = await this.loader.content(id);
      if (this.disposed || this.entries.get(id) !== entry) return;
      entry.task = await this.loader.open(bytes.slice());
      if (this.disposed || this.entries.get(id) !== entry) return void entry.task.destroy().catch(() => undefined);
      const pdf = await entry.task.promise;
      const first = (await pdf.getPage(1)).getViewport({ scale: 1 });
      if (this.disposed || this.entries.get(id) !== entry) return;
      // Like usePageSizes: every page first takes page 1's size, the exact sizes follow.
      entry.pdf = pdf;
      entry.sizes = Array.from({ length: pdf.numPages }, () => [first.width, first.height] as NaturalSize);
      entry.state = 'open';
      this.changed();
      // The exact sizes after the first drawing, in batches: pdf.js's worker answers in order, and a long
      // document's page requests queued ahead of the visible page's drawing would delay it.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const exact: NaturalSize[] = [];
      for (let from = 0; from < pdf.numPages; from += SIZE_BATCH) {
        if (this.entries.get(id) !== entry) return;
        const batch = Array.from({ length: Math.min(SIZE_BATCH, pdf.numPages - from) }, (_, k) =>
          pdf.getPage(from + k + 1).then((p) => {
            const vp = p.getViewport({ scale: 1 });
            return [vp.width, vp.height] as NaturalSize;
          }),
        );
        exact.push(...(await Promise.all(batch)));
      }
      if (this.entries.get(id) !== entry) return;
      if (exact.some(([w, h]) => Math.abs(w - first.width) > 0.5 || Math.abs(h - first.height) > 0.5)) {
        entry.sizes = exact;
        this.changed();
      }
    } catch (error) {
      if (this.entries.get(id) !== entry) return;
      entry.state = 'failed';
      entry.error = error;
      this.changed();
    }
  }

  private evict(): void {
    const wanted = this.wanted();
    const idle = [...this.entries.entries()].filter(([id, e]) => !wanted.has(id) && e.state !== 'loading').sort((a, b) => a[1].used - b[1].used);
    let excess = idle.length - KEEP_OPEN;
    for (const [id, e] of idle) {
      if (excess-- <= 0) break;
      this.entries.delete(id);
      void e.task?.destroy().catch(() => undefined);
    }
    if (idle.length > KEEP_OPEN) this.changed();
  }

  private changed(): void {
    if (this.disposed) return;
    this.version++;
    for (const l of this.listeners) l();
  }
}
