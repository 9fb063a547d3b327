import type { User } from '../../src-shared/contract/schemas';

/** What the client keeps of a login, in sessionStorage: a reload keeps you in, closing the tab does not. */
export interface StoredSession {
  sessionId: string;
  user: User;
  idleLockMinutes: number;
}

const KEY = 'courtDesk.session';

export function loadSession(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof value.sessionId !== 'string' || !value.user || typeof value.idleLockMinutes !== 'number') return null;
    return value as StoredSession;
  } catch {
    return null;
  }
}

export function saveSession(session: StoredSession): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}
