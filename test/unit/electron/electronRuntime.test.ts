import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../../src-main/app/events';
import type { AppEvent } from '../../../src-shared/contract/contract';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/app/securityHeaders';
import { RENDERER_JS_FLAGS } from '../../../src-main/electron/rendererJsFlags';

/** The main process and the preload, run against a fake `electron` module (the binary is missing here). */
// ---- a fake `electron`: records what the shell registers so the test can drive it --------------------
type Fn = (...args: unknown[]) => unknown;
interface LooseBridge {
  call(envelope: unknown): Promise<unknown>;
  onEvent(listener: unknown): () => void;
}
const fake = vi.hoisted(() => {
  const log: string[] = [];
  const appListeners = new Map<string, Fn[]>();
  const ipcHandlers = new Map<string, Fn>();
  const protocolHandlers = new Map<string, Fn>();
  const permissions: Record<string, Fn> = {};
  const exposed = new Map<string, unknown>();
  const rendererListeners = new Map<string, Fn[]>();
  const invoked: unknown[][] = [];
  class BrowserWindow {
    sent: unknown[][] = [];
    webContents = {
      mainFrame: { processId: 7, routingId: 1, url: 'app://court-desk/index.html' },
      send: (...args: unknown[]) => this.sent.push(args),
      getURL: () => this.webContents.mainFrame.url,
    };
    loaded = '';
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      windows.push(this);
      log.push('new BrowserWindow');
    }
    once() {}
    on() {}
    setMenu() {}
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    focus() {}
    restore() {}
  }
  const windows: BrowserWindow[] = [];
  const module = {
    app: {
      // Only used when COURT_DESK_DATA is unset; the test sets it.
      getPath: (name: string) => `/nonexistent/court-desk-fake/${name}`,
      setPath: (name: string) => log.push(`setPath ${name}`),
      requestSingleInstanceLock: () => (log.push('lock'), true),
      commandLine: { appendSwitch: (name: string, value?: string) => log.push(`switch ${name} ${value ?? ''}`) },
      enableSandbox: () => log.push('enableSandbox'),
      on: (name: string, fn: Fn) => appListeners.set(name, [...(appListeners.get(name) ?? []), fn]),
      whenReady: () => (log.push('whenReady'), Promise.resolve()),
      quit: () => log.push('quit'),
      exit: (code: number) => log.push(`exit ${code}`),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => log.push(`privileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string, fn: Fn) => (log.push(`handle ${scheme}`), protocolHandlers.set(scheme, fn)),
    },
    ipcMain: {
      handle: (channel: string, fn: Fn) => ipcHandlers.set(channel, fn),
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Fn) => (permissions.request = fn),
        setPermissionCheckHandler: (fn: Fn) => (permissions.check = fn),
        setDevicePermissionHandler: (fn: Fn) => (permissions.device = fn),
      },
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }),
      getAllDisplays: () => [{ id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }, { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } }],
    },
    dialog: { showErrorBox: (...args: unknown[]) => log.push(`error ${args.join(' ')}`) },
    BrowserWindow,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve({ ok: true, value: 'sent' })),
      on: (ch: string, fn: Fn) => rendererListeners.set(ch, [...(rendererListeners.get(ch) ?? []), fn]),
      removeListener: (ch: string, fn: Fn) => rendererListeners.set(ch, (rendererListeners.get(ch) ?? []).filter((f) => f !== fn)),
    },
  };
  return { module, log, appListeners, ipcHandlers, protocolHandlers, permissions, windows, exposed, rendererListeners, invoked };
});
vi.mock('electron', () => fake.module);

describe('main process (against a fake electron)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'court-desk-electron-'));
  let forward: ((e: AppEvent) => void) | undefined;
  beforeAll(async () => {
    process.env.COURT_DESK_DATA = dataDir;
    const subscribe = vi.spyOn(EventBus.prototype, 'subscribe');
    await import('../../../src-main/electron/electronMain');
    await new Promise((r) => setTimeout(r, 10));
    forward = subscribe.mock.calls[0]?.[0];
  });
  afterAll(() => {
    fake.appListeners.get('will-quit')?.forEach((fn) => fn());
    delete process.env.COURT_DESK_DATA;
    delete process.env.COURT_DESK_ASSETS;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sets up in the right order and opens the window on app://', () => {
    const order = fake.log.filter((l) => !l.startsWith('error'));
    expect(order[0]).toBe('setPath userData');
    expect(order.indexOf('lock')).toBeLessThan(order.findIndex((l) => l.startsWith('privileged')));
    expect(order.findIndex((l) => l.startsWith('privileged'))).toBeLessThan(order.indexOf('whenReady'));
    expect(fake.log.find((l) => l.startsWith('privileged'))).toContain('"standard":true,"secure":true,"supportFetchAPI":true');
    expect(fake.log).toContain('enableSandbox');
    // The renderers' V8 flags (the same the e2e tests and benches run with), before any renderer can start.
    expect(order.filter((l) => l.startsWith('switch'))).toEqual([`switch js-flags ${RENDERER_JS_FLAGS}`]);
    expect(order.indexOf(`switch js-flags ${RENDERER_JS_FLAGS}`)).toBeLessThan(order.indexOf('whenReady'));
    expect(fake.log.some((l) => l.startsWith('error'))).toBe(false);
    const win = fake.windows[0]!;
    expect(win.loaded).toBe('app://court-desk/index.html');
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(win.options.webPreferences.preload).toMatch(/preload\.cjs$/);
    expect(existsSync(join(dataDir, 'court-desk.sqlite'))).toBe(true);
    expect(process.env.COURT_DESK_ASSETS).toMatch(/assets$/);
  });

  it('answers calls from the main frame of its window only', async () => {
    const handler = fake.ipcHandlers.get('court-desk:call')!;
    const win = fake.windows[0]!;
    const event = (frame: object, sender = win.webContents) => ({ sender, senderFrame: { ...win.webContents.mainFrame, ...frame } });
    const good = await handler(event({}), { name: 'system.status', input: {} });
    expect(good).toMatchObject({ ok: true, value: { initialized: false } });
    for (const bad of [
      event({ url: 'https://evil.example/' }),
      event({ routingId: 2 }),
      event({}, { ...win.webContents }),
      { sender: win.webContents, senderFrame: null },
    ]) {
      expect(await handler(bad, { name: 'system.status', input: {} })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await handler(event({}), 'nonsense')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('forwards app events to the window', () => {
    forward?.({ topic: 'data', payload: { entity: 'case' } });
    expect(fake.windows[0]!.sent).toContainEqual(['court-desk:event', { topic: 'data', payload: { entity: 'case' } }]);
  });

  it('blocks navigation away from app://, new windows, webviews and permissions', () => {
    const on = new Map<string, Fn>();
    let openHandler: Fn = () => null;
    const contents = { on: (n: string, fn: Fn) => on.set(n, fn), setWindowOpenHandler: (fn: Fn) => (openHandler = fn) };
    fake.appListeners.get('web-contents-created')![0]!({}, contents);
    for (const name of ['will-navigate', 'will-redirect']) {
      const foreign = { url: 'https://evil.example/', preventDefault: vi.fn() };
      const own = { url: 'app://court-desk/cases', preventDefault: vi.fn() };
      on.get(name)!(foreign);
      on.get(name)!(own);
      expect(foreign.preventDefault).toHaveBeenCalled();
      expect(own.preventDefault).not.toHaveBeenCalled();
    }
    const attach = { preventDefault: vi.fn() };
    on.get('will-attach-webview')!(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const callback = vi.fn();
    fake.permissions.request!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.permissions.check!({}, 'clipboard-read')).toBe(false);
  });

  it('opens a second window (the parties’ screen) only when the main window asks for a valid route', async () => {
    const handler = fake.ipcHandlers.get('court-desk:call')!;
    const main = fake.windows[0]!;
    const event = (sender = main.webContents) => ({ sender, senderFrame: { ...main.webContents.mainFrame } });
    const route = '/present/abcdefghijklmnopqrstuvwx';
    const count = fake.windows.length;
    for (const bad of ['/cases', '/present/short', '/present/abcdefghijklmnopqrstuvwx?x=1', 'https://evil.example/']) {
      expect(await handler(event(), { name: 'desktop.openWindow', input: { route: bad } })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    }
    expect(fake.windows).toHaveLength(count);
    expect(await handler(event(), { name: 'desktop.openWindow', input: { route } })).toEqual({ ok: true, value: true });
    const second = fake.windows[count]!;
    expect(second.loaded).toBe(`app://court-desk/index.html#${route}`);
    expect(second.options).toMatchObject({ x: 1440, y: 0, fullscreen: true, webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
    // The second window may call (its session limits it) and receives events, but may not open windows itself.
    const fromSecond = { sender: second.webContents, senderFrame: { ...second.webContents.mainFrame } };
    expect(await handler(fromSecond, { name: 'system.status', input: {} })).toMatchObject({ ok: true });
    expect(await handler(fromSecond, { name: 'desktop.openWindow', input: { route } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(fake.windows).toHaveLength(count + 1);
    forward?.({ topic: 'data', payload: { entity: 'presentation' } });
    expect(second.sent).toContainEqual(['court-desk:event', { topic: 'data', payload: { entity: 'presentation' } }]);
  });

  it('serves the renderer through the protocol handler', async () => {
    const res = (await fake.protocolHandlers.get('app')!({ method: 'GET', url: 'app://court-desk/../../etc/passwd' })) as Response;
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).not.toMatch(/root:/);
  });
});

describe('preload (against a fake electron)', () => {
  beforeAll(async () => {
    await import('../../../src-main/electron/preload');
  });

  it('exposes only courtDesk.call, courtDesk.onEvent and courtDesk.openWindow', () => {
    expect([...fake.exposed.keys()]).toEqual(['courtDesk']);
    expect(Object.keys(fake.exposed.get('courtDesk') as object).sort()).toEqual(['call', 'onEvent', 'openWindow']);
  });

  it('asks for a second window over the one call channel, for parties’ screen routes only', async () => {
    const bridge = fake.exposed.get('courtDesk') as LooseBridge & { openWindow(route: unknown): Promise<boolean> };
    fake.invoked.length = 0;
    for (const bad of ['/cases', '/present/x', 42, null]) expect(await bridge.openWindow(bad)).toBe(false);
    expect(fake.invoked).toHaveLength(0);
    expect(await bridge.openWindow('/present/abcdefghijklmnopqrstuvwx')).toBe(true);
    expect(fake.invoked).toEqual([['court-desk:call', { name: 'desktop.openWindow', input: { route: '/present/abcdefghijklmnopqrstuvwx' } }]]);
  });

  it('invokes the one channel with plain objects and refuses anything else', async () => {
    const bridge = fake.exposed.get('courtDesk') as LooseBridge;
    fake.invoked.length = 0;
    expect(await bridge.call({ name: 'system.status', input: {} })).toEqual({ ok: true, value: 'sent' });
    expect(fake.invoked).toEqual([['court-desk:call', { name: 'system.status', input: {} }]]);
    for (const bad of [null, 'system.status', ['x'], new Date(), () => 1]) {
      expect(await bridge.call(bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(fake.invoked).toHaveLength(1);
  });

  it('passes event payloads only, and unsubscribes', () => {
    const bridge = fake.exposed.get('courtDesk') as LooseBridge;
    const seen: unknown[] = [];
    const off = bridge.onEvent((e: unknown) => seen.push(e));
    const emit = (payload: unknown) => fake.rendererListeners.get('court-desk:event')?.forEach((fn) => fn({ sender: 'ipc' }, payload));
    emit({ topic: 'progress', payload: { done: 1 } });
    off();
    emit({ topic: 'progress', payload: { done: 2 } });
    expect(seen).toEqual([{ topic: 'progress', payload: { done: 1 } }]);
    expect(() => bridge.onEvent('not a function')).toThrow(TypeError);
  });
});
