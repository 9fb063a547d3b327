import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../src-main/web/webServer';
import { createTestApp, type TestApp } from '../helpers/testApp';

let t: TestApp;
let server: WebServer;

/** Raw HTTP so the Host and Origin headers are exactly what an attacker would send. */
function http(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: opts.method ?? 'GET', headers: { Host: `127.0.0.1:${server.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const callBody = JSON.stringify({ name: 'system.status', input: {} });
const post = (headers: Record<string, string>, body = callBody) =>
  http('/api/call', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

describe('the loopback web door', () => {
  beforeAll(async () => {
    t = createTestApp();
    const rendererDir = mkdtempSync(join(tmpdir(), 'court-desk-renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>办案台</title>');
    server = await startWebServer({ app: t.app, dispatch: t.dispatch, rendererDir });
  });
  afterAll(async () => {
    await server.close();
    t.close();
  });

  it('prints a loopback URL carrying the per-run token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a call with the right token', async () => {
    const r = await post({ Authorization: `Bearer ${server.token}` });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { initialized: true, court: { code: '苏0198' } } });
  });

  it('refuses a missing or wrong token', async () => {
    expect((await post({})).status).toBe(401);
    expect((await post({ Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await post({ Authorization: `Bearer ${server.token}x` })).status).toBe(401);
    expect(JSON.parse((await post({})).body).error.message).toMatch(/令牌/);
  });

  it('refuses a non-loopback Host header (DNS rebinding)', async () => {
    const r = await post({ Authorization: `Bearer ${server.token}`, Host: `evil.example:${server.port}` });
    expect(r.status).toBe(403);
    expect((await post({ Authorization: `Bearer ${server.token}`, Host: '127.0.0.1:1' })).status).toBe(403);
  });

  it('refuses a foreign Origin and accepts its own', async () => {
    const auth = { Authorization: `Bearer ${server.token}` };
    expect((await post({ ...auth, Origin: 'http://evil.example' })).status).toBe(403);
    expect((await post({ ...auth, Origin: `http://127.0.0.1:${server.port + 1}` })).status).toBe(403);
    expect((await post({ ...auth, Origin: 'null' })).status).toBe(403);
    expect((await post({ ...auth, Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('refuses bodies that are not JSON', async () => {
    const auth = { Authorization: `Bearer ${server.token}` };
    expect((await post({ ...auth, 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await post(auth, '{not json')).status).toBe(400);
  });

  it('carries calls with bytes as one binary body, and refuses a malformed one', async () => {
    const { encodeBinary } = await import('../../src-shared/contract/binaryEnvelope');
    const auth = { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/x-court-desk-call' };
    const body = Buffer.from(encodeBinary({ name: 'system.status', input: {} }));
    const ok = await new Promise<{ status: number; body: Buffer; type: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/call', method: 'POST', headers: { Host: `127.0.0.1:${server.port}`, ...auth } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks), type: String(res.headers['content-type']) }));
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body.toString())).toMatchObject({ ok: true });
    const bad = await http('/api/call', { method: 'POST', headers: auth, body: 'xx' });
    expect(bad.status).toBe(400);
  });

  it('serves the app only with the token, then by an HttpOnly SameSite cookie, with a strict CSP', async () => {
    expect((await http('/')).status).toBe(401);
    const first = await http(`/?token=${server.token}`);
    expect(first.status).toBe(200);
    expect(first.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(first.headers['content-security-policy']).not.toMatch(/unsafe-eval/);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const again = await http('/some/route', { headers: { Cookie: cookie.split(';')[0]! } });
    expect(again.status).toBe(200);
    expect(again.body).toContain('办案台');
    // The cookie opens pages, never the API (a cookie would ride along with cross-site requests).
    expect((await post({ Cookie: cookie.split(';')[0]! })).status).toBe(401);
  });

  it('never serves files outside the renderer folder', async () => {
    const r = await http(`/..%2f..%2f..%2fetc%2fpasswd?token=${server.token}`);
    expect(r.body).not.toContain('root:');
  });

  it('streams events to a token holder', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/api/events', headers: { Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}` } },
        (res) => {
          let buf = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => {
            buf += c;
            if (buf.includes('connected') && !buf.includes('data:')) t.app.events.emit({ topic: 'progress', payload: { done: 1, total: 2 } });
            if (buf.includes('data:')) {
              req.destroy();
              resolve(buf);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('"topic":"progress"');
  });
});
