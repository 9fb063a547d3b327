import type { Notification } from '../../../src-shared/contract/calls/notificationCalls';
import type { Handler } from '../../services/callContext';
import { loadCourtCalendar } from '../calendar/loadCourtCalendar';
import { chinaDay } from './chinaToday';
import { loadLedgerFacts } from './ledgerFacts';
import { ledgerScope } from './ledgerScope';
import { openDeadlines } from './openDeadlines';

/** Every open deadline of the user's cases that is overdue, due today or due within 7 days; the most urgent first. */
export const list: Handler<'notifications.list'> = ({ limit }, ctx) => {
  const db = ctx.app.db;
  const today = chinaDay(ctx.app.now());
  const calendar = loadCourtCalendar(db);
  const facts = loadLedgerFacts(db, ledgerScope(db, ctx.actor), `c.stage <> 'archived'`, {});
  const items: Notification[] = [];
  for (const row of facts.cases) {
    const deadlines = openDeadlines({
      row, service: facts.service.get(row.id) ?? [], measures: facts.measures.get(row.id) ?? [],
      changes: facts.changes.get(row.id) ?? [], hearings: facts.hearings.get(row.id) ?? [],
    }, calendar, today);
    for (const d of deadlines) if (d.level !== 'ok') items.push({ ...d, caseId: row.id, caseNumber: row.case_number });
  }
  items.sort((a, b) => a.daysLeft - b.daysLeft || (a.caseNumber < b.caseNumber ? -1 : 1));
  const counts = { overdue: 0, today: 0, soon: 0 };
  for (const i of items) counts[i.level as keyof typeof counts] += 1;
  return { today, counts, items: items.slice(0, limit) };
};
