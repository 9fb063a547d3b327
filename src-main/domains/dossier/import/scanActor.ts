import type { Actor } from '../../../write/runWrite';

/** The scanner folder's `via`: imports it makes take their category from the cover sheet (source 'scan'). */
export const SCAN_VIA = 'scan';

/** The local actor the scanner folder imports as; the audit log names it. */
export const SCAN_ACTOR: Actor = { userId: null, userName: '扫描目录', role: 'center', via: SCAN_VIA };
