import { DESKTOP_BRIDGE_KEY, type DesktopBridge } from '../../src-shared/contract/desktopBridge';
import type { Transport } from './transport';
import { createWebTransport } from './webTransport';

/** Chosen once at start: the desktop bridge when Electron exposed it, else the web door. */
export function chooseTransport(): Transport {
  // Exposed by the Electron preload (contextBridge) as window.courtDesk; absent in a browser.
  const bridge = (window as unknown as Partial<Record<typeof DESKTOP_BRIDGE_KEY, DesktopBridge>>)[DESKTOP_BRIDGE_KEY];
  if (bridge) {
    return {
      kind: 'desktop',
      call: (envelope) => bridge.call(envelope),
      onEvent: (listener) => bridge.onEvent(listener),
    };
  }
  return createWebTransport();
}
