import type { Participant } from '../../../src-shared/contract/calls/hearingCalls';
import type { EntryChange, TranscriptEntry } from '../../../src-shared/contract/calls/transcriptCalls';
import { SaveQueue } from '../../ui/saveQueue';

/** What the manager needs from the app: the two transcript calls (api.transcripts.*). */
export interface TranscriptStore {
  get(): Promise<{ transcript: { id: string; state: 'draft' | 'signing' | 'final' }; participants: Participant[]; entries: TranscriptEntry[] }>;
  save(transcriptId: string, changes: EntryChange[]): Promise<{ id: string; version: number; updatedAt: string }[]>;
}

/** An entry as the page edits it: the server's fields without the printed number (the rank is computed). */
export type LocalEntry = Omit<TranscriptEntry, 'number'>;

export interface TranscriptState {
  transcriptId: string | null;
  transcriptState: 'draft' | 'signing' | 'final';
  participants: Participant[];
  /** In order, numbered. */
  entries: TranscriptEntry[];
  /** Entries changed here and not yet confirmed by the server. */
  pending: number;
  saving: boolean;
  /** The last failure (server unreachable…), cleared by the next successful save. */
  failing: boolean;
  lastSavedAt: string | null;
}

/**
 * A change is sent at most this long after it was typed. The timer starts at the first unsaved keystroke and is
 * NOT pushed back by later ones, so continuous typing is saved every quarter second, never "after a pause".
 */
export const SAVE_DELAY_MS = 250;
const RETRY_MS = 1000;

const byPosition = (a: LocalEntry, b: LocalEntry): number =>
  a.position - b.position || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * The transcript of one hearing as the courtroom page types it (the pattern of the annotation manager): every
 * edit is applied locally at once, then the changed entries are sent in one transcripts.saveEntries batch, one
 * batch in flight at a time, each with the version the server last gave. A failed save keeps everything and
 * retries; a CONFLICT reloads the server's state; LOCKED (finalised elsewhere) stops editing.
 */
export class TranscriptManager {
  private items = new Map<string, LocalEntry>();
  private serverVersion = new Map<string, number>();
  private readonly queue = new SaveQueue<string>({
    delayMs: SAVE_DELAY_MS,
    retryMs: RETRY_MS,
    ready: () => this.transcriptId !== null,
    send: (ids) => this.send(ids),
    onFailure: (err) => {
      this.failing = true;
      this.emit();
      this.hooks.onError?.(err);
    },
    onSettled: () => this.emit(),
  });
  private listeners = new Set<() => void>();
  private transcriptId: string | null = null;
  private transcriptState: TranscriptState['transcriptState'] = 'draft';
  private participants: Participant[] = [];
  private failing = false;
  private lastSavedAt: string | null = null;
  private snapshot: TranscriptState;
  private numbered = new WeakMap<LocalEntry, TranscriptEntry>();

  constructor(
    private readonly store: TranscriptStore,
    private readonly hooks: { onConflict?: () => void; onLocked?: (message: string) => void; onError?: (err: unknown) => void } = {},
  ) {
    this.snapshot = this.makeSnapshot();
  }

  async load(): Promise<void> {
    const r = await this.store.get();
    this.transcriptId = r.transcript.id;
    this.transcriptState = r.transcript.state;
    this.participants = r.participants;
    this.items = new Map(r.entries.map(({ number: _n, ...e }) => [e.id, e]));
    this.serverVersion = new Map(r.entries.map((e) => [e.id, e.version]));
    this.queue.clear();
    this.emit();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): TranscriptState => this.snapshot;

  get(id: string): LocalEntry | undefined {
    return this.items.get(id);
  }

  upsert(entry: LocalEntry): void {
    this.items.set(entry.id, { ...entry, updatedAt: new Date().toISOString() });
    this.touch(entry.id);
  }

  update(id: string, patch: Partial<LocalEntry>): void {
    const old = this.items.get(id);
    if (old) this.upsert({ ...old, ...patch, id });
  }

  remove(id: string): void {
    if (!this.items.delete(id)) return;
    this.touch(id);
  }

  /** Sends every pending change now; resolves when the server has them (page hidden, leaving, tests). */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  /** After dispose only the final flush runs (SaveQueue.close): no late retry. */
  dispose(): void {
    void this.queue.close().catch(() => undefined);
    this.listeners.clear();
  }

  private touch(id: string): void {
    this.queue.add(id);
    this.emit();
  }

  private changesFor(ids: string[]): EntryChange[] {
    const changes: EntryChange[] = [];
    for (const id of ids) {
      const e = this.items.get(id);
      const base = this.serverVersion.get(id) ?? 0;
      if (e) {
        changes.push({
          op: 'upsert',
          entry: { id, position: e.position, kind: e.kind, participantId: e.participantId, phase: e.phase, text: e.text, baseVersion: base },
        });
      } else if (base > 0) {
        changes.push({ op: 'delete', id, baseVersion: base });
      }
    }
    return changes;
  }

  /** One batch for the queue: CONFLICT and LOCKED reload and resolve; any other failure rejects, so the queue retries. */
  private async send(ids: string[]): Promise<void> {
    const changes = this.changesFor(ids);
    if (changes.length === 0) return this.emit();
    this.emit(true);
    try {
      const saved = await this.store.save(this.transcriptId!, changes);
      for (const s of saved) {
        this.serverVersion.set(s.id, s.version);
        const e = this.items.get(s.id);
        if (e) this.items.set(s.id, { ...e, version: s.version });
      }
      this.failing = false;
      this.lastSavedAt = new Date().toISOString();
      this.emit();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'CONFLICT') {
        this.hooks.onConflict?.();
        await this.load().catch((e: unknown) => this.hooks.onError?.(e));
        return;
      }
      if (code === 'LOCKED') {
        this.hooks.onLocked?.((err as Error).message);
        await this.load().catch((e: unknown) => this.hooks.onError?.(e));
        return;
      }
      throw err;
    }
  }

  private makeSnapshot(saving = false): TranscriptState {
    const sorted = [...this.items.values()].sort(byPosition);
    // The same object for an unchanged entry, so its row does not re-render on every keystroke elsewhere.
    const entries = sorted.map((e, i) => {
      let n = this.numbered.get(e);
      if (!n || n.number !== i + 1) this.numbered.set(e, (n = { ...e, number: i + 1 }));
      return n;
    });
    return {
      transcriptId: this.transcriptId,
      transcriptState: this.transcriptState,
      participants: this.participants,
      entries,
      pending: this.queue.size,
      saving,
      failing: this.failing,
      lastSavedAt: this.lastSavedAt,
    };
  }

  private emit(saving = false): void {
    this.snapshot = this.makeSnapshot(saving || this.queue.sending);
    this.listeners.forEach((l) => l());
  }
}
