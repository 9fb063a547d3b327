import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../../src-shared/domain/roles';

export interface LiveSession {
  /** Row id in the sessions table (the secret token is never stored, only its hash). */
  rowId: string;
  userId: string;
  userName: string;
  displayName: string;
  role: Role;
  lastActivity: number;
  locked: boolean;
  /** Set on a parties' screen session (presentation.join): it may make only the presentation calls of that hearing. */
  presentation?: { hearingId: string; caseId: string };
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/**
 * Sessions live in memory for the life of the process: a restart logs everyone out, which is what a
 * laptop full of case files wants. The sessions table keeps the login history.
 */
export class SessionStore {
  private readonly live = new Map<string, LiveSession>();

  add(token: string, session: LiveSession): void {
    this.live.set(hashToken(token), session);
  }

  get(token: string): LiveSession | undefined {
    return this.live.get(hashToken(token));
  }

  delete(token: string): void {
    this.live.delete(hashToken(token));
  }

  /** Ends every live session of a user (their account was disabled). */
  endUser(userId: string): void {
    for (const [key, s] of this.live) if (s.userId === userId) this.live.delete(key);
  }

  /** Locks the session when it has been idle longer than the limit; returns whether it is locked. */
  checkIdle(session: LiveSession, now: number, idleLimitMs: number): boolean {
    if (!session.locked && now - session.lastActivity > idleLimitMs) session.locked = true;
    return session.locked;
  }
}
