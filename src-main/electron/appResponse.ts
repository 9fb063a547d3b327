import { SECURITY_HEADERS } from '../app/securityHeaders';
import { readStatic } from '../web/staticFiles';

/** The renderer's origin: every page and asset of the desktop app is served from here, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'court-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs of the app's own origin (app://court-desk/...); everything else is foreign. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Answers one app:// request from the built renderer folder. Kept free of Electron so it is unit-tested:
 * only GET/HEAD on the app host, paths outside the folder are refused (readStatic), unknown paths fall back
 * to index.html (SPA), and every response carries the security headers (CSP included).
 */
export function appResponse(rendererDir: string, method: string, url: string): Response {
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method Not Allowed');
  let pathname: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return plain(404, 'Not Found');
    pathname = parsed.pathname;
  } catch {
    return plain(400, 'Bad Request');
  }
  let found: ReturnType<typeof readStatic>;
  try {
    found = readStatic(rendererDir, pathname);
  } catch {
    // A malformed escape (decodeURIComponent) or an unreadable file: refuse rather than guess.
    return plain(400, 'Bad Request');
  }
  if (!found) return plain(404, 'Not Found');
  const body = method === 'HEAD' ? null : new Uint8Array(found.body);
  return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': found.type } });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
