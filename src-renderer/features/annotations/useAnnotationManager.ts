import { App } from 'antd';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { api } from '../../api/api';
import { AnnotationManager, type ManagerState } from './annotationManager';

/** Several documents of one case managed together (a whole volume in the reader). */
export interface AnnotationScope {
  caseId: string;
  documentIds: readonly string[];
}

/**
 * The annotation manager of one document (or of the documents of a volume, `scope`) while the reader shows
 * it: loads its annotations, saves on the debounce, flushes when the window is hidden or closed, and binds
 * Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) to undo/redo.
 */
export function useAnnotationManager(
  documentId: string,
  scope?: AnnotationScope,
): { manager: AnnotationManager; state: ManagerState; loaded: boolean } {
  const scopeKey = scope ? `${scope.caseId}:${scope.documentIds.join(',')}` : '';
  const { message } = App.useApp();
  const manager = useMemo(
    () =>
      new AnnotationManager(
        documentId,
        {
          list: (id) =>
            scope
              ? api.annotations.list({ caseId: scope.caseId }).then((r) => r.items.filter((a) => scope.documentIds.includes(a.documentId)))
              : api.annotations.list({ documentId: id }).then((r) => r.items),
          save: (changes) => api.annotations.save({ changes }).then((r) => r.saved),
        },
        {
          onConflict: (text) => void message.warning(text),
          onError: (err) => void message.error(`批注保存失败，将自动重试：${(err as Error).message ?? String(err)}`),
        },
      ),
    [documentId, scopeKey],
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
