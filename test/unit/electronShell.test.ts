import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../src-main/app/events';
import type { AppEvent } from '../../src-shared/contract/contract';
import { CONTENT_SECURITY_POLICY } from '../../src-main/app/securityHeaders';
import { appResponse, isAppUrl } from '../../src-main/electron/appResponse';

/**
 * The Electron shell cannot run here (no Electron binary), so it is checked three ways: its source is
 * read for the security settings; the main process and the preload run against a fake `electron`
 * module; and the build and launcher scripts run for real.
 */
const root = resolve(__dirname, '../..');
const electronDir = join(root, 'src-main/electron');
const source = readdirSync(electronDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(electronDir, f), 'utf8'))
  .join('\n')
  // Code only: comments may name what the code must not do.
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/^\s*\/\/.*$/gm, '')
  .replace(/\s\/\/\s.*$/gm, '');

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

describe('Electron shell source', () => {
  it('creates the window with the hardened webPreferences', () => {
    for (const flag of [
      'contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webSecurity: true',
      'allowRunningInsecureContent: false', 'experimentalFeatures: false', 'webviewTag: false', 'spellcheck: false',
    ]) expect(source).toContain(flag);
    expect(source).not.toMatch(/nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/);
    expect(source).not.toMatch(/loadFile\(|file:\/\/|bypassCSP|enableRemoteModule/);
  });

  it('has exactly one IPC channel, an invoke handler', () => {
    expect(source.match(/ipcMain\.handle\(/g)).toHaveLength(1);
    expect(source).toMatch(/ipcMain\.handle\(CALL_CHANNEL/);
    expect(source).toContain("CALL_CHANNEL = 'court-desk:call'");
    expect(source).not.toMatch(/ipcMain\.(on|once|handleOnce)\(/);
    expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1);
  });

  it('denies new windows, webviews and every permission', () => {
    expect(source).toContain("setWindowOpenHandler(() => ({ action: 'deny' }))");
    expect(source).toContain('setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))');
    expect(source).toContain('setPermissionCheckHandler(() => false)');
    expect(source).toMatch(/'will-attach-webview', \(event\) => event\.preventDefault\(\)/);
  });
});

describe('app:// protocol responses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'court-desk-renderer-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>办案台</title>');
  writeFileSync(join(dir, 'assets/app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'court-desk-secret.txt'), 'secret');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves files and falls back to index.html, always with the CSP', async () => {
    const js = appResponse(dir, 'GET', 'app://court-desk/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(await js.text()).toBe('console.log(1)');
    const spa = appResponse(dir, 'GET', 'app://court-desk/cases/42');
    expect(await spa.text()).toContain('办案台');
    for (const res of [js, spa, appResponse(dir, 'POST', 'app://court-desk/'), appResponse(dir, 'GET', 'app://evil/')]) {
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(appResponse(dir, 'HEAD', 'app://court-desk/index.html').body).toBeNull();
  });

  it('refuses foreign hosts, other methods, bad escapes and paths outside the folder', async () => {
    expect(appResponse(dir, 'GET', 'app://evil/index.html').status).toBe(404);
    expect(appResponse(dir, 'PUT', 'app://court-desk/index.html').status).toBe(405);
    expect(appResponse(dir, 'GET', 'app://court-desk/%E0%A4%A').status).toBe(400);
    for (const path of ['/../court-desk-secret.txt', '/%2e%2e/court-desk-secret.txt', '/..%2Fcourt-desk-secret.txt', '/..%5Ccourt-desk-secret.txt']) {
      const res = appResponse(dir, 'GET', `app://court-desk${path}`);
      expect(await res.text()).not.toContain('secret');
    }
    expect(isAppUrl('app://court-desk/x')).toBe(true);
    for (const url of ['https://court-desk/', 'app://court-desk.evil/', 'file:///etc/passwd', 'not a url']) expect(isAppUrl(url)).toBe(false);
  });
});

describe('main process (against a fake electron)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'court-desk-electron-'));
  let forward: ((e: AppEvent) => void) | undefined;
  beforeAll(async () => {
    process.env.COURT_DESK_DATA = dataDir;
    const subscribe = vi.spyOn(EventBus.prototype, 'subscribe');
    await import('../../src-main/electron/electronMain');
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

  it('serves the renderer through the protocol handler', async () => {
    const res = (await fake.protocolHandlers.get('app')!({ method: 'GET', url: 'app://court-desk/../../etc/passwd' })) as Response;
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).not.toMatch(/root:/);
  });
});

describe('preload (against a fake electron)', () => {
  beforeAll(async () => {
    await import('../../src-main/electron/preload');
  });

  it('exposes only courtDesk.call and courtDesk.onEvent', () => {
    expect([...fake.exposed.keys()]).toEqual(['courtDesk']);
    expect(Object.keys(fake.exposed.get('courtDesk') as object).sort()).toEqual(['call', 'onEvent']);
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

/** Loaded with `node -r` before the bundle: answers require('electron'), then makes one IPC call and quits. */
const BUNDLE_FAKE_ELECTRON = `
const Module = require('module');
const on = {}; const ipc = {}; let win;
const fake = {
  app: { getPath: (n) => '/nonexistent/' + n, setPath() {}, requestSingleInstanceLock: () => true, enableSandbox() {},
    on: (n, f) => ((on[n] ||= []).push(f)), whenReady: () => Promise.resolve(), quit() {}, exit: (c) => process.exit(c) },
  protocol: { registerSchemesAsPrivileged() {}, handle() {} },
  ipcMain: { handle: (c, f) => (ipc[c] = f), removeHandler() {} },
  session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, setDevicePermissionHandler() {} } },
  dialog: { showErrorBox: (...a) => console.error(...a) },
  BrowserWindow: class { constructor() { win = this; const f = { processId: 1, routingId: 1, url: 'app://court-desk/index.html' };
    this.webContents = { mainFrame: f, send() {}, getURL: () => f.url }; } once() {} on() {} loadURL() { return Promise.resolve(); } isDestroyed() { return false; } },
};
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'electron' ? fake : load.call(this, request, ...rest); };
setTimeout(async () => {
  const result = await ipc['court-desk:call']({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, { name: 'system.status', input: {} });
  console.log(JSON.stringify(result));
  console.log('assets ' + process.env.COURT_DESK_ASSETS);
  on['will-quit'].forEach((f) => f());
}, 300);
`;

describe('build and launch scripts', () => {
  it('bundles main and preload as CommonJS; the preload needs nothing but electron', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'court-desk-build-'));
    try {
      const scriptPath = join(root, 'build/buildElectron.mjs');
      const { buildElectron } = (await import(scriptPath)) as { buildElectron: (o: { outDir: string }) => Promise<Record<string, string>> };
      const out = await buildElectron({ outDir });
      execFileSync(process.execPath, ['--check', out.main!]);
      const preload = readFileSync(out.preload!, 'utf8');
      expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
      expect(preload).not.toMatch(/__filename|__dirname|import\.meta/);
      expect(readFileSync(out.main!, 'utf8')).not.toMatch(/import\.meta/);
      expect(existsSync(join(outDir, 'assets/fonts/NotoSansSC_400Regular.ttf'))).toBe(true);
      // The real bundle starts under plain Node with a stand-in electron and answers a call.
      writeFileSync(join(outDir, 'fakeElectron.cjs'), BUNDLE_FAKE_ELECTRON);
      const started = spawnSync(process.execPath, ['-r', join(outDir, 'fakeElectron.cjs'), out.main!], {
        encoding: 'utf8',
        env: { ...process.env, COURT_DESK_ASSETS: undefined, COURT_DESK_DATA: join(outDir, 'data'), NODE_PATH: join(root, 'node_modules') },
        timeout: 20_000,
      });
      expect(started.stderr).toBe('');
      expect(started.stdout).toContain('"ok":true');
      expect(started.stdout).toContain(`assets ${join(outDir, 'assets')}`);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  const electronPath = (() => {
    try {
      const path: unknown = createRequire(join(root, 'package.json'))('electron');
      return typeof path === 'string' && existsSync(path) ? path : null;
    } catch {
      return null;
    }
  })();

  // On a machine with the Electron binary `npm start` would really launch it; the message cannot be seen there.
  it.skipIf(electronPath !== null)('prints one Chinese + English line and exits 1 when the Electron binary is missing', () => {
    const run = spawnSync(process.execPath, [join(root, 'build/startElectron.mjs')], { encoding: 'utf8', cwd: root });
    expect(run.status).toBe(1);
    const output = (run.stdout + run.stderr).trim();
    expect(output.split('\n')).toHaveLength(1);
    expect(output).toMatch(/^未找到 Electron 程序.*npm run web.* \/ Electron binary missing: .*npm install electron.*npm run web/);
  });
});
