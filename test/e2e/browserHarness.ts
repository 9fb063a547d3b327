import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openApp, type AppContext } from '../../src-main/app/appContext';
import { RENDERER_JS_FLAGS } from '../../src-main/electron/rendererJsFlags';
import { createDispatcher, type Dispatch } from '../../src-main/services/dispatcher';
import { startWebServer, type WebServer } from '../../src-main/web/webServer';
import { findChromium } from './findChromium';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_DIR = join(REPO_ROOT, 'dist/renderer');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results/e2e');

/** Headless Chromium as these machines allow it, with the V8 flags the Electron shell gives its renderers. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', `--js-flags=${RENDERER_JS_FLAGS}`,
];

/**
 * The Chromium the e2e tests drive. Without one the tests are skipped with a loud line, unless
 * REQUIRE_E2E=1, which makes a missing Chromium a failure.
 */
export function chromiumForE2E(): string | null {
  const path = findChromium();
  if (path) return path;
  if (process.env.REQUIRE_E2E === '1') throw new Error('REQUIRE_E2E=1 but no Chromium found: set CHROMIUM_PATH');
  console.error('*** E2E SKIPPED: no Chromium found (set CHROMIUM_PATH) ***');
  return null;
}

const newestMtime = (path: string): number => {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), st.mtimeMs);
};

/** Builds the renderer (vite build) when dist/renderer is missing or older than its sources. */
export function ensureRendererBuilt(): void {
  const index = join(RENDERER_DIR, 'index.html');
  const sources = ['src-renderer', 'src-shared', 'vite.config.ts'].map((p) => join(REPO_ROOT, p));
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  // vitest sets NODE_ENV=test, which vite would honour with a development bundle: build what ships.
  const env = { ...process.env, NODE_ENV: 'production' };
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: REPO_ROOT, encoding: 'utf8', env });
  if (r.status !== 0 || !existsSync(index)) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught page errors and CSP violations seen so far: a clean page leaves it empty. */
  problems: string[];
}

export interface Harness {
  dir: string;
  app: AppContext;
  dispatch: Dispatch;
  server: WebServer;
  browser: Browser;
  openPage(): Promise<WatchedPage>;
  close(): Promise<void>;
}

/** Seeds the demo court (users judge, clerk, … with password demo-2026; about 30 cases) through demo.seed. */
async function seedDemo(dispatch: Dispatch): Promise<void> {
  const r = await dispatch({ name: 'demo.seed', input: {} }, { via: 'test' });
  if (!r.ok) throw new Error(`demo.seed failed: ${r.error.code} ${r.error.message}`);
}

/** A temp data folder, the web door on a free loopback port (optionally with the demo data) and Chromium. */
export async function startHarness(options: { chromiumPath: string; seed: boolean; chromiumArgs?: readonly string[] }): Promise<Harness> {
  ensureRendererBuilt();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'court-desk-e2e-'));
  const app = openApp(dir);
  const dispatch = createDispatcher(app);
  if (options.seed) await seedDemo(dispatch);
  const server = await startWebServer({ app, dispatch, rendererDir: RENDERER_DIR, port: 0 });
  const browser = await chromium.launch({ executablePath: options.chromiumPath, args: [...(options.chromiumArgs ?? CHROMIUM_ARGS)] });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });

  return {
    dir,
    app,
    dispatch,
    server,
    browser,
    async openPage() {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`),
        );
      });
      return { page, problems };
    },
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The demo users' password (demo.seed). */
export const DEMO_PASSWORD = 'demo-2026';

/** Fills the login form and waits for `landsOn` (by default the case list). */
export async function logInAs(page: Page, userName: string, landsOn = '[data-testid="case-table"] tbody tr.ant-table-row'): Promise<void> {
  await page.getByLabel('用户名').fill(userName);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.locator(landsOn).first().waitFor();
}

/**
 * A screenshot in test-results/e2e once nothing spins and no toast shows, with animations and transitions finished: the whole
 * page from its top (sticky header and side bar in place), or just the window (`fullPage: false`, e.g. a dialog).
 */
export async function settledShot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const fullPage = options.fullPage ?? true;
  const deadline = Date.now() + 30_000;
  const busy = page.locator('.ant-spin-spinning, .ant-spin-blur, .ant-message-notice');
  while ((await busy.count()) > 0 && Date.now() < deadline) await page.waitForTimeout(100);
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOT_DIR, name), fullPage, animations: 'disabled' });
}

export type ApiCall = <T>(name: string, input: unknown) => Promise<T>;

/** Logs `userName` in through the real dispatcher and returns a caller for test set-up and checks. */
export async function apiAs(h: Harness, userName: string, password = DEMO_PASSWORD): Promise<ApiCall> {
  const login = await h.dispatch({ name: 'auth.login', input: { userName, password } }, { via: 'test' });
  if (!login.ok) throw new Error(login.error.message);
  const sessionId = (login.value as { sessionId: string }).sessionId;
  return async <T>(name: string, input: unknown): Promise<T> => {
    const r = await h.dispatch({ name, input, sessionId }, { via: 'test' });
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as T;
  };
}
