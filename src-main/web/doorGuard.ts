import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The checks every request to the loopback door passes: the Host header names this loopback port (no DNS
 * rebinding), any Origin is this same origin (no other site's page), and the per-run token is presented.
 */
export class DoorGuard {
  private readonly allowedHosts: Set<string>;

  constructor(
    private readonly token: string,
    port: number,
  ) {
    this.allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  }

  hostOk(req: IncomingMessage): boolean {
    return this.allowedHosts.has((req.headers.host ?? '').toLowerCase());
  }

  originOk(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    try {
      const url = new URL(origin);
      return url.protocol === 'http:' && this.allowedHosts.has(url.host.toLowerCase());
    } catch {
      return false;
    }
  }

  tokenMatches(candidate: string | undefined | null): boolean {
    if (!candidate) return false;
    const a = Buffer.from(candidate);
    const b = Buffer.from(this.token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  bearer(req: IncomingMessage): string | null {
    const h = req.headers.authorization;
    return h?.startsWith('Bearer ') ? h.slice(7).trim() : null;
  }

  cookie(req: IncomingMessage): string | null {
    const m = /(?:^|;\s*)cd_token=([^;]+)/.exec(req.headers.cookie ?? '');
    return m ? decodeURIComponent(m[1]!) : null;
  }
}
