import { useSyncExternalStore } from 'react';
import type { PresentationView } from '../../../src-shared/contract/calls/presentationCalls';
import { api } from '../../api/api';

/**
 * The clerk's side of the presentation: what this window last put on the parties' screen, per hearing, shared
 * by the evidence list's 展示 buttons and the presentation controls.
 */
const shown = new Map<string, PresentationView>();
const listeners = new Set<() => void>();
const BLANK: PresentationView = { mode: 'blank' };

export async function present(hearingId: string, view: PresentationView): Promise<void> {
  await api.presentation.show({ hearingId, view });
  shown.set(hearingId, view);
  listeners.forEach((l) => l());
}

export function usePresented(hearingId: string): PresentationView {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => shown.get(hearingId) ?? BLANK,
  );
}
