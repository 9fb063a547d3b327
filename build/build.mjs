// Builds the app: the renderer with Vite into dist/renderer, then (unless --renderer) the Electron main
// and preload bundles with esbuild into dist/electron.
import { build as viteBuild } from 'vite';

const rendererOnly = process.argv.includes('--renderer');
const started = Date.now();
await viteBuild({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
if (!rendererOnly) {
  const { buildElectron } = await import('./buildElectron.mjs');
  await buildElectron();
}
console.log(`构建完成 Build done (${rendererOnly ? 'renderer' : 'renderer + electron'}) in ${Date.now() - started} ms`);
