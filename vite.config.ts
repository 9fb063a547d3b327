import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: built into dist/renderer, served by the web door and by Electron's app:// protocol.
// No inline scripts end up in index.html, so the strict CSP (script-src 'self') holds.
export default defineConfig({
  root: fileURLToPath(new URL('./src-renderer', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // antd is large; one vendor chunk over the default 500 kB warning is expected for a desktop app.
    chunkSizeWarningLimit: 2500,
    sourcemap: false,
  },
});
