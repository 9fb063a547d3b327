import { daysBetween } from './isoDates';

export type DueLevel = 'overdue' | 'today' | 'soon' | 'ok';

/** Days before a deadline counted as "soon" (the warning threshold of the ledger). */
export const SOON_DAYS = 7;

/** How close a due date is, seen from `today` (both ISO dates): daysLeft < 0 overdue, 0 today, ≤ 7 soon. */
export function dueStatus(due: string, today: string): { daysLeft: number; level: DueLevel } {
  const daysLeft = daysBetween(today, due);
  const level: DueLevel = daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'today' : daysLeft <= SOON_DAYS ? 'soon' : 'ok';
  return { daysLeft, level };
}
