import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../src-shared/contract/calls/hearingCalls';
import type { TranscriptEntry } from '../../../src-shared/contract/calls/transcriptCalls';
import { checkHearingNotice } from '../../../src-main/domains/hearings/hearingNotice';
import { altDigit, defaultSpeaker, nextPhase, parseAliasPrefix, positionBetween } from '../../../src-renderer/features/courtroom/transcriptTyping';

const P = (id: string, alias: string, position: number): Participant => ({ id, alias, position, role: 'plaintiff', name: id, partyId: null, speaker: id });
const people = [P('judge', '审', 1), P('plaintiff', '原', 2), P('agent', '原代', 3), P('defendant', '被', 4)];
const E = (over: Partial<TranscriptEntry>): TranscriptEntry => ({
  id: 'x', number: 1, position: 1, kind: 'speech', participantId: null, speaker: '', phase: null, text: '', evidenceItemId: null,
  createdAt: '', updatedAt: '', version: 1, ...over,
});

describe('the courtroom typing rules', () => {
  it('an alias and a colon (full-width or ASCII) at the start of an entry pick the speaker', () => {
    expect(parseAliasPrefix('原：', people)).toEqual({ participantId: 'plaintiff', rest: '' });
    expect(parseAliasPrefix('原代:我方认为', people)).toEqual({ participantId: 'agent', rest: '我方认为' });
    expect(parseAliasPrefix('被：', people)?.participantId).toBe('defendant');
    expect(parseAliasPrefix('证人：', people)).toBeNull(); // not an alias of this hearing
    expect(parseAliasPrefix('我说原：', people)).toBeNull(); // only at the start
    expect(parseAliasPrefix('原 ', people)).toBeNull(); // the rule is a colon, not a blank
  });

  it('positions go between neighbours without renumbering', () => {
    expect(positionBetween(undefined, undefined)).toBe(1);
    expect(positionBetween(3, undefined)).toBe(4);
    expect(positionBetween(undefined, 3)).toBe(2);
    expect(positionBetween(1, 2)).toBe(1.5);
  });

  it('the next phase follows the standard sequence and stops after the last', () => {
    expect(nextPhase([])).toBe('opening');
    expect(nextPhase([E({ kind: 'phase', phase: 'opening' }), E({})])).toBe('identity');
    expect(nextPhase([E({ kind: 'phase', phase: 'debate' })])).toBe('final_statement');
    expect(nextPhase([E({ kind: 'phase', phase: 'adjournment' })])).toBeNull();
  });

  it('a new entry starts with the speaker before the last one (question and answer alternate)', () => {
    const list = [E({ participantId: 'judge' }), E({ participantId: 'plaintiff' })];
    expect(defaultSpeaker(list, 1)).toBe('judge');
    expect(defaultSpeaker(list, 0)).toBeNull();
    expect(defaultSpeaker([E({ kind: 'phase', phase: 'opening' }), E({ participantId: 'judge' })], 1)).toBeNull();
  });

  it('Alt+digit by physical key only', () => {
    expect(altDigit({ altKey: true, ctrlKey: false, metaKey: false, code: 'Digit3' })).toBe(3);
    expect(altDigit({ altKey: true, ctrlKey: false, metaKey: false, code: 'Numpad9' })).toBe(9);
    expect(altDigit({ altKey: false, ctrlKey: false, metaKey: false, code: 'Digit3' })).toBeNull();
    expect(altDigit({ altKey: true, ctrlKey: true, metaKey: false, code: 'Digit3' })).toBeNull();
  });
});

describe('the hearing notice 3-day rule (as computeDeadline counts it)', () => {
  it('neither the day of service nor the hearing day counts: served on the 2nd, the hearing may be on the 6th', () => {
    expect(checkHearingNotice('2026-03-06', '2026-03-02', '2026-03-01', 'ordinary')).toEqual({ refusal: null, warnings: [] });
  });
  it('too late refuses under the ordinary procedure and warns under the simplified one', () => {
    expect(checkHearingNotice('2026-03-05', '2026-03-02', '2026-03-01', 'ordinary').refusal).toMatch(/仅 3 日.*最迟应于 2026-03-01.*2026-03-06 或以后/);
    expect(checkHearingNotice('2026-03-04', '2026-03-02', '2026-03-01', 'small_claims')).toMatchObject({ refusal: null, warnings: [expect.stringMatching(/简易程序/)] });
    expect(checkHearingNotice('2026-03-04', '2026-03-05', '2026-03-01', 'simplified').refusal).toMatch(/晚于开庭日期/);
  });
  it('not served yet: the last day to serve it, or a warning when that day has passed; month ends count right', () => {
    expect(checkHearingNotice('2026-03-02', null, '2026-02-20', 'ordinary').warnings).toEqual(['开庭传票尚未送达：最迟应于 2026-02-26 送达']);
    expect(checkHearingNotice('2026-03-02', null, '2026-02-27', 'ordinary').warnings[0]).toMatch(/来不及/);
  });
});
