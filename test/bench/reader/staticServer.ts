// A tiny static server on 127.0.0.1 for the reader bench's reference page: pdfjs-dist's own PDFViewer
// (pdfjsViewer.html), the pdfjs-dist package files and the bench PDF (/doc.pdf). No CSP: it is a reference.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const PDFJS_DIR = resolve(here, '../../../node_modules/pdfjs-dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function startReferenceServer(pdfBytes: Uint8Array): Promise<StaticServer> {
  const html = readFileSync(join(here, 'pdfjsViewer.html'));
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const send = (body: Uint8Array, type: string) => {
      res.writeHead(200, { 'content-type': type, 'content-length': body.byteLength, 'cache-control': 'no-cache' });
      res.end(body);
    };
    if (path === '/' || path === '/index.html') return send(html, TYPES['.html']!);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (path === '/doc.pdf') return send(pdfBytes, TYPES['.pdf']!);
    if (path.startsWith('/pdfjs-dist/')) {
      const file = normalize(join(PDFJS_DIR, path.slice('/pdfjs-dist/'.length)));
      if (file.startsWith(PDFJS_DIR)) {
        try {
          if (statSync(file).isFile()) return send(readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
        } catch {
          /* fall through to 404 */
        }
      }
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
