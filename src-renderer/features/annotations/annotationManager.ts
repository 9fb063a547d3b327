import type { Annotation } from '../../../src-shared/annotations/annotation';
import type { AnnotationChange } from '../../../src-shared/contract/calls/annotationCalls';
import { SaveQueue } from '../../ui/saveQueue';

/** What the manager needs from the app: the two annotation calls (api.annotations.*), injectable for tests. */
export interface AnnotationStore {
  list(documentId: string): Promise<Annotation[]>;
  save(changes: AnnotationChange[]): Promise<{ id: string; version: number; updatedAt: string }[]>;
}

/** One local edit: the annotation before and after (null = absent). Undo swaps them. */
interface Edit {
  before: Annotation | null;
  after: Annotation | null;
}

export interface ManagerState {
  annotations: Annotation[];
  canUndo: boolean;
  canRedo: boolean;
  /** Changes not yet confirmed by the server. */
  pending: number;
  saving: boolean;
}

/** Saves are batched: a change waits this long for others, so it is durable well within a second. */
export const SAVE_DELAY_MS = 250;
/** A failed save is tried again after this long. */
const RETRY_MS = 2000;

/**
 * The annotations of one document as the reader edits them: loaded with annotations.list, every change
 * applied locally at once (undo/redo stack), then saved in batches through annotations.save. One save is
 * in flight at a time; each change carries the version the server last gave, so a change made elsewhere is
 * a CONFLICT, which reloads the server's state (onConflict tells the user).
 */
export class AnnotationManager {
  private items = new Map<string, Annotation>();
  /** The version the server holds for each id (deleted ones included, so an undo of a delete can revive it). */
  private serverVersion = new Map<string, number>();
  private undoStack: Edit[] = [];
  private redoStack: Edit[] = [];
  private readonly queue = new SaveQueue<string>({
    delayMs: SAVE_DELAY_MS,
    retryMs: RETRY_MS,
    send: (ids) => this.send(ids),
    onFailure: (err) => {
      this.emit();
      this.hooks.onError?.(err);
    },
    onSettled: () => this.emit(),
  });
  private listeners = new Set<() => void>();
  private snapshot: ManagerState;

  constructor(
    readonly documentId: string,
    private readonly store: AnnotationStore,
    private readonly hooks: { onConflict?: (message: string) => void; onError?: (err: unknown) => void } = {},
  ) {
    this.snapshot = this.makeSnapshot();
  }

  async load(): Promise<void> {
    const list = await this.store.list(this.documentId);
    this.items = new Map(list.map((a) => [a.id, a]));
    for (const a of list) this.serverVersion.set(a.id, a.version);
    this.queue.clear();
    this.undoStack = [];
    this.redoStack = [];
    this.emit();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): ManagerState => this.snapshot;

  get(id: string): Annotation | undefined {
    return this.items.get(id);
  }

  /** Adds or replaces an annotation (undoable). */
  upsert(annotation: Annotation): void {
    this.record({ before: this.items.get(annotation.id) ?? null, after: { ...annotation, updatedAt: new Date().toISOString() } });
  }

  /** Changes some fields of an annotation (undoable). */
  update(id: string, patch: Partial<Annotation>): void {
    const old = this.items.get(id);
    if (old) this.upsert({ ...old, ...patch, id });
  }

  remove(id: string): void {
    const old = this.items.get(id);
    if (old) this.record({ before: old, after: null });
  }

  undo(): void {
    const edit = this.undoStack.pop();
    if (!edit) return;
    this.redoStack.push(edit);
    this.applyEdit(edit.after, edit.before);
  }

  redo(): void {
    const edit = this.redoStack.pop();
    if (!edit) return;
    this.undoStack.push(edit);
    this.applyEdit(edit.before, edit.after);
  }

  /** Sends every pending change now and resolves when the server has them (window closing, tests). */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  dispose(): void {
    void this.flush().catch(() => undefined);
    this.listeners.clear();
  }

  private record(edit: Edit): void {
    this.undoStack.push(edit);
    this.redoStack = [];
    this.applyEdit(edit.before, edit.after);
  }

  private applyEdit(from: Annotation | null, to: Annotation | null): void {
    const id = (to ?? from)!.id;
    if (to) this.items.set(id, { ...to, version: this.serverVersion.get(id) ?? 0 });
    else this.items.delete(id);
    this.queue.add(id);
    this.emit();
  }

  private changesFor(ids: string[]): AnnotationChange[] {
    const changes: AnnotationChange[] = [];
    for (const id of ids) {
      const a = this.items.get(id);
      const base = this.serverVersion.get(id) ?? 0;
      if (a) {
        changes.push({
          op: 'upsert',
          annotation: {
            id: a.id, documentId: a.documentId, pageIndex: a.pageIndex, kind: a.kind, rects: a.rects, ink: a.ink, color: a.color,
            opacity: a.opacity, text: a.text, comment: a.comment, tags: a.tags, layer: a.layer, anchor: a.anchor, baseVersion: base,
          },
        });
      } else if (base > 0) {
        changes.push({ op: 'delete', id, baseVersion: base });
      }
    }
    return changes;
  }

  /** One batch for the queue: a CONFLICT reloads and resolves; any other failure rejects, so the queue retries. */
  private async send(ids: string[]): Promise<void> {
    const changes = this.changesFor(ids);
    if (changes.length === 0) return this.emit();
    this.emit(true);
    try {
      const saved = await this.store.save(changes);
      for (const s of saved) {
        this.serverVersion.set(s.id, s.version);
        const a = this.items.get(s.id);
        if (a && !this.queue.has(s.id)) this.items.set(s.id, { ...a, version: s.version, updatedAt: s.updatedAt });
      }
      this.emit();
    } catch (err) {
      if ((err as { code?: string }).code === 'CONFLICT') {
        this.hooks.onConflict?.('批注已在别处被修改，已重新载入最新的批注');
        await this.load().catch((e: unknown) => this.hooks.onError?.(e));
        return;
      }
      throw err;
    }
  }

  private makeSnapshot(saving = false): ManagerState {
    return {
      annotations: [...this.items.values()],
      canUndo: this.undoStack.length > 0,
      canRedo: this.redoStack.length > 0,
      pending: this.queue.size,
      saving,
    };
  }

  private emit(saving = false): void {
    this.snapshot = this.makeSnapshot(saving || this.queue.sending);
    this.listeners.forEach((l) => l());
  }
}
