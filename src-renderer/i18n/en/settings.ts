import type { Messages } from '../zh';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English labels of the settings area, the same keys as the Chinese ones. */
export const settings: Shape<Messages['settings']> = {
  title: 'General settings',
  idleLockMinutes: 'Lock after inactivity',
  minutes: 'minutes',
  seconds: 'seconds',
  scanFolder: 'Scanner folder',
  scanFolderHelp: 'The folder the scanner writes to; PDFs and images dropped there are imported. Empty: not watched.',
  scanFolderNone: 'Not set (not watched)',
  importMaxMb: 'Largest file',
  importMaxPages: 'Most pages per file',
  importTimeoutSeconds: 'Time to read a file',
  caseNumbering: 'Case numbers',
  caseNumberingHelp: 'Only one device of the court issues official numbers; the others issue provisional ones (民初临3号) that the sync hub replaces.',
  numberingOfficial: 'This is the numbering device: official numbers',
  numberingProvisional: 'This device issues provisional numbers',
  save: 'Save settings',
  saved: 'Settings saved',
  adminOnly: 'Only the administrator may change these settings.',
};
