import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../src-shared/contract/contract';
import { api, onEvent } from '../../api/api';
import { SignaturePadScreen } from '../signing/SignaturePadScreen';
import { ShownPage } from './ShownPage';
import { enterPresentation, isEnded } from './presentationSession';
import './presentation.css';

type Current = CallOutput<'presentation.current'>;
type PageData = CallOutput<'presentation.page'>;

/** Keys a browser would use to go back or reload, kept from leaving the screen (typing in the signature pad still works). */
function blockLeaving(e: KeyboardEvent): void {
  const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(e.target.tagName));
  if ((e.key === 'Backspace' && !typing) || (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) || e.key === 'BrowserBack' || e.key === 'F5') {
    e.preventDefault();
  }
}

/**
 * The parties' screen (举证质证展示): full screen, no navigation, no menus. It shows only what the clerk
 * presents — one page with its showable annotations and the clerk's pointer, a blank screen, or the signing
 * helper's signature pad for the participant the clerk asked — and follows the clerk over the app's events, asking the server "what now?" on each change.
 */
export function PartiesScreen({ linkToken }: { linkToken: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'joining' | 'live' | 'ended'>('joining');
  const [current, setCurrent] = useState<Current | null>(null);
  const [page, setPage] = useState<{ key: string; data: PageData } | null>(null);
  const latest = useRef(0);
  const pageKey = useRef('');

  const refresh = useCallback(async () => {
    const ask = ++latest.current;
    try {
      const now = await api.presentation.current();
      if (ask !== latest.current) return;
      setCurrent(now);
      const key = now.view.mode === 'evidence' ? `${now.view.label}|${now.view.pageNumber}` : '';
      if (key && key !== pageKey.current) {
        pageKey.current = key;
        // A later refresh (a pointer move) does not fetch the same page again, so this answer is kept while the key holds.
        const data = await api.presentation.page().catch((err: unknown) => {
          pageKey.current = '';
          throw err;
        });
        if (pageKey.current === key) setPage({ key, data });
      }
      if (!key) pageKey.current = '';
    } catch (err) {
      if (isEnded(err)) setState('ended');
    }
  }, []);

  useEffect(() => {
    enterPresentation(linkToken).then(
      () => setState('live'),
      () => setState('ended'),
    );
  }, [linkToken]);

  useEffect(() => {
    if (state !== 'live') return;
    void refresh();
    // Pushed by the server on every change of any presentation; no polling.
    return onEvent((e) => {
      if (e.topic === 'data' && e.payload.entity === 'presentation') void refresh();
    });
  }, [state, refresh]);

  useEffect(() => {
    const noMenu = (e: Event) => e.preventDefault();
    window.addEventListener('keydown', blockLeaving, true);
    window.addEventListener('contextmenu', noMenu, true);
    document.title = t('evidence.presentation.title');
    return () => {
      window.removeEventListener('keydown', blockLeaving, true);
      window.removeEventListener('contextmenu', noMenu, true);
    };
  }, [t]);

  const view = current?.view;
  let body = null;
  if (state === 'ended') body = <div className="cd-parties-message" data-testid="parties-ended">{t('evidence.presentation.ended')}</div>;
  else if (view?.mode === 'sign') {
    body = (
      <SignaturePadScreen key={`${view.transcriptId}|${view.participantId}`} transcriptId={view.transcriptId} participantId={view.participantId}
        participantName={view.participantName} onDone={() => void refresh()} />
    );
  }
  else if (view?.mode === 'evidence' && page && page.key === `${view.label}|${view.pageNumber}`) {
    body = (
      <>
        <ShownPage pdfBytes={page.data.pdf} annotations={page.data.annotations} pointer={current?.pointer ?? null} reserve={56} />
        <div className="cd-parties-caption" data-testid="parties-label">
          {`${view.label}\u3000${view.pageNumber}/${view.pageCount}`}
        </div>
      </>
    );
  }
  return (
    <div className="cd-parties" data-testid="parties-screen" data-mode={state === 'live' ? (view?.mode ?? 'blank') : state}>
      {body}
    </div>
  );
}
