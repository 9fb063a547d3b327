import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session, type IpcMainInvokeEvent } from 'electron';
import { openApp, type AppContext } from '../app/appContext';
import { resolveDataDir } from '../app/dataDir';
import { createDispatcher } from '../services/dispatcher';
import { startImportServices } from '../domains/dossier/import/importServices';
import { fail, ok } from '../../src-shared/contract/errors';
import { secondWindowRoute } from '../../src-shared/contract/desktopBridge';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { APP_ORIGIN } from './appResponse';
import { RENDERER_JS_FLAGS } from './rendererJsFlags';
import { createMainWindow, createSecondWindow, denyAllPermissions, guardAllWebContents } from './secureWindow';

/**
 * The Electron main process: a thin, generic door. It serves the renderer on app://court-desk, opens the
 * data folder, and forwards every call over ONE IPC channel to the same dispatcher the web door uses.
 * The bundle lives in dist/electron/, beside preload.cjs; the renderer is in dist/renderer, fonts in dist/assets.
 */
const CALL_CHANNEL = 'court-desk:call';
const EVENT_CHANNEL = 'court-desk:event';
const here = __dirname;

let mainWindow: BrowserWindow | null = null;
/** Second windows the main window opened (the parties' screen); they call through the same door. */
const secondWindows = new Set<BrowserWindow>();
let appContext: AppContext | null = null;
let stopEvents: (() => void) | null = null;
let importServices: { stop: () => Promise<void> } | null = null;

// A stable profile folder whatever the launch (packaged, or `electron dist/electron/electronMain.cjs`,
// where Electron would otherwise call the app "Electron"). Set before the single-instance lock, which lives there.
app.setPath('userData', join(app.getPath('appData'), 'CourtDesk'));
// Before the first renderer starts: Chromium passes the switch on to every renderer (rendererJsFlags.ts says why).
app.commandLine.appendSwitch('js-flags', RENDERER_JS_FLAGS);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  process.env.COURT_DESK_ASSETS ??= assetsDir();
  app.enableSandbox();
  registerAppScheme();
  guardAllWebContents();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeData);

  app.whenReady().then(ready, (err: unknown) => abort(err));
}

function ready(): void {
  try {
    // The same data folder as the web door and the CLI, so one user sees one set of cases however they start.
    appContext = openApp(resolveDataDir(dataSwitch(process.argv)));
  } catch (err) {
    abort(err);
    return;
  }
  const ctx = appContext;
  const dispatch = createDispatcher(ctx);

  denyAllPermissions(session.defaultSession);
  serveAppProtocol(join(here, '../renderer'));

  ipcMain.handle(CALL_CHANNEL, (event, envelope: unknown) => {
    if (!isTrustedSender(event)) {
      ctx.logger.warn({ url: event.senderFrame?.url?.slice(0, 200) }, 'ipc call from an untrusted frame refused');
      return fail('FORBIDDEN', '调用来源不受信任');
    }
    const route = secondWindowRoute(envelope);
    if (route !== null) return openSecondWindow(event, route);
    return dispatch(envelope, { via: 'ipc' });
  });

  importServices = startImportServices(ctx, dispatch); // scanner folder + OCR left over from last time

  const win = createMainWindow(join(here, 'preload.cjs'));
  mainWindow = win;
  win.on('closed', () => {
    mainWindow = null;
    for (const w of secondWindows) if (!w.isDestroyed()) w.close(); // the parties' screen never outlives the desk
  });
  stopEvents = ctx.events.subscribe((e) => {
    for (const w of [win, ...secondWindows]) {
      if (w.isDestroyed() || !w.webContents.getURL().startsWith(`${APP_ORIGIN}/`)) continue;
      w.webContents.send(EVENT_CHANNEL, e);
    }
  });
}

/** Only the main window may open a second one; what the second window may do is limited by its session. */
function openSecondWindow(event: IpcMainInvokeEvent, route: string) {
  if (!mainWindow || event.sender !== mainWindow.webContents) return fail('FORBIDDEN', '只有主窗口可以打开展示窗口');
  const win = createSecondWindow(join(here, 'preload.cjs'), route);
  secondWindows.add(win);
  win.on('closed', () => secondWindows.delete(win));
  return ok(true);
}

/** Only the main frame of our own windows, showing our own origin, may call. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  const win = [mainWindow, ...secondWindows].find((w) => w && !w.isDestroyed() && event.sender === w.webContents);
  if (!frame || !win) return false;
  const main = win.webContents.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}

/** `--data=DIR` or `--data DIR` on the command line. */
function dataSwitch(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--data=')) return arg.slice('--data='.length) || undefined;
    if (arg === '--data' && argv[i + 1] && !argv[i + 1]?.startsWith('--')) return argv[i + 1];
  }
  return undefined;
}

/**
 * dist/assets (fonts for PDF export). In an installed app it is unpacked beside the asar
 * (electron-builder.yml asarUnpack) so worker threads and external tools can read it as plain files.
 */
function assetsDir(): string {
  const packed = join(here, '../assets');
  const unpacked = packed.replace(/app\.asar(?=[\\/])/, 'app.asar.unpacked');
  return unpacked !== packed && existsSync(unpacked) ? unpacked : packed;
}

function closeData(): void {
  stopEvents?.();
  stopEvents = null;
  ipcMain.removeHandler(CALL_CHANNEL);
  void importServices?.stop(); // ends workers; work still in flight finds the database closed and stops
  importServices = null;
  const ctx = appContext;
  appContext = null;
  ctx?.close();
}

function abort(err: unknown): void {
  const detail = err instanceof Error ? err.message : String(err);
  dialog.showErrorBox('办案台无法启动 Court Desk could not start', `打开数据目录失败：${detail}`);
  closeData();
  app.exit(1);
}
