import { DESKTOP_BRIDGE_KEY, type DesktopBridge } from '../../../src-shared/contract/desktopBridge';
import { api, transportKind } from '../../api/api';
import { doorTokenOfThisTab } from '../../api/webTransport';

/**
 * Opens the parties' screen for a hearing: a one-time link, then in Electron a second window (on the second
 * display) and in the browser a new tab. The tab is opened with noopener, so it shares neither this tab's
 * window nor its sessionStorage (the clerk's login); it gets the door token in its address, as the desk did.
 */
export async function openPartiesScreen(hearingId: string): Promise<boolean> {
  const { path } = await api.presentation.open({ hearingId });
  if (transportKind === 'desktop') {
    const bridge = (window as unknown as Record<string, DesktopBridge | undefined>)[DESKTOP_BRIDGE_KEY];
    return bridge ? bridge.openWindow(path) : false;
  }
  const door = doorTokenOfThisTab();
  const url = `${window.location.origin}/${door ? `?token=${encodeURIComponent(door)}` : ''}#${path}`;
  window.open(url, '_blank', 'noopener,noreferrer');
  return true;
}
