// What `npm start` runs after the build: launches Electron on the bundled main process, passing any
// arguments through (e.g. `npm start -- --data=D:\\办案数据`). Exits with Electron's exit code.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = join(root, 'dist/electron/electronMain.cjs');
export const MISSING_ELECTRON_MESSAGE =
  '未找到 Electron 程序（安装时跳过了下载）：在可联网的机器上运行 "npm install electron" 即可获得；现在可用 "npm run web" 在浏览器中使用办案台。 / Electron binary missing: run "npm install electron" on a networked machine, or use "npm run web".';

/** The Electron executable's path, or null when the package or its downloaded binary is missing. */
export function electronBinary() {
  try {
    // The electron package exports the path of its binary; it throws when the download was skipped.
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function main() {
  const binary = electronBinary();
  if (!binary) {
    console.error(MISSING_ELECTRON_MESSAGE);
    process.exit(1);
  }
  if (!existsSync(MAIN)) {
    console.error('未找到 dist/electron/electronMain.cjs，请先运行 "npm run build"。 / Not built yet: run "npm run build".');
    process.exit(1);
  }
  // ELECTRON_RUN_AS_NODE left over in the shell would make Electron run as plain Node.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [MAIN, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root, env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (!child.killed) child.kill(signal);
    });
  }
  child.on('error', (err) => {
    console.error(`无法启动 Electron / could not start Electron: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
