import { protocol } from 'electron';
import { APP_SCHEME, appResponse } from './appResponse';

/**
 * Declares app:// as a privileged scheme. Must run before the app is ready: `standard` gives it a real
 * origin (relative URLs, localStorage), `secure` makes it a secure context, `supportFetchAPI` lets the
 * renderer fetch its own assets (pdf.js worker, fonts). No bypassCSP, no corsEnabled, no stream privileges.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer folder on app://court-desk/ (after ready). */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request.method, request.url));
}
