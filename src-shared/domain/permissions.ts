import { ROLES, type Role } from './roles';

/**
 * The permission table: what each role may do. Calls in the contract name one permission;
 * the dispatcher checks it. Change who may do what here, and only here.
 */
export const PERMISSIONS = {
  'case.read': ROLES,
  'case.write': ['judge', 'assistant', 'clerk', 'center', 'admin'],
  'dossier.read': ROLES,
  'dossier.write': ['judge', 'assistant', 'clerk', 'center', 'admin'],
  // Annotating is reading work of the trial team (judge, assistant, clerk) and of 院庭长 reviewing a case (阅核);
  // the service centre and the administrator read the dossier but do not mark it up.
  'annotation.write': ['judge', 'assistant', 'clerk', 'supervisor'],
  'audit.read': ['supervisor', 'admin'],
  'settings.write': ['admin'],
  'user.manage': ['admin'],
  'demo.seed': ['admin'],
  // Service, preservation and trial-limit records are kept by the centre and the trial team's assistants and clerks.
  'service.write': ['center', 'clerk', 'assistant', 'admin'],
  'preservation.write': ['center', 'clerk', 'assistant', 'admin'],
  'workorder.write': ['judge', 'assistant', 'clerk', 'center', 'admin'],
  'triallimit.write': ['clerk', 'assistant', 'supervisor', 'admin'],
  // 立案 is the centre's intake; 分案 also by 院庭长 (指定分案) and the administrator.
  'case.file': ['center', 'admin'],
  'case.assign': ['center', 'supervisor', 'admin'],
  // Scheduling and running hearings: the trial team and the administrator; the transcript is the clerk's, with the
  // assistant and judge able to correct it.
  'hearing.write': ['judge', 'assistant', 'clerk', 'admin'],
  'transcript.write': ['clerk', 'assistant', 'judge'],
  // Sending the 笔录 for signature, recording refusals, finalising and 补正: the trial team. A party signs on the
  // parties' screen, which runs under the clerk's session (a presentation session that allows transcripts.sign).
  'transcript.finalise': ['clerk', 'assistant', 'judge'],
  'transcript.sign': ['clerk', 'assistant', 'judge'],
  // The evidence list, 质证 opinions and the parties' screen: the trial team, the centre (evidence at filing) and the administrator.
  'evidence.write': ['judge', 'assistant', 'clerk', 'center', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
