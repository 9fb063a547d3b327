/** Where this tab keeps its presentation session (see presentationSession.ts). */
export const PRESENTATION_KEY = 'courtDesk.presentation';

/**
 * The one-time link token when this tab is the parties' screen: `#/present/<token>` at start, or — once a tab
 * has been the parties' screen — the link it joined with, so a reload with an edited address stays on the screen.
 */
export function partiesScreenToken(hash: string, storage: Pick<Storage, 'getItem'> = sessionStorage): string | null {
  const m = /^#\/present\/([A-Za-z0-9_-]{16,200})$/.exec(hash);
  if (m) return m[1]!;
  try {
    const kept = JSON.parse(storage.getItem(PRESENTATION_KEY) ?? 'null') as { link?: unknown } | null;
    return typeof kept?.link === 'string' ? kept.link : null;
  } catch {
    return null;
  }
}
