import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');

/** Loaded with `node -r` before the bundle: answers require('electron'), then makes one IPC call and quits. */
const BUNDLE_FAKE_ELECTRON = `
const Module = require('module');
const on = {}; const ipc = {}; let win;
const fake = {
  app: { getPath: (n) => '/nonexistent/' + n, setPath() {}, requestSingleInstanceLock: () => true, commandLine: { appendSwitch() {} }, enableSandbox() {},
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
      // The export thread is its own entry too, and makes a Chinese PDF with the font the build copied.
      expect(out.exportWorker).toBe(join(outDir, 'electron/exportWorker.cjs'));
      const worker = new Worker(out.exportWorker!, { env: { ...process.env, COURT_DESK_ASSETS: join(outDir, 'assets') } });
      try {
        const job = { kind: 'readingNotes', format: 'pdf', input: { caseNumber: '（2026）苏0199民初1号', courtName: '演示法院', cause: '民间借贷纠纷', author: '王法官', createdAt: '2026-01-01T00:00:00Z', documents: [] } };
        const reply = await new Promise<{ ok: boolean; bytes?: Uint8Array }>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage({ id: 1, job });
        });
        expect(reply.ok).toBe(true);
        writeFileSync(join(outDir, 'notes.pdf'), reply.bytes!);
        expect(execFileSync('pdftotext', [join(outDir, 'notes.pdf'), '-'], { encoding: 'utf8' })).toContain('阅卷笔录');
      } finally {
        await worker.terminate();
      }
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
