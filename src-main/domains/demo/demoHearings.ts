import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { CallContext } from '../../services/callContext';
import { chinaToday } from '../hearings/hearingNotice';
import { proposeParticipants } from '../hearings/hearingProposal';

/** The demo courtroom and the time of today's hearing in it. */
export const DEMO_COURTROOM = '第一法庭';
const DEMO_HEARING_TIME = '09:30';

/**
 * Today's hearing in 第一法庭: the first case in the hearing stage of the first team (judge 王立明, clerk 张敏),
 * notice served five days ago, with the parties, the plaintiff's agent, the presiding judge and the clerk.
 */
export function seedDemoHearing(ctx: CallContext, now: Date): void {
  const db = ctx.app.db;
  const c = db
    .prepare("SELECT c.id, c.judge_id, c.team_id FROM cases c JOIN users u ON u.id = c.judge_id WHERE c.stage = 'hearing' AND u.user_name = 'judge' ORDER BY c.case_number LIMIT 1")
    .get() as { id: string; judge_id: string; team_id: string | null } | undefined;
  if (!c) return;
  const presiding = db.prepare('SELECT id, display_name AS name FROM users WHERE id = ?').get(c.judge_id) as { id: string; name: string };
  const clerk = db.prepare("SELECT id, display_name AS name FROM users WHERE role = 'clerk' AND team_id IS ? ORDER BY user_name LIMIT 1").get(c.team_id) as
    { id: string; name: string } | undefined;
  if (!clerk) return;
  const participants = proposeParticipants(db, c.id, { presiding, clerk });
  const plaintiffAt = participants.findIndex((p) => p.role === 'plaintiff');
  if (plaintiffAt >= 0) {
    participants.splice(plaintiffAt + 1, 0, { role: 'agent', name: '周明远', partyId: participants[plaintiffAt]!.partyId, alias: '原代' });
  }
  const today = chinaToday(now);
  const served = new Date(Date.parse(`${today}T00:00:00Z`) - 5 * 86_400_000).toISOString().slice(0, 10);
  const at = now.toISOString();
  const hearingId = uuidv7();
  ctx.write(c.id, (tx) => {
    tx.insert('hearing', hearingId, {
      case_id: c.id, starts_at: `${today}T${DEMO_HEARING_TIME}`, courtroom: DEMO_COURTROOM, presiding_judge_id: presiding.id, clerk_id: clerk.id,
      notice_served_on: served, state: 'scheduled', created_at: at, updated_at: at,
    });
    participants.forEach((p, i) =>
      tx.insert('hearing_participant', uuidv7(), { hearing_id: hearingId, role: p.role, name: p.name, party_id: p.partyId, alias: p.alias, position: i + 1 }),
    );
    tx.insert('transcript', uuidv7(), { hearing_id: hearingId, state: 'draft' });
  });
}
