import { app, BrowserWindow, screen, type Session } from 'electron';
import { APP_START_URL, isAppUrl } from './appResponse';

/**
 * The one window: a sandboxed renderer with context isolation and no Node, talking to the main process
 * only through the preload's `courtDesk` bridge.
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    title: '办案台 Court Desk',
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click (auxclick) could open links outside the navigation guards.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_START_URL);
  return win;
}

/**
 * A second window of the app at `#<route>` (the parties' screen): the same sandbox, full screen on a secondary
 * display when one is attached (the courtroom's screen for the parties), else a normal window.
 */
export function createSecondWindow(preloadPath: string, route: string): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const other = screen.getAllDisplays().find((d) => d.id !== primary.id);
  const win = new BrowserWindow({
    title: '当事人展示屏',
    ...(other ? { x: other.bounds.x, y: other.bounds.y, width: other.bounds.width, height: other.bounds.height, fullscreen: true } : { width: 1280, height: 800 }),
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#000000',
    // Spelled out again, not shared with the main window through a function: electronegativity (npm run security)
    // checks the settings written in each BrowserWindow constructor, and a shared object hides them from it.
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click (auxclick) could open links outside the navigation guards.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.setMenu(null);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_START_URL}#${route}`);
  return win;
}

/**
 * Applies to every web contents ever created (the window, and anything a bug might open): no navigation
 * or redirect away from app://court-desk, no new windows, no <webview>.
 */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** The app needs no camera, microphone, geolocation, notifications, HID/USB/serial or clipboard-read. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
