/** The six roles of DOMAIN.md. */
export const ROLES = ['judge', 'assistant', 'clerk', 'center', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  judge: { zh: '员额法官', en: 'Judge' },
  assistant: { zh: '法官助理', en: 'Judge assistant' },
  clerk: { zh: '书记员', en: 'Clerk' },
  center: { zh: '集约中心', en: 'Service centre' },
  supervisor: { zh: '院庭长/审管办', en: 'Supervisor' },
  admin: { zh: '系统管理员', en: 'Administrator' },
};
