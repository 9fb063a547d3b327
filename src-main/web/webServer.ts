import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorCode } from '../../src-shared/contract/errors';
import { BINARY_CONTENT_TYPE, decodeBinary, encodeBinary, hasBytes } from '../../src-shared/contract/binaryEnvelope';
import type { AppContext } from '../app/appContext';
import { SECURITY_HEADERS } from '../app/securityHeaders';
import type { Dispatch } from '../services/dispatcher';
import { DoorGuard } from './doorGuard';
import { readStatic } from './staticFiles';

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_JSON_BODY = 8 * 1024 * 1024;
// Imports carry whole files; the import itself enforces the per-file limit from the settings.
const MAX_BINARY_BODY = 1024 * 1024 * 1024;

/**
 * The loopback web door: `POST /api/call` with `{ name, input, sessionId }` and `Authorization: Bearer <token>`,
 * `GET /api/events` for server-sent events, and the built renderer. Binds 127.0.0.1 only.
 */
export async function startWebServer(options: {
  app: AppContext;
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  token?: string;
}): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let guard: DoorGuard | null = null;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      options.app.logger.error({ err }, 'web door failure');
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: '系统内部错误' } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const g = guard!;
    if (!g.hostOk(req)) return send(res, 403, doorError('Host 不被允许：仅接受本机回环地址', 'FORBIDDEN'));
    if (!g.originOk(req)) return send(res, 403, doorError('来源（Origin）不被允许', 'FORBIDDEN'));
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');

    if (url.pathname.startsWith('/api/')) {
      if (!g.tokenMatches(g.bearer(req))) return send(res, 401, doorError('缺少或错误的访问令牌'));
      if (url.pathname === '/api/call' && req.method === 'POST') return call(req, res);
      if (url.pathname === '/api/events' && req.method === 'GET') return events(req, res);
      return send(res, 404, doorError('不存在的接口', 'VALIDATION'));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, doorError('不支持的请求方法', 'VALIDATION'));
    const fromQuery = url.searchParams.get('token');
    const cookieHeader: Record<string, string> = {};
    if (g.tokenMatches(fromQuery)) {
      cookieHeader['Set-Cookie'] = `cd_token=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`;
    } else if (!g.tokenMatches(g.cookie(req))) {
      res.writeHead(401, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><meta charset="utf-8"><title>办案台</title><p>请使用启动时打印的链接（含访问令牌）打开办案台。</p>');
      return;
    }
    const file = readStatic(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, doorError('界面文件未构建：请先运行 npm run build', 'NOT_FOUND'));
    res.writeHead(200, { ...SECURITY_HEADERS, ...cookieHeader, 'Content-Type': file.type });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function call(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const type = req.headers['content-type'] ?? '';
    const binary = type.startsWith(BINARY_CONTENT_TYPE);
    if (!binary && !type.startsWith('application/json')) return send(res, 415, doorError('请求体应为 JSON', 'VALIDATION'));
    const body = await readBody(req, binary ? MAX_BINARY_BODY : MAX_JSON_BODY);
    if (body === null) return send(res, 413, doorError('请求体过大', 'VALIDATION'));
    let envelope: unknown;
    try {
      envelope = binary ? decodeBinary(body) : JSON.parse(body.toString('utf8'));
    } catch {
      return send(res, 400, doorError('请求体格式错误', 'VALIDATION'));
    }
    const result = await options.dispatch(envelope, { via: 'web' });
    if (hasBytes(result)) {
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': BINARY_CONTENT_TYPE });
      res.end(encodeBinary(result));
    } else send(res, 200, result);
  }

  function events(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const unsubscribe = options.app.events.subscribe((e) => res.write(`data: ${JSON.stringify(e)}\n\n`));
    const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  guard = new DoorGuard(token, port);
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const doorError = (message: string, code: ErrorCode = 'UNAUTHENTICATED') => ({ ok: false, error: { code, message } });

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
