import { api, forgetSession, setPresentationSession } from '../../api/api';
import { isApiError } from '../../api/ApiError';
import { PRESENTATION_KEY } from './partiesScreenRoute';

/**
 * Turns the one-time link token into the screen's presentation session, once: the session is kept in this
 * tab's sessionStorage (with the link it came from) so a reload keeps the screen, and a clerk's login that
 * a browser may have copied into the new tab is dropped first, so this tab never acts as the clerk.
 */
export async function enterPresentation(linkToken: string): Promise<void> {
  forgetSession();
  const kept = sessionStorage.getItem(PRESENTATION_KEY);
  if (kept) {
    const { link, sessionId } = JSON.parse(kept) as { link?: string; sessionId?: string };
    if (link === linkToken && sessionId) {
      setPresentationSession(sessionId);
      return;
    }
  }
  const { sessionId } = await api.presentation.join({ token: linkToken });
  sessionStorage.setItem(PRESENTATION_KEY, JSON.stringify({ link: linkToken, sessionId }));
  setPresentationSession(sessionId);
}

/** The screen's session ended (closed or reopened elsewhere): nothing more to show. */
export const isEnded = (err: unknown): boolean => isApiError(err) && (err.code === 'UNAUTHENTICATED' || err.code === 'FORBIDDEN');
