import { useCallback, useEffect, useState } from 'react';
import { api, currentSession, forgetSession, onAuthProblem } from '../../api/api';
import { isApiError } from '../../api/ApiError';
import type { StoredSession } from '../../api/session';

export type AuthState =
  | { phase: 'starting' }
  | { phase: 'out'; notice?: string }
  | { phase: 'locked'; session: StoredSession }
  | { phase: 'in'; session: StoredSession };

/**
 * Who is at the desk: logged out, logged in, or locked (after idle time, by the client's timer or the
 * server's SESSION_LOCKED). A reload resumes a kept session after asking the server whether it still lives.
 */
export function useAuth() {
  const [state, setState] = useState<AuthState>(() => (currentSession() ? { phase: 'starting' } : { phase: 'out' }));

  useEffect(() => {
    const kept = currentSession();
    if (!kept) return;
    let live = true;
    api.auth
      .me()
      .then((user) => live && setState({ phase: 'in', session: { ...kept, user } }))
      .catch((err: unknown) => {
        if (!live) return;
        if (isApiError(err) && err.code === 'SESSION_LOCKED') setState({ phase: 'locked', session: kept });
        else if (isApiError(err) && err.code === 'UNAUTHENTICATED') setState({ phase: 'out' });
        else setState({ phase: 'in', session: kept });
      });
    return () => {
      live = false;
    };
  }, []);

  useEffect(
    () =>
      onAuthProblem((problem, message) => {
        if (problem === 'SESSION_LOCKED') {
          setState((s) => (s.phase === 'in' ? { phase: 'locked', session: s.session } : s));
        } else {
          forgetSession();
          setState((s) => (s.phase === 'out' ? s : { phase: 'out', notice: message }));
        }
      }),
    [],
  );

  const login = useCallback(async (userName: string, password: string) => {
    await api.auth.login({ userName, password });
    const session = currentSession();
    if (session) setState({ phase: 'in', session });
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.auth.logout();
    } catch {
      // Already gone on the server: forgetting it here is all that is left to do.
    }
    forgetSession();
    setState({ phase: 'out' });
  }, []);

  const lock = useCallback(() => setState((s) => (s.phase === 'in' ? { phase: 'locked', session: s.session } : s)), []);

  const unlock = useCallback(async (password: string) => {
    await api.auth.unlock({ password });
    setState((s) => (s.phase === 'locked' ? { phase: 'in', session: s.session } : s));
  }, []);

  return { state, login, logout, lock, unlock };
}
