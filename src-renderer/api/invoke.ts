import type { AppEvent, CallEnvelope, CallInput, CallName, CallOutput } from '../../src-shared/contract/contract';
import type { ErrorCode, Result } from '../../src-shared/contract/errors';
import { ApiError, unreachable } from './ApiError';
import { clearSession, loadSession, saveSession } from './session';
import { chooseTransport } from './chooseTransport';

/**
 * One call over the chosen door, with the session of the login: the output, or an ApiError (code + Chinese
 * message). Light on purpose (no contract schemas), so the start-up module can call before the app has loaded;
 * `api` (api.ts) is the typed tree over it that the app uses.
 */

export type AuthProblem = Extract<ErrorCode, 'SESSION_LOCKED' | 'UNAUTHENTICATED'>;

const transport = chooseTransport();
const authListeners = new Set<(problem: AuthProblem, message: string) => void>();

let presentationSessionId: string | null = null;

/** The parties' screen: every call goes out with its presentation session (the dispatcher limits what it may do). */
export function setPresentationSession(sessionId: string): void {
  presentationSessionId = sessionId;
}

export async function invoke<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
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
  return result.value as CallOutput<N>;
}

/** Which door this renderer talks through. */
export const transportKind = transport.kind;

/** Listens to events pushed by the main process (progress, data changes, session). */
export const onEvent = (listener: (e: AppEvent) => void): (() => void) => transport.onEvent(listener);

/** Called when any call answers SESSION_LOCKED or UNAUTHENTICATED, so the UI shows the lock or login screen. */
export function onAuthProblem(listener: (problem: AuthProblem, message: string) => void): () => void {
  authListeners.add(listener);
  return () => authListeners.delete(listener);
}
