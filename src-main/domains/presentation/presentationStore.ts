import type { Pointer, PresentationView } from '../../../src-shared/contract/calls/presentationCalls';
import type { Role } from '../../../src-shared/domain/roles';
import type { AppContext } from '../../app/appContext';

/** One hearing's parties' screen: what it shows, and the one-time link and the session that belong to it. */
export interface Presentation {
  hearingId: string;
  caseId: string;
  /** SHA-256 of the one-time link token; null once used. */
  linkTokenHash: string | null;
  /** The session the parties' screen got by joining (kept to end it when the clerk closes or reopens). */
  sessionToken: string | null;
  /** Who opened it: the parties' screen session acts for them (limited to the presentation calls). */
  opener: { userId: string; userName: string; displayName: string; role: Role } | null;
  /** The opener's own session: when it ends (logout, account disabled), the parties' screen ends with it. */
  openerToken: string | null;
  view: PresentationView;
  pointer: Pointer;
  /** Grows with every change, so the screen can tell a new state from an old answer. */
  seq: number;
}

// Presentations live in memory with the process, like sessions: a restart ends every parties' screen.
const stores = new WeakMap<AppContext, Map<string, Presentation>>();

export function presentationsOf(app: AppContext): Map<string, Presentation> {
  let map = stores.get(app);
  if (!map) stores.set(app, (map = new Map()));
  return map;
}

/** The presentation of a hearing, made (blank) on first use. */
export function presentationFor(app: AppContext, hearingId: string, caseId: string): Presentation {
  const map = presentationsOf(app);
  let p = map.get(hearingId);
  if (!p) {
    p = { hearingId, caseId, linkTokenHash: null, sessionToken: null, opener: null, openerToken: null, view: { mode: 'blank' }, pointer: null, seq: 0 };
    map.set(hearingId, p);
  }
  return p;
}

/** Tells every listening screen that a hearing's presentation changed; the event carries no content. */
export function announce(app: AppContext, p: Presentation): void {
  p.seq += 1;
  app.events.emit({ topic: 'data', payload: { entity: 'presentation', hearingId: p.hearingId, seq: p.seq } });
}
