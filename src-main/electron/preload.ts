import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppEvent, CallEnvelope } from '../../src-shared/contract/contract';
import { DESKTOP_BRIDGE_KEY, OPEN_WINDOW_REQUEST, SECOND_WINDOW_ROUTE, type DesktopBridge } from '../../src-shared/contract/desktopBridge';
import { fail, type Result } from '../../src-shared/contract/errors';

/**
 * The sandboxed preload: exposes exactly `courtDesk.call`, `courtDesk.onEvent` and `courtDesk.openWindow`. No ipcRenderer, no
 * channel names, no IPC event objects cross into the page.
 */
const CALL_CHANNEL = 'court-desk:call';
const EVENT_CHANNEL = 'court-desk:event';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const bridge: DesktopBridge = {
  call(envelope: CallEnvelope): Promise<Result<unknown>> {
    if (!isPlainObject(envelope)) {
      return Promise.resolve(fail('VALIDATION', '调用格式错误：应为 { name, input }'));
    }
    return ipcRenderer.invoke(CALL_CHANNEL, envelope) as Promise<Result<unknown>>;
  },
  onEvent(listener: (e: AppEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onEvent expects a function');
    const forward = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
  openWindow(route: string): Promise<boolean> {
    if (typeof route !== 'string' || !SECOND_WINDOW_ROUTE.test(route)) return Promise.resolve(false);
    // Over the one call channel; the main process answers this name itself (it is not a call of the contract).
    return (ipcRenderer.invoke(CALL_CHANNEL, { name: OPEN_WINDOW_REQUEST, input: { route } }) as Promise<Result<unknown>>).then((r) => r.ok);
  },
};

contextBridge.exposeInMainWorld(DESKTOP_BRIDGE_KEY, bridge);
