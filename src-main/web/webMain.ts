import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { openApp } from '../app/appContext';
import { resolveDataDir } from '../app/dataDir';
import { createDispatcher } from '../services/dispatcher';
import { startImportServices } from '../domains/dossier/import/importServices';
import { startWebServer } from './webServer';

const program = new Command('court-desk-web')
  .description('办案台网页入口：在本机回环地址提供界面 / serve Court Desk on a loopback URL')
  .option('--data <dir>', '数据目录 / data folder (default: COURT_DESK_DATA or the OS app-data folder)')
  .option('--port <n>', '端口 / port (0 = any free port)', parsePort, 0)
  .option('--no-open', '不自动打开浏览器 / do not open a browser')
  .parse();

const opts = program.opts<{ data?: string; port: number; open: boolean }>();
const here = dirname(fileURLToPath(import.meta.url));
const app = openApp(resolveDataDir(opts.data));
const dispatch = createDispatcher(app);
const server = await startWebServer({
  app,
  dispatch,
  rendererDir: resolve(here, '../../dist/renderer'),
  port: opts.port,
});
const importServices = startImportServices(app, dispatch); // scanner folder + OCR left over from last time
console.log(`办案台已启动 Court Desk is running: ${server.url}`);
console.log(`数据目录 Data folder: ${app.dataDir}`);
if (opts.open) openBrowser(server.url);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    void Promise.all([server.close(), importServices.stop()]).then(() => {
      app.close();
      process.exit(0);
    });
  });
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('端口应为 0–65535 的整数');
  return n;
}

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]]
    : process.platform === 'darwin' ? ['open', [url]]
    : ['xdg-open', [url]];
  const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('未能自动打开浏览器，请手动打开上面的链接。'));
  child.unref();
}
