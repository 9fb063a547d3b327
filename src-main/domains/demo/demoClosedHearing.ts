import { randomBytes } from 'node:crypto';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { CallContext } from '../../services/callContext';
import { proposeParticipants } from '../hearings/hearingProposal';
import { finalise } from '../transcriptSigning/finaliseHandlers';
import { makeSelfSignedP12 } from '../transcriptSigning/selfSignedCertificate';
import { installCertificate } from '../transcriptSigning/signingCertificate';
import { isSigningRole } from '../transcriptSigning/transcriptFacts';
import { DEMO_COURT } from './demoUsers';
import { drawnSignaturePng } from './demoSignatureImage';

const DAY = 86_400_000;

/**
 * The court's demo signing certificate (self-signed, made now, never shipped) and one closed hearing with a
 * finalised transcript: a few entries, the plaintiff signed on the pad, the defendant refused with a reason;
 * sealed (PAdES) and filed in the case's 正卷 as 庭审笔录 by the same finalise the clerk uses. Returns the
 * number of documents it filed (1, or 0 when the demo has no fitting case).
 */
export async function seedDemoClosedHearing(ctx: CallContext, now: Date): Promise<number> {
  const db = ctx.app.db;
  ctx.write(null, (tx) => {
    const password = randomBytes(12).toString('base64url');
    installCertificate(ctx.app, tx, makeSelfSignedP12(DEMO_COURT.name, password, now), password);
  });
  const c = db
    .prepare(`SELECT c.id, c.judge_id, c.team_id FROM cases c JOIN users u ON u.id = c.judge_id
               WHERE c.stage = 'deliberation' AND u.user_name = 'judge' ORDER BY c.case_number LIMIT 1`)
    .get() as { id: string; judge_id: string; team_id: string | null } | undefined;
  if (!c) return 0;
  const presiding = db.prepare('SELECT id, display_name AS name FROM users WHERE id = ?').get(c.judge_id) as { id: string; name: string };
  const clerk = db.prepare("SELECT id, display_name AS name FROM users WHERE role = 'clerk' ORDER BY user_name LIMIT 1").get() as { id: string; name: string } | undefined;
  if (!clerk) return 0;
  const people = proposeParticipants(db, c.id, { presiding, clerk }).map((p, i) => ({ ...p, id: uuidv7(), position: i + 1 }));
  const plaintiff = people.find((p) => p.role === 'plaintiff');
  const defendant = people.find((p) => p.role === 'defendant');
  if (!plaintiff || !defendant) return 0;

  const day = new Date(now.getTime() - 7 * DAY);
  const date = new Date(day.getTime() + 8 * 3600_000).toISOString().slice(0, 10); // China date
  const opened = new Date(`${date}T09:30:00+08:00`).toISOString();
  const closed = new Date(`${date}T10:45:00+08:00`).toISOString();
  const hearingId = uuidv7();
  const transcriptId = uuidv7();
  const lines: { kind: 'speech' | 'phase'; phase?: string; who?: typeof plaintiff; text: string }[] = [
    { kind: 'phase', phase: 'opening', text: '' },
    { kind: 'speech', who: people[0], text: '现在开庭。核对当事人身份，各方对对方出庭人员有无异议？' },
    { kind: 'speech', who: plaintiff, text: '无异议。' },
    { kind: 'speech', who: defendant, text: '无异议。' },
    { kind: 'phase', phase: 'investigation', text: '' },
    { kind: 'speech', who: plaintiff, text: '请求判令被告支付欠款及逾期利息，事实和理由详见起诉状。' },
    { kind: 'speech', who: defendant, text: '对欠款数额有异议，部分款项已经支付，同意在核实后的范围内承担责任。' },
    { kind: 'phase', phase: 'debate', text: '' },
    { kind: 'speech', who: people[0], text: '法庭辩论结束。双方是否愿意调解？' },
    { kind: 'speech', who: defendant, text: '不同意调解。' },
  ];
  ctx.write(c.id, (tx) => {
    const at = closed;
    tx.insert('hearing', hearingId, {
      case_id: c.id, starts_at: `${date}T09:30`, courtroom: '第一法庭', presiding_judge_id: presiding.id, clerk_id: clerk.id,
      notice_served_on: new Date(day.getTime() - 6 * DAY).toISOString().slice(0, 10), state: 'closed', opened_at: opened, closed_at: closed,
      created_at: at, updated_at: at,
    });
    for (const p of people) {
      tx.insert('hearing_participant', p.id, { hearing_id: hearingId, role: p.role, name: p.name, party_id: p.partyId, alias: p.alias, position: p.position });
    }
    tx.insert('transcript', transcriptId, { hearing_id: hearingId, state: 'signing' });
    lines.forEach((l, i) => {
      const speaker = l.who ? (l.who.role === 'presiding' ? '审判长' : `${l.who.role === 'plaintiff' ? '原告' : '被告'}${l.who.name}`) : '';
      tx.insert('transcript_entry', uuidv7(), {
        transcript_id: transcriptId, position: i + 1, kind: l.kind, participant_id: l.who?.id ?? null, speaker, phase: l.phase ?? null, text: l.text,
        created_at: opened, updated_at: opened, author_id: clerk.id,
      });
    });
    tx.insert('transcript_signature', uuidv7(), { transcript_id: transcriptId, participant_id: plaintiff.id, outcome: 'signed', image_png: drawnSignaturePng(7), at: closed });
    tx.insert('transcript_signature', uuidv7(), { transcript_id: transcriptId, participant_id: defendant.id, outcome: 'refused', refusal_reason: '认为笔录未完整记载其已付款项的陈述', at: closed });
    // Anyone else who signs (a second party, a third party) signed too, so the transcript can be finalised.
    people.filter((p) => isSigningRole(p.role) && p !== plaintiff && p !== defendant).forEach((p, i) => {
      tx.insert('transcript_signature', uuidv7(), { transcript_id: transcriptId, participant_id: p.id, outcome: 'signed', image_png: drawnSignaturePng(11 + i), at: closed });
    });
  });
  await finalise({ transcriptId, baseVersion: 1 }, ctx);
  return 1;
}
