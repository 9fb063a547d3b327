import type { AppContext } from '../app/appContext';
import type { LiveSession } from '../domains/auth/sessionStore';
import type { Actor } from '../write/runWrite';
import type { WriteTx } from '../write/writeTx';
import type { CallName, CallOutput, CallParsedInput } from '../../src-shared/contract/contract';

/** What a handler gets besides its validated input. */
export interface CallContext {
  app: AppContext;
  /** The acting user; null only for public calls made without a session. */
  actor: Actor | null;
  session: LiveSession | null;
  sessionToken: string | null;
  via: string;
  /**
   * The one write path: rows, audit entry and outbox row in one transaction. `as` names the actor when
   * the call itself establishes who it is (a login).
   */
  write<T>(caseId: string | null, work: (tx: WriteTx) => T, as?: Actor): T;
}

export type Handler<N extends CallName> = (
  input: CallParsedInput<N>,
  ctx: CallContext,
) => CallOutput<N> | Promise<CallOutput<N>>;

/** One handler per call of the contract; the type makes a missing one a compile error. */
export type HandlerMap = { [N in CallName]: Handler<N> };

/** A door says which door it is; the CLI door also acts as the local administrator when no user logs in. */
export interface DoorIdentity {
  via: 'web' | 'ipc' | 'cli' | 'scan' | 'test';
  localActor?: Actor;
}
