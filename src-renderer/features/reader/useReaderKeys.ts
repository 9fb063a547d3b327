import { useEffect, useRef, type RefObject } from 'react';
import type { ViewerHandle } from './ContinuousViewer';

export interface ReaderKeyActions {
  /** The viewers: the pane holding the focus gets the key, else the first. */
  viewers: RefObject<ViewerHandle | null>[];
  onFind: () => void;
  onBookmark: (viewer: ViewerHandle) => void;
  /** F4: fold the side panels away or back (useWideReading). */
  onWide: () => void;
}

const typing = (t: EventTarget | null): boolean => {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
};

/**
 * The reader's keyboard: PageUp/PageDown a page, Home/End first/last page, + / - zoom (without Ctrl, which
 * stays the browser's zoom), Ctrl+F find, Ctrl+G go to page, Ctrl+D bookmark the page, F4 wide reading. They leave the
 * annotation tools' keys alone (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y: useAnnotationManager) and do nothing while
 * the user types in a field, except Ctrl+F, which always opens the find bar.
 */
export function useReaderKeys(actions: ReaderKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { viewers, onFind, onBookmark, onWide } = latest.current;
      const live = viewers.map((r) => r.current).filter((v): v is ViewerHandle => !!v);
      const viewer = live.find((v) => v.contains(document.activeElement)) ?? live[0];
      if (!viewer || e.altKey) return;
      const ctrl = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let run: (() => void) | null = null;
      if (ctrl && !e.shiftKey && key === 'f') run = onFind;
      else if (typing(e.target)) return;
      else if (ctrl && !e.shiftKey && key === 'g') run = () => viewer.focusPageInput();
      else if (ctrl && !e.shiftKey && key === 'd') run = () => onBookmark(viewer);
      else if (e.key === 'F4' && !ctrl) run = onWide;
      else if (ctrl) return;
      else if (e.key === 'PageDown') run = () => viewer.step(1);
      else if (e.key === 'PageUp') run = () => viewer.step(-1);
      else if (e.key === 'Home') run = () => viewer.go(0);
      else if (e.key === 'End') run = () => viewer.go(Number.MAX_SAFE_INTEGER);
      else if (e.key === '+' || e.key === '=') run = () => viewer.zoom('in');
      else if (e.key === '-') run = () => viewer.zoom('out');
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
