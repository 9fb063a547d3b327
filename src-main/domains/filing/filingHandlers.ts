import { CallFailure } from '../../../src-shared/contract/errors';
import { computeDeadline } from '../../../src-shared/domain/deadlines/deadlineKinds';
import { chinaToday } from '../../../src-shared/domain/filing/chinaToday';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { Handler } from '../../services/callContext';
import { readSettings } from '../../services/settingsStore';
import { loadCourtCalendar } from '../calendar/loadCourtCalendar';
import { issueCaseNumber } from './caseNumberIssuer';
import { actorCourt, getFiledCase } from './filingRows';

/**
 * 立案登记: the case, its parties and their agents, the filing event and the case number, all in ONE write.
 * The number is issued inside that write (see caseNumberIssuer), so concurrent filings never share a number
 * and a filing that fails leaves no gap. The filing year (收案年度) is the year of the filing day in China.
 */
export const create: Handler<'filing.create'> = (input, ctx) => {
  const db = ctx.app.db;
  const now = ctx.app.now();
  const today = chinaToday(now);
  // The schema checks this against the client's clock; the app's clock decides.
  if (input.receivedOn > today) {
    throw new CallFailure('VALIDATION', '收到起诉材料的日期不能晚于今天', [{ path: 'receivedOn', message: '收到起诉材料的日期不能晚于今天' }]);
  }
  const court = actorCourt(db, ctx.actor);
  const due = computeDeadline('filing-decision', input.receivedOn, { calendar: loadCourtCalendar(db) }).due;
  const numbering = readSettings(db).caseNumbering;
  const id = uuidv7();
  const at = now.toISOString();
  const actorName = ctx.session?.displayName ?? ctx.actor?.userName ?? '';

  ctx.write(id, (tx) => {
    const issued = issueCaseNumber(db, tx, { courtId: court.id, courtCode: court.code, year: Number(today.slice(0, 4)), caseType: input.caseType }, numbering);
    tx.insert('case', id, {
      court_id: court.id, case_number: issued.caseNumber, year: Number(today.slice(0, 4)), case_type: input.caseType,
      sequence: issued.sequence, number_provisional: issued.provisional ? 1 : 0, cause: input.cause, procedure: input.procedure,
      stage: 'filing', filed_on: today, received_on: input.receivedOn, filing_decision_due: due, claims: input.claims,
      claim_amount: input.claimAmount, fee: input.fee, created_at: at, updated_at: at,
    });
    input.parties.forEach((p, i) => {
      const partyId = uuidv7();
      tx.insert('party', partyId, {
        case_id: id, role: p.role, name: p.name, kind: p.kind, id_number: p.idNumber, legal_representative: p.legalRepresentative,
        address: p.address, phone: p.phone, position: i,
      });
      p.agents.forEach((a, j) => {
        tx.insert('party_agent', uuidv7(), {
          case_id: id, party_id: partyId, name: a.name, kind: a.kind, license_no: a.licenseNo, id_number: a.idNumber, phone: a.phone,
          authority: a.authority, special_powers: JSON.stringify(a.specialPowers), position: j,
        });
      });
    });
    const note = issued.provisional ? `立案登记，临时案号 ${issued.caseNumber}（待同步后取得正式案号）` : `立案登记，案号 ${issued.caseNumber}`;
    tx.insert('case_event', uuidv7(), {
      case_id: id, stage: 'filing', at, note, actor_user_id: ctx.actor?.userId ?? null, actor_name: actorName,
    });
  });
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'case', id } });
  return getFiledCase(db, id)!;
};
