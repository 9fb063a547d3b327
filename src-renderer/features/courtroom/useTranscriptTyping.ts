import { useCallback, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { TranscriptEntry } from '../../../src-shared/contract/calls/transcriptCalls';
import type { HearingPhase } from '../../../src-shared/domain/hearing';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { TranscriptManager } from './transcriptManager';
import { altDigit, defaultSpeaker, nextPhase, parseAliasPrefix, positionBetween } from './transcriptTyping';

type Caret = 'start' | 'end' | number;

/**
 * The typing commands of the courtroom page: Enter starts the next entry, Alt+1…9 picks the speaker, an alias and
 * a colon at the start of an entry picks it too, Alt+0 inserts the next phase heading, F1…F12 insert quick phrases,
 * Backspace in an empty entry removes it, ↑/↓ at the edges move between entries.
 */
export function useTranscriptTyping(manager: TranscriptManager, phrases: ReadonlyMap<string, string>, readOnly: boolean) {
  const refs = useRef(new Map<string, HTMLTextAreaElement>());
  const wanted = useRef<{ id: string; caret: Caret } | null>(null);
  /** The entry the clerk last typed in: where a phase or a phrase from the menus goes. */
  const current = useRef<string | null>(null);
  const entries = manager.getState().entries;

  const focus = useCallback((id: string, caret: Caret = 'end') => {
    // Placed after React has rendered the new text (layout effect), or on the next tick when nothing re-renders.
    wanted.current = { id, caret };
    setTimeout(() => {
      const el = refs.current.get(id);
      if (el && wanted.current?.id === id) place(el, caret, wanted);
    }, 0);
  }, []);

  useLayoutEffect(() => {
    const w = wanted.current;
    const el = w ? refs.current.get(w.id) : undefined;
    if (w && el) place(el, w.caret, wanted);
  });

  const register = useCallback((id: string, el: HTMLTextAreaElement | null) => {
    if (el) refs.current.set(id, el);
    else refs.current.delete(id);
  }, []);

  const insertAfter = useCallback(
    (afterId: string | null, fields: Pick<TranscriptEntry, 'kind' | 'phase' | 'participantId' | 'speaker' | 'text'>): string => {
      const list = manager.getState().entries;
      const at = afterId ? list.findIndex((e) => e.id === afterId) : list.length - 1;
      const id = uuidv7();
      const now = new Date().toISOString();
      manager.upsert({
        id, position: positionBetween(list[at]?.position, list[at + 1]?.position), evidenceItemId: null, createdAt: now, updatedAt: now, version: 0, ...fields,
      });
      return id;
    },
    [manager],
  );

  const newSpeech = useCallback(
    (afterId: string | null) => {
      const s = manager.getState();
      const at = afterId ? s.entries.findIndex((e) => e.id === afterId) : s.entries.length - 1;
      const pid = defaultSpeaker(s.entries, at);
      const speaker = s.participants.find((p) => p.id === pid)?.speaker ?? '';
      const id = insertAfter(afterId, { kind: 'speech', phase: null, participantId: pid, speaker, text: '' });
      current.current = id;
      focus(id, 'end');
    },
    [manager, insertAfter, focus],
  );

  /** A phase heading after the current entry (by default the next of the standard sequence), then a new entry. */
  const insertPhase = useCallback(
    (phase?: HearingPhase) => {
      if (readOnly) return;
      const p = phase ?? nextPhase(manager.getState().entries);
      if (!p) return;
      const headingId = insertAfter(current.current, { kind: 'phase', phase: p, participantId: null, speaker: '', text: '' });
      current.current = headingId;
      newSpeech(headingId);
    },
    [manager, insertAfter, newSpeech, readOnly],
  );

  const setSpeaker = useCallback(
    (id: string, participantId: string | null) => {
      const p = manager.getState().participants.find((x) => x.id === participantId);
      manager.update(id, { participantId: p?.id ?? null, speaker: p?.speaker ?? '' });
    },
    [manager],
  );

  const changeText = useCallback(
    (entry: TranscriptEntry, text: string) => {
      const alias = entry.kind === 'speech' ? parseAliasPrefix(text, manager.getState().participants) : null;
      if (alias) {
        setSpeaker(entry.id, alias.participantId);
        manager.update(entry.id, { text: alias.rest });
        focus(entry.id, 'start');
        return;
      }
      manager.update(entry.id, { text });
    },
    [manager, setSpeaker, focus],
  );

  const insertPhrase = useCallback(
    (id: string, phrase: string) => {
      const el = refs.current.get(id);
      const e = manager.get(id);
      if (!e) return;
      const from = el?.selectionStart ?? e.text.length;
      const to = el?.selectionEnd ?? e.text.length;
      manager.update(id, { text: e.text.slice(0, from) + phrase + e.text.slice(to) });
      focus(id, from + phrase.length);
    },
    [manager, focus],
  );

  const onKeyDown = useCallback(
    (entry: TranscriptEntry, e: KeyboardEvent<HTMLTextAreaElement>) => {
      if (e.nativeEvent.isComposing || readOnly) return;
      const list = manager.getState().entries;
      const index = list.findIndex((x) => x.id === entry.id);
      const el = e.currentTarget;
      const digit = altDigit(e);
      if (digit !== null) {
        e.preventDefault();
        if (digit === 0) insertPhase();
        else {
          const p = manager.getState().participants.find((x) => x.position === digit);
          if (p) setSpeaker(entry.id, p.id);
        }
      } else if (/^F([1-9]|1[0-2])$/.test(e.key)) {
        e.preventDefault();
        const phrase = phrases.get(e.key);
        if (phrase) insertPhrase(entry.id, phrase);
      } else if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey) {
        e.preventDefault();
        newSpeech(entry.id);
      } else if (e.key === 'Backspace' && entry.text === '' && list.length > 1) {
        e.preventDefault();
        manager.remove(entry.id);
        const prev = list[index - 1] ?? list[index + 1];
        if (prev) {
          current.current = prev.id;
          focus(prev.id, 'end');
        }
      } else if (e.key === 'ArrowUp' && el.selectionStart === 0 && el.selectionEnd === 0 && index > 0) {
        e.preventDefault();
        focusNearest(list, index, -1, focus);
      } else if (e.key === 'ArrowDown' && el.selectionStart === el.value.length && index < list.length - 1) {
        e.preventDefault();
        focusNearest(list, index, 1, focus);
      }
    },
    [manager, phrases, readOnly, insertPhase, setSpeaker, insertPhrase, newSpeech, focus],
  );

  const onFocusEntry = useCallback((id: string) => {
    current.current = id;
  }, []);

  return { register, onKeyDown, onFocusEntry, changeText, setSpeaker, insertPhase, newSpeech, insertPhrase, focus, current, entries };
}

function focusNearest(list: readonly TranscriptEntry[], index: number, step: 1 | -1, focus: (id: string, caret: Caret) => void): void {
  for (let i = index + step; i >= 0 && i < list.length; i += step) {
    if (list[i]!.kind !== 'phase') return focus(list[i]!.id, step < 0 ? 'end' : 'start');
  }
}

function place(el: HTMLTextAreaElement, caret: Caret, wanted: { current: unknown }): void {
  wanted.current = null;
  if (document.activeElement !== el) el.focus();
  const at = caret === 'start' ? 0 : caret === 'end' ? el.value.length : caret;
  el.setSelectionRange(at, at);
}
