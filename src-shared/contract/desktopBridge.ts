import type { AppEvent, CallEnvelope } from './contract';
import type { Result } from './errors';

/**
 * What the Electron preload exposes to the renderer as `window.courtDesk` — and nothing else.
 * `call` always resolves to a Result (a refused or malformed call resolves to an error Result);
 * `onEvent` returns the function that unsubscribes.
 */
export interface DesktopBridge {
  call(envelope: CallEnvelope): Promise<Result<unknown>>;
  onEvent(listener: (e: AppEvent) => void): () => void;
  /**
   * Opens a second app window at `#<route>` (e.g. the parties' screen), full screen on a secondary display when
   * there is one. Only the main window may ask; the route must match SECOND_WINDOW_ROUTE.
   */
  openWindow(route: string): Promise<boolean>;
}

/** The routes a second window may open: the parties' screen with its one-time link token. */
export const SECOND_WINDOW_ROUTE = /^\/present\/[A-Za-z0-9_-]{16,200}$/;

/** The envelope name the preload uses on the call channel to ask for a second window (no call of the contract). */
export const OPEN_WINDOW_REQUEST = 'desktop.openWindow';

/** The route of a well-formed second-window request, or null when the envelope is anything else. */
export function secondWindowRoute(envelope: unknown): string | null {
  if (!envelope || typeof envelope !== 'object') return null;
  const { name, input } = envelope as { name?: unknown; input?: { route?: unknown } };
  if (name !== OPEN_WINDOW_REQUEST || !input || typeof input !== 'object') return null;
  return typeof input.route === 'string' && SECOND_WINDOW_ROUTE.test(input.route) ? input.route : null;
}

/** The global name under which the preload exposes the bridge. */
export const DESKTOP_BRIDGE_KEY = 'courtDesk';
