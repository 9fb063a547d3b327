import type { Participant } from '../../../src-shared/contract/calls/hearingCalls';
import type { TranscriptEntry } from '../../../src-shared/contract/calls/transcriptCalls';
import { HEARING_PHASES, type HearingPhase } from '../../../src-shared/domain/hearing';

/**
 * The alias rule of the courtroom page: at the very start of an entry, a participant's alias followed by a colon
 * (full-width ： or ASCII :) picks the speaker, e.g. "原：" or "被代:"; the alias and colon are then removed.
 */
export function parseAliasPrefix(text: string, participants: readonly Participant[]): { participantId: string; rest: string } | null {
  const m = /^([^:：\s]{1,6})[:：]/.exec(text);
  if (!m) return null;
  const p = participants.find((x) => x.alias === m[1]);
  return p ? { participantId: p.id, rest: text.slice(m[0].length) } : null;
}

/** A position strictly between two neighbours (either may be missing), so nothing is renumbered. */
export function positionBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return after! - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

/** The phase after the last one in the transcript (the first when none yet), or null after the last. */
export function nextPhase(entries: readonly TranscriptEntry[]): HearingPhase | null {
  const last = [...entries].reverse().find((e) => e.kind === 'phase')?.phase;
  if (!last) return HEARING_PHASES[0];
  return HEARING_PHASES[HEARING_PHASES.indexOf(last) + 1] ?? null;
}

/**
 * The speaker a new entry starts with: question and answer alternate, so the speaker of the entry before the
 * one just finished (after a phase heading: nobody). The clerk overrides it with Alt+digit or an alias.
 */
export function defaultSpeaker(entries: readonly TranscriptEntry[], afterIndex: number): string | null {
  const prev = entries[afterIndex - 1];
  const cur = entries[afterIndex];
  if (!prev || !cur || prev.kind !== 'speech' || cur.kind !== 'speech') return null;
  return prev.participantId !== cur.participantId ? prev.participantId : null;
}

/** Alt+1…Alt+9 by physical key (Alt may change e.key on some layouts). */
export function altDigit(e: { altKey: boolean; ctrlKey: boolean; metaKey: boolean; code: string }): number | null {
  if (!e.altKey || e.ctrlKey || e.metaKey) return null;
  const m = /^(?:Digit|Numpad)(\d)$/.exec(e.code);
  return m ? Number(m[1]) : null;
}
