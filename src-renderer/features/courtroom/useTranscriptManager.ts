import { App } from 'antd';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { api } from '../../api/api';
import { TranscriptManager, type TranscriptState } from './transcriptManager';

/**
 * The transcript of a hearing while the courtroom page shows it: loads it, saves on the short timer, and flushes
 * whenever the page may be about to go (focus leaves the window, the tab is hidden, the page is closed).
 */
export function useTranscriptManager(hearingId: string): { manager: TranscriptManager; state: TranscriptState; loaded: boolean; loadError: unknown } {
  const { message } = App.useApp();
  const manager = useMemo(
    () =>
      new TranscriptManager(
        {
          get: () => api.transcripts.get({ hearingId }),
          save: (transcriptId, changes) => api.transcripts.saveEntries({ transcriptId, changes }).then((r) => r.saved),
        },
        {
          onConflict: () => void message.warning('笔录已在别处被修改，已重新载入 / Changed elsewhere; reloaded'),
          onLocked: (text) => void message.error(text),
        },
      ),
    [hearingId],
  );
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const state = useSyncExternalStore(manager.subscribe, manager.getState);

  useEffect(() => {
    setLoaded(false);
    manager.load().then(() => setLoaded(true), (err: unknown) => setLoadError(err));
    const flush = () => void manager.flush().catch(() => undefined);
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('blur', flush);
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      manager.dispose();
    };
  }, [manager]);

  return { manager, state, loaded, loadError };
}
