// Bundles the Electron main process and the preload into dist/electron/*.cjs and copies the assets they
// need at run time into dist/assets. Called by build/build.mjs after the renderer build; also runs alone:
//   node build/buildElectron.mjs
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Loaded from node_modules at run time, never bundled: Electron itself, and the native SQLite binding
// (electron-builder rebuilds it against Electron's headers and unpacks it from the asar). Import's helpers
// too: pdf.js (ESM with its own worker file, cMaps, fonts and wasm beside it, import()ed by path),
// @napi-rs/canvas (native) and tesseract.js (starts its own worker script by path); all three are
// unpacked from the asar (electron-builder.yml) because worker threads load them.
const EXTERNAL = ['electron', 'better-sqlite3', 'pdfjs-dist', '@napi-rs/canvas', 'tesseract.js'];

// Some modules use import.meta.url (e.g. createRequire(import.meta.url)); a CJS bundle has no
// import.meta, so give it the bundle's own file URL. The banner comes before esbuild's own
// "use strict", so it repeats the directive to keep the bundle in strict mode.
const IMPORT_META_URL = {
  banner: { js: "'use strict';\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
};

const FONT_SOURCE = 'node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: EXTERNAL,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * Writes <outDir>/electron/electronMain.cjs, <outDir>/electron/preload.cjs, the worker threads' entries
 * <outDir>/electron/pdfWorker.cjs and exportWorker.cjs, and <outDir>/assets/fonts/NotoSansSC_400Regular.ttf.
 * `outDir` defaults to dist/ (tests pass a temp folder).
 */
export async function buildElectron({ outDir = join(root, 'dist') } = {}) {
  const main = join(outDir, 'electron/electronMain.cjs');
  const preload = join(outDir, 'electron/preload.cjs');
  const worker = join(outDir, 'electron/pdfWorker.cjs');
  const exportWorker = join(outDir, 'electron/exportWorker.cjs');
  const font = join(outDir, 'assets/fonts/NotoSansSC_400Regular.ttf');
  await build({
    ...common,
    entryPoints: ['src-main/electron/electronMain.ts'],
    outfile: main,
    ...IMPORT_META_URL,
  });
  // The import's file worker (pdf.js text, page rendering, cover-sheet QR codes) runs in a worker thread
  // from its own file; pdfWorkerClient finds it beside the main bundle.
  await build({
    ...common,
    entryPoints: ['src-main/domains/dossier/import/pdfWorker.ts'],
    outfile: worker,
    ...IMPORT_META_URL,
  });
  // The export thread (annotated copies and 阅卷笔录 with pdf-lib and docx): exportWorkerClient finds it beside the main bundle.
  await build({
    ...common,
    entryPoints: ['src-main/domains/annotations/export/exportWorker.ts'],
    outfile: exportWorker,
    ...IMPORT_META_URL,
  });
  // The preload runs in a sandboxed renderer: it may require only 'electron' (no __filename, no Node
  // built-ins beyond a few), so it gets no banner and everything it imports is bundled into it.
  await build({
    ...common,
    entryPoints: ['src-main/electron/preload.ts'],
    outfile: preload,
  });
  const fontSource = join(root, FONT_SOURCE);
  if (!existsSync(fontSource)) throw new Error(`缺少字体文件 / font missing: ${FONT_SOURCE} (npm install)`);
  // electronMain points COURT_DESK_ASSETS at this folder so the PDF code finds the CJK font.
  await mkdir(dirname(font), { recursive: true });
  await copyFile(fontSource, font);
  return { main, preload, worker, exportWorker, assets: join(outDir, 'assets') };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildElectron().then(
    (out) => console.log(`Electron 主进程已构建 / built: ${out.main}, ${out.preload}`),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
