import { CallFailure } from '../../../src-shared/contract/errors';
import { HEARING_STATE_LABELS, HEARING_TRANSITIONS, type HearingState } from '../../../src-shared/domain/hearing';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { Database } from '../../db/openDatabase';
import type { Handler } from '../../services/callContext';
import { chinaToday, checkHearingNotice } from './hearingNotice';
import { proposeParticipants } from './hearingProposal';
import { hearingSummary, hearingsOfCase, hearingsOfDay, knownCourtrooms, participantsOf } from './hearingRows';

interface Person { id: string; name: string }

const staffOf = (db: Database, role: 'judge' | 'clerk'): Person[] =>
  db.prepare('SELECT id, display_name AS name FROM users WHERE role = ? AND disabled = 0 ORDER BY user_name').all(role) as Person[];

function staffMember(db: Database, id: string, role: 'judge' | 'clerk', what: string): Person {
  const row = db.prepare('SELECT id, display_name AS name, role, disabled FROM users WHERE id = ?').get(id) as
    (Person & { role: string; disabled: number }) | undefined;
  if (!row || row.disabled) throw new CallFailure('NOT_FOUND', `${what}不存在或已停用`);
  if (row.role !== role) throw new CallFailure('VALIDATION', `${what}须是${role === 'judge' ? '员额法官' : '书记员'}`, [{ path: [`${role === 'judge' ? 'presidingJudgeId' : 'clerkId'}`], message: '角色不符' }]);
  return { id: row.id, name: row.name };
}

const caseRow = (db: Database, id: string) =>
  db.prepare('SELECT id, judge_id, team_id, procedure FROM cases WHERE id = ?').get(id) as
    { id: string; judge_id: string | null; team_id: string | null; procedure: string } | undefined;

export const proposal: Handler<'hearings.proposal'> = (input, ctx) => {
  const db = ctx.app.db;
  const c = caseRow(db, input.caseId);
  if (!c) throw new CallFailure('NOT_FOUND', '案件不存在');
  const judges = staffOf(db, 'judge');
  const clerks = staffOf(db, 'clerk');
  const teamClerk = db.prepare("SELECT id FROM users WHERE role = 'clerk' AND disabled = 0 AND team_id IS ? ORDER BY user_name").get(c.team_id) as { id: string } | undefined;
  const presidingJudgeId = input.presidingJudgeId ?? c.judge_id ?? null;
  const clerkId = input.clerkId ?? teamClerk?.id ?? clerks[0]?.id ?? null;
  const presiding = judges.find((j) => j.id === presidingJudgeId) ?? null;
  const clerk = clerks.find((j) => j.id === clerkId) ?? null;
  const participants = proposeParticipants(db, c.id, { presiding, clerk });
  return { participants, judges, clerks, courtrooms: knownCourtrooms(db), presidingJudgeId: presiding?.id ?? null, clerkId: clerk?.id ?? null };
};

/**
 * Schedules a hearing with its participants (proposed from the case when none are given) and an empty draft
 * transcript, in one write. Refuses a past day, a courtroom already taken at that time, a party of another case,
 * duplicate aliases, and a hearing notice served too late (see checkHearingNotice); other notice problems are
 * warnings in the answer.
 */
