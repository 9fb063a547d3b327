import type { AppContext } from '../../src-main/app/appContext';
import { runWrite } from '../../src-main/write/runWrite';
import { uuidv7 } from '../../src-shared/util/uuidv7';

export interface HearingFixture {
  hearingId: string;
  transcriptId: string;
  participants: Record<'presiding' | 'clerk' | 'plaintiff' | 'defendant', string>;
  entryIds: string[];
}

export const FIXTURE_ENTRIES = [
  { kind: 'phase', phase: 'opening', speaker: '', text: '' },
  { kind: 'speech', phase: null, speaker: '审判长', text: '现在开庭，核对当事人身份。' },
  { kind: 'phase', phase: 'investigation', speaker: '', text: '' },
  { kind: 'speech', phase: null, speaker: '原告', text: '被告借款十万元至今未还，请求判令归还本金及利息。' },
  { kind: 'speech', phase: null, speaker: '被告', text: '借款属实，但已归还三万元，有转账记录为证。' },
] as const;

/** A hearing with bench, plaintiff and defendant and a short transcript, written through the write path. */
export function addHearing(app: AppContext, caseId: string, users: { judge: string; clerk: string }): HearingFixture {
  const actor = { userId: null, userName: 'test-fixture', role: 'admin', via: 'test' };
  const now = app.now().toISOString();
  const hearingId = uuidv7();
  const transcriptId = uuidv7();
  const participants = { presiding: uuidv7(), clerk: uuidv7(), plaintiff: uuidv7(), defendant: uuidv7() };
  const entryIds: string[] = [];
  runWrite(app.db, { actor, call: 'test.hearing', caseId, now: app.now() }, (tx) => {
    tx.insert('hearing', hearingId, {
      case_id: caseId, starts_at: '2026-03-05T09:30', courtroom: '第一法庭', presiding_judge_id: users.judge, clerk_id: users.clerk,
      state: 'opened', opened_at: now, created_at: now, updated_at: now,
    });
    const people = [
      ['presiding', '王法官', '审'], ['clerk', '张书记员', '书'], ['plaintiff', '李明', '原'], ['defendant', '赵强', '被'],
    ] as const;
    people.forEach(([role, name, alias], i) => {
      tx.insert('hearing_participant', participants[role], { hearing_id: hearingId, role, name, alias, position: i + 1 });
    });
    tx.insert('transcript', transcriptId, { hearing_id: hearingId, state: 'draft' });
    FIXTURE_ENTRIES.forEach((e, i) => {
      const id = uuidv7();
      entryIds.push(id);
      const speakerId = e.speaker === '原告' ? participants.plaintiff : e.speaker === '被告' ? participants.defendant : e.speaker ? participants.presiding : null;
      tx.insert('transcript_entry', id, {
        transcript_id: transcriptId, position: i + 1, kind: e.kind, participant_id: speakerId, speaker: e.speaker, phase: e.phase,
        text: e.text, created_at: now, updated_at: now,
      });
    });
  });
  return { hearingId, transcriptId, participants, entryIds };
}
