import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/app/securityHeaders';
import { appResponse, isAppUrl } from '../../../src-main/electron/appResponse';
import { RENDERER_JS_FLAGS } from '../../../src-main/electron/rendererJsFlags';
import { CHROMIUM_ARGS } from '../../e2e/browserHarness';

/** The Electron shell cannot run here (no Electron binary): its source is read for the security settings. */
const root = resolve(__dirname, '../../..');
const electronDir = join(root, 'src-main/electron');
const source = readdirSync(electronDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(electronDir, f), 'utf8'))
  .join('\n')
  // Code only: comments may name what the code must not do.
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/^\s*\/\/.*$/gm, '')
  .replace(/\s\/\/\s.*$/gm, '');


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

  it('gives its renderers the V8 flags the e2e tests and benches start Chromium with', () => {
    expect(source).toContain("app.commandLine.appendSwitch('js-flags', RENDERER_JS_FLAGS)");
    expect(CHROMIUM_ARGS).toContain(`--js-flags=${RENDERER_JS_FLAGS}`);
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
