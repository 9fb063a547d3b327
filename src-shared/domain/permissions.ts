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
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
