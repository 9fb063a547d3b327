import type { AppEvent } from '../../src-shared/contract/contract';
import type { Result } from '../../src-shared/contract/errors';
import { BINARY_CONTENT_TYPE, decodeBinary, encodeBinary, hasBytes } from '../../src-shared/contract/binaryEnvelope';
import { unreachable } from './ApiError';
import { readEventStream } from './eventStream';
import type { Transport } from './transport';

const TOKEN_KEY = 'courtDesk.doorToken';

/**
 * The per-run door token arrives once in the address (`?token=…`). Keep it in sessionStorage and take it
 * out of the address bar, so it is not bookmarked, shared in a screenshot or kept in the history.
 */
export function takeDoorToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** The door token of this tab, for a link that opens the app in a new tab (the parties' screen). */
export const doorTokenOfThisTab = (): string | null => sessionStorage.getItem(TOKEN_KEY);

/** The loopback web door: `POST /api/call` and the `GET /api/events` stream, both with the Bearer token. */
export function createWebTransport(): Transport {
  const token = takeDoorToken();
  const headers = (): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});
  const listeners = new Set<(e: AppEvent) => void>();
  let stopStream: (() => void) | null = null;

  return {
    kind: 'web',
    async call(envelope) {
      // Files travel as bytes in one binary body, never as base64 inside JSON.
      const binary = hasBytes(envelope);
      let response: Response;
      try {
        response = await fetch('/api/call', {
          method: 'POST',
          headers: { ...headers(), 'Content-Type': binary ? BINARY_CONTENT_TYPE : 'application/json' },
          body: binary ? (encodeBinary(envelope) as BodyInit) : JSON.stringify(envelope),
          cache: 'no-store',
        });
      } catch {
        return { ok: false, error: unreachable() };
      }
      // The door answers every failure (401, 413, …) with a Result body too.
      try {
        if (response.headers.get('Content-Type')?.startsWith(BINARY_CONTENT_TYPE)) {
          return decodeBinary(new Uint8Array(await response.arrayBuffer())) as Result<unknown>;
        }
        return (await response.json()) as Result<unknown>;
      } catch {
        return { ok: false, error: unreachable() };
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      stopStream ??= readEventStream('/api/events', headers(), (e) => listeners.forEach((l) => l(e)));
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stopStream) {
          stopStream();
          stopStream = null;
        }
      };
    },
  };
}
