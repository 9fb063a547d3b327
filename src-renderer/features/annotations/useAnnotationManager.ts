import { App } from 'antd';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { api } from '../../api/api';
import { AnnotationManager, type ManagerState } from './annotationManager';

/**
 * The annotation manager of one document while the reader shows it: loads its annotations, saves on the
 * debounce, flushes when the window is hidden or closed, and binds Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) to undo/redo.
 */
export function useAnnotationManager(documentId: string): { manager: AnnotationManager; state: ManagerState; loaded: boolean } {
  const { message } = App.useApp();
  const manager = useMemo(
    () =>
      new AnnotationManager(
        documentId,
        {
          list: (id) => api.annotations.list({ documentId: id }).then((r) => r.items),
          save: (changes) => api.annotations.save({ changes }).then((r) => r.saved),
        },
        {
          onConflict: (text) => void message.warning(text),
          onError: (err) => void message.error(`批注保存失败，将自动重试：${(err as Error).message ?? String(err)}`),
        },
      ),
    [documentId],
  );
  const [loaded, setLoaded] = useState(false);
  const state = useSyncExternalStore(manager.subscribe, manager.getState);

  useEffect(() => {
    setLoaded(false);
    manager.load().then(() => setLoaded(true), (err: unknown) => void message.error(`无法载入批注：${(err as Error).message}`));
    const flush = () => void manager.flush().catch(() => undefined);
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      if (!(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) manager.undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') manager.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('keydown', onKey);
      manager.dispose();
    };
  }, [manager]);

  return { manager, state, loaded };
}
