import { z } from 'zod';
import { IsoDate } from '../schemas';

/** How near a date is, as the deadline engine's dueStatus says: overdue, today, within 7 days, or later. */
export const DueLevelSchema = z.enum(['overdue', 'today', 'soon', 'ok']);
export type DueLevel = z.infer<typeof DueLevelSchema>;

/** The kinds of dated duty the ledger watches: the statutory periods plus service targets and preservation expiry. */
export const LEDGER_DEADLINE_KINDS = [
  'answer', 'evidence', 'appeal-judgment', 'appeal-ruling', 'announcement', 'trial-ordinary', 'trial-simplified',
  'trial-small-claims', 'filing-decision', 'hearing-notice', 'service-due', 'preservation-expiry',
] as const;
export const LedgerDeadlineKindSchema = z.enum(LEDGER_DEADLINE_KINDS);
export type LedgerDeadlineKind = z.infer<typeof LedgerDeadlineKindSchema>;

/** One computed deadline with what it was computed from; `unknownYears` lists years the calendar has no holidays for. */
export const DueInfoSchema = z.object({
  kind: LedgerDeadlineKindSchema,
  /** Who or what it concerns (a party's name, a measure), for the list. */
  subject: z.string(),
  from: IsoDate,
  due: IsoDate,
  nominalDue: IsoDate,
  rule: z.string(),
  daysLeft: z.number().int(),
  level: DueLevelSchema,
  unknownYears: z.array(z.number().int()),
});
export type DueInfo = z.infer<typeof DueInfoSchema>;
