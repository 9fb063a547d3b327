import type { Messages } from '../zh';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English labels of the calendar area, the same keys as the Chinese ones. */
export const calendar: Shape<Messages['calendar']> = {
  title: 'Holiday data',
  year: 'Year',
  source: 'Source',
  builtIn: 'Built in',
  importedTag: 'Imported',
  importedOverride: 'Imported (replaces built-in)',
  holidays: 'Holidays',
  workdays: 'Make-up workdays',
  importedAt: 'Imported at',
  import: 'Import a year',
  imported: 'Imported {{year}}: {{holidays}} holidays, {{workdays}} make-up workdays',
  missing: 'No holiday data for {{years}}',
  missingAdmin: 'Deadlines in that year count weekends only and may be wrong. Import the year once the State Council publishes its holiday arrangement.',
  missingOther: 'Deadlines in that year count weekends only and may be wrong. Ask the administrator to import the year.',
  about: 'Deadlines move off holidays using this data: built in for {{first}}–{{last}} (chinese-days); an imported year takes precedence.',
  format: 'The file is JSON: {"year": 2027, "holidays": ["2027-01-01", …], "workdays": ["2027-02-20", …]}; holidays are days off (including weekends moved into them), workdays the Saturdays and Sundays worked.',
  calculator: 'Deadline calculator',
  kind: 'Period',
  from: 'Start date',
  hearingDay: 'Hearing date',
  fromRequired: 'Choose a date',
  days: 'Days',
  daysRequired: 'Enter the number of days',
  compute: 'Compute',
  due: 'Due',
  nominalDue: 'Due before moving off holidays',
  rule: 'How it was counted',
  warning: 'Note',
  unknownYears: 'No holiday data for {{years}}: weekends only',
};
