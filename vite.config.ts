import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const PDFJS_DIR = fileURLToPath(new URL('./node_modules/pdfjs-dist/', import.meta.url));

/**
 * pdf.js fetches its CJK character maps, standard fonts and (for JPX images) its no-wasm JPEG 2000 decoder
 * at run time. They must come from our own origin (CSP: connect-src/script-src 'self'), so they are copied
 * into dist/renderer/pdfjs/… with the build; the viewer points cMapUrl, standardFontDataUrl and wasmUrl there.
 */
function pdfjsAssets(): Plugin {
  const files: [from: string, to: string][] = [
    ...['cmaps', 'standard_fonts'].flatMap((folder) =>
      readdirSync(join(PDFJS_DIR, folder)).map((name): [string, string] => [join(PDFJS_DIR, folder, name), `pdfjs/${folder}/${name}`]),
    ),
    [join(PDFJS_DIR, 'wasm/openjpeg_nowasm_fallback.js'), 'pdfjs/wasm/openjpeg_nowasm_fallback.js'],
  ];
  return {
    name: 'court-desk-pdfjs-assets',
    apply: 'build',
    generateBundle() {
      for (const [from, fileName] of files) this.emitFile({ type: 'asset', fileName, source: readFileSync(from) });
    },
  };
}

// The renderer: built into dist/renderer, served by the web door and by Electron's app:// protocol.
// No inline scripts end up in index.html, so the strict CSP (script-src 'self') holds.
export default defineConfig({
  root: fileURLToPath(new URL('./src-renderer', import.meta.url)),
  plugins: [react(), pdfjsAssets()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // antd is large; one vendor chunk over the default 500 kB warning is expected for a desktop app.
    // pdf.js is loaded on demand (the viewer imports it dynamically), in its own chunk.
    chunkSizeWarningLimit: 2500,
    sourcemap: false,
  },
});
