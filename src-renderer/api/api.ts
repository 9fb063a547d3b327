import { CALLS, type AppEvent, type CallEnvelope, type CallInput, type CallName, type CallOutput } from '../../src-shared/contract/contract';
import type { ErrorCode, Result } from '../../src-shared/contract/errors';
import { ApiError, unreachable } from './ApiError';
import { clearSession, loadSession, saveSession, type StoredSession } from './session';
import { chooseTransport } from './chooseTransport';

/**
 * The one client of the renderer: `api.<domain>.<verb>(input)`, generated from the contract's CALLS.
 * Resolves with the call's output or throws an ApiError (code + Chinese message). It keeps the session id
 * of the login and tells listeners when the server says the session is locked or gone.
 */

type DomainOf<N> = N extends `${infer D}.${string}` ? D : never;
type VerbOf<N, D extends string> = N extends `${D}.${infer V}` ? V : never;
// Calls whose input has no required field (e.g. `{}`) may be called without an argument.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type Args<N extends CallName> = {} extends CallInput<N> ? [input?: CallInput<N>] : [input: CallInput<N>];
type Method<N extends CallName> = (...args: Args<N>) => Promise<CallOutput<N>>;
export type Api = {
  [D in DomainOf<CallName>]: { [V in VerbOf<CallName, D>]: Method<Extract<`${D}.${V}`, CallName>> };
};

export type AuthProblem = Extract<ErrorCode, 'SESSION_LOCKED' | 'UNAUTHENTICATED'>;

const transport = chooseTransport();
const authListeners = new Set<(problem: AuthProblem, message: string) => void>();

let presentationSessionId: string | null = null;

/** The parties' screen: every call goes out with its presentation session (the dispatcher limits what it may do). */
export function setPresentationSession(sessionId: string): void {
  presentationSessionId = sessionId;
}

async function invoke(name: CallName, input: unknown): Promise<unknown> {
  const session = loadSession();
  const envelope: CallEnvelope = { name, input: input ?? {} };
  if (session) envelope.sessionId = session.sessionId;
  if (presentationSessionId) envelope.sessionId = presentationSessionId;
  let result: Result<unknown>;
  try {
    result = await transport.call(envelope);
  } catch {
    result = { ok: false, error: unreachable() };
  }
  if (name === 'auth.logout') clearSession();
  if (!result.ok) {
    const { code, message } = result.error;
    if (code === 'UNAUTHENTICATED' && session && name !== 'auth.login') clearSession();
    if ((code === 'SESSION_LOCKED' || code === 'UNAUTHENTICATED') && name !== 'auth.login') {
      authListeners.forEach((l) => l(code, message));
    }
    throw new ApiError(result.error);
  }
  if (name === 'auth.login') {
    const value = result.value as CallOutput<'auth.login'>;
    saveSession({ sessionId: value.sessionId, user: value.user, idleLockMinutes: value.idleLockMinutes });
  }
  return result.value;
}

function build(): Api {
  const tree: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const call of CALLS) {
    const [domain, verb] = call.name.split('.') as [string, string];
    (tree[domain] ??= {})[verb] = (input) => invoke(call.name, input);
  }
  return tree as unknown as Api;
}

export const api: Api = build();

/** Which door this renderer talks through. */
export const transportKind = transport.kind;

/** The current login as the client keeps it (survives a reload), or null. */
export const currentSession = (): StoredSession | null => loadSession();

/** Remembers a changed setting of the current login (e.g. the idle lock minutes after a reload). */
export function updateSession(patch: Partial<Omit<StoredSession, 'sessionId'>>): void {
  const s = loadSession();
  if (s) saveSession({ ...s, ...patch });
}

/** Forgets the login locally (the server session is ended by api.auth.logout). */
export const forgetSession = (): void => clearSession();

/** Listens to events pushed by the main process (progress, data changes, session). */
export const onEvent = (listener: (e: AppEvent) => void): (() => void) => transport.onEvent(listener);

/** Called when any call answers SESSION_LOCKED or UNAUTHENTICATED, so the UI shows the lock or login screen. */
export function onAuthProblem(listener: (problem: AuthProblem, message: string) => void): () => void {
  authListeners.add(listener);
  return () => authListeners.delete(listener);
}
