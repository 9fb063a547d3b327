import { CALLS, type CallInput, type CallName, type CallOutput } from '../../src-shared/contract/contract';
import { clearSession, loadSession, saveSession, type StoredSession } from './session';
import { invoke } from './invoke';

export { onAuthProblem, onEvent, setPresentationSession, transportKind, type AuthProblem } from './invoke';

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

function build(): Api {
  const tree: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const call of CALLS) {
    const [domain, verb] = call.name.split('.') as [string, string];
    (tree[domain] ??= {})[verb] = (input) => invoke(call.name, input as never);
  }
  return tree as unknown as Api;
}

export const api: Api = build();

/** The current login as the client keeps it (survives a reload), or null. */
export const currentSession = (): StoredSession | null => loadSession();

/** Remembers a changed setting of the current login (e.g. the idle lock minutes after a reload). */
export function updateSession(patch: Partial<Omit<StoredSession, 'sessionId'>>): void {
  const s = loadSession();
  if (s) saveSession({ ...s, ...patch });
}

/** Forgets the login locally (the server session is ended by api.auth.logout). */
export const forgetSession = (): void => clearSession();
