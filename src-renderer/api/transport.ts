import type { AppEvent, CallEnvelope } from '../../src-shared/contract/contract';
import type { DesktopBridge } from '../../src-shared/contract/desktopBridge';
import type { Result } from '../../src-shared/contract/errors';
import { createWebTransport } from './webTransport';

declare global {
  interface Window {
    /** Exposed by the Electron preload (contextBridge); absent in a browser. */
    courtDesk?: DesktopBridge;
  }
}

/** How calls and events travel: Electron IPC or the loopback web door. Same shape as the desktop bridge. */
export interface Transport {
  kind: 'desktop' | 'web';
  call(envelope: CallEnvelope): Promise<Result<unknown>>;
  onEvent(listener: (e: AppEvent) => void): () => void;
}

/** Chosen once at start: the desktop bridge when Electron exposed it, else the web door. */
export function chooseTransport(): Transport {
  const bridge = window.courtDesk;
  if (bridge) {
    return {
      kind: 'desktop',
      call: (envelope) => bridge.call(envelope),
      onEvent: (listener) => bridge.onEvent(listener),
    };
  }
  return createWebTransport();
}
