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
}

/** The global name under which the preload exposes the bridge. */
export const DESKTOP_BRIDGE_KEY = 'courtDesk';