export const schedule: Handler<'hearings.schedule'> = (input, ctx) => {
  const db = ctx.app.db;
  const c = caseRow(db, input.caseId);
  if (!c) throw new CallFailure('NOT_FOUND', '案件不存在');
  const presiding = staffMember(db, input.presidingJudgeId, 'judge', '审判长');
  const clerk = staffMember(db, input.clerkId, 'clerk', '书记员');
  const day = input.startsAt.slice(0, 10);
  const today = chinaToday(ctx.app.now());
  if (day < today) throw new CallFailure('VALIDATION', '开庭日期已过，不能排期', [{ path: ['startsAt'], message: '日期已过' }]);
  const clash = db.prepare("SELECT 1 FROM hearings WHERE courtroom = ? AND starts_at = ? AND state != 'closed'").get(input.courtroom, input.startsAt);
  if (clash) throw new CallFailure('VALIDATION', `${input.courtroom}在 ${input.startsAt.replace('T', ' ')} 已有庭审`, [{ path: ['startsAt'], message: '法庭已占用' }]);
  const notice = checkHearingNotice(day, input.noticeServedOn, today, c.procedure);
  if (notice.refusal) throw new CallFailure('VALIDATION', notice.refusal, [{ path: ['noticeServedOn'], message: notice.refusal }]);

  const participants = input.participants ?? proposeParticipants(db, c.id, { presiding, clerk });
  const aliases = new Set<string>();
  participants.forEach((p, i) => {
    if (aliases.has(p.alias)) throw new CallFailure('VALIDATION', `简称“${p.alias}”重复：每位参加人的简称须不同`, [{ path: ['participants', i, 'alias'], message: '简称重复' }]);
    aliases.add(p.alias);
    if (p.partyId && !db.prepare('SELECT 1 FROM parties WHERE id = ? AND case_id = ?').get(p.partyId, c.id)) {
      throw new CallFailure('VALIDATION', `参加人“${p.name}”不是本案当事人`, [{ path: ['participants', i, 'partyId'], message: '非本案当事人' }]);
    }
  });

  const id = uuidv7();
  const transcriptId = uuidv7();
  const now = ctx.app.now().toISOString();
  ctx.write(c.id, (tx) => {
    tx.insert('hearing', id, {
      case_id: c.id, starts_at: input.startsAt, courtroom: input.courtroom, presiding_judge_id: presiding.id, clerk_id: clerk.id,
      notice_served_on: input.noticeServedOn, state: 'scheduled', created_at: now, updated_at: now,
    });
    participants.forEach((p, i) =>
      tx.insert('hearing_participant', uuidv7(), { hearing_id: id, role: p.role, name: p.name, party_id: p.partyId, alias: p.alias, position: i + 1 }),
    );
    tx.insert('transcript', transcriptId, { hearing_id: id, state: 'draft' });
  });
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'hearing', caseId: c.id } });
  return { id, transcriptId, warnings: notice.warnings };
};

export const list: Handler<'hearings.list'> = (input, ctx) => {
  const db = ctx.app.db;
  const items = 'caseId' in input ? hearingsOfCase(db, input.caseId) : hearingsOfDay(db, input.day, input.courtroom);
  return { items, courtrooms: knownCourtrooms(db) };
};

export const get: Handler<'hearings.get'> = ({ id }, ctx) => {
  const db = ctx.app.db;
  const summary = hearingSummary(db, id);
  if (!summary) throw new CallFailure('NOT_FOUND', '庭审不存在');
  const h = db.prepare('SELECT opened_at, closed_at FROM hearings WHERE id = ?').get(id) as { opened_at: string | null; closed_at: string | null };
  const t = db.prepare('SELECT id, state, version FROM transcripts WHERE hearing_id = ?').get(id) as
    { id: string; state: 'draft' | 'signing' | 'final'; version: number } | undefined;
  return { ...summary, openedAt: h.opened_at, closedAt: h.closed_at, participants: participantsOf(db, id), transcript: t ?? null };
};

/** 开庭 / 休庭 / 续开 / 闭庭 in the allowed order; opening needs a presiding judge and a clerk among the participants. */
export const setState: Handler<'hearings.setState'> = ({ id, toState, baseVersion }, ctx) => {
  const db = ctx.app.db;
  const h = db.prepare('SELECT case_id, state, opened_at, version FROM hearings WHERE id = ?').get(id) as
    { case_id: string; state: HearingState; opened_at: string | null; version: number } | undefined;
  if (!h) throw new CallFailure('NOT_FOUND', '庭审不存在');
  if (h.version !== baseVersion) throw new CallFailure('CONFLICT', '庭审状态已在别处改变，请刷新后重试');
  if (!HEARING_TRANSITIONS[h.state].includes(toState)) {
    throw new CallFailure('VALIDATION', `庭审${HEARING_STATE_LABELS[h.state].zh}，不能改为“${HEARING_STATE_LABELS[toState].zh}”`, [{ path: ['toState'], message: '不允许的状态变化' }]);
  }
  if (toState === 'opened') {
    const roles = new Set(participantsOf(db, id).map((p) => p.role));
    if (!roles.has('presiding') && !roles.has('judge')) throw new CallFailure('VALIDATION', '开庭须有审判长或审判员');
    if (!roles.has('clerk')) throw new CallFailure('VALIDATION', '开庭须有书记员');
  }
  const now = ctx.app.now().toISOString();
  const fields: Record<string, string> = { state: toState, updated_at: now };
  if (toState === 'opened' && !h.opened_at) fields.opened_at = now;
  if (toState === 'closed') fields.closed_at = now;
  const version = ctx.write(h.case_id, (tx) => tx.update('hearing', id, fields, baseVersion)!);
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'hearing', caseId: h.case_id, hearingId: id } });
  return { state: toState, version };
};
