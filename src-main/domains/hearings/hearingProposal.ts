import type { ParticipantInput } from '../../../src-shared/contract/calls/hearingCalls';
import { PARTICIPANT_ROLE_LABELS, type ParticipantRole } from '../../../src-shared/domain/hearing';
import type { Database } from '../../db/openDatabase';

/** Case party roles as they appear in a hearing: the side that brought the case, the side that answers it. */
const SIDE: Record<string, ParticipantRole> = {
  plaintiff: 'plaintiff', appellant: 'plaintiff', applicant: 'plaintiff', prosecutor: 'plaintiff',
  defendant: 'defendant', appellee: 'defendant', respondent: 'defendant', third_party: 'third_party',
};

/** A unique alias: 原, then 原2, 原3… for further parties of the same side. */
function aliasFor(role: ParticipantRole, used: Set<string>): string {
  const base = PARTICIPANT_ROLE_LABELS[role].alias;
  let alias = base;
  for (let n = 2; used.has(alias); n++) alias = `${base}${n}`;
  used.add(alias);
  return alias;
}

/**
 * The participants a hearing starts with: the presiding judge (Alt+1), the parties of the case in their order
 * (plaintiffs, defendants, third parties), then the clerk. The clerk adds agents and witnesses as they appear.
 */
export function proposeParticipants(
  db: Database,
  caseId: string,
  staff: { presiding: { name: string } | null; clerk: { name: string } | null },
): ParticipantInput[] {
  const used = new Set<string>();
  const out: ParticipantInput[] = [];
  if (staff.presiding) out.push({ role: 'presiding', name: staff.presiding.name, partyId: null, alias: aliasFor('presiding', used) });
  const parties = db.prepare('SELECT id, role, name FROM parties WHERE case_id = ? ORDER BY position').all(caseId) as { id: string; role: string; name: string }[];
  for (const side of ['plaintiff', 'defendant', 'third_party'] as const) {
    for (const p of parties.filter((x) => SIDE[x.role] === side)) out.push({ role: side, name: p.name, partyId: p.id, alias: aliasFor(side, used) });
  }
  if (staff.clerk) out.push({ role: 'clerk', name: staff.clerk.name, partyId: null, alias: aliasFor('clerk', used) });
  return out;
}
