import type { Role } from '../../../src-shared/domain/roles';

/** The demo court: case numbers read （2026）苏0199民初123号. */
export const DEMO_COURT = { name: '演示县人民法院', code: '苏0199' } as const;

export const DEMO_TEAMS = ['民事审判第一团队', '民事审判第二团队'] as const;

export const DEMO_PASSWORD = 'demo-2026';

export interface DemoUser {
  userName: string;
  displayName: string;
  role: Role;
  password: string;
  /** Index into DEMO_TEAMS, or null for users outside the trial teams. */
  team: 0 | 1 | null;
}

/** The demo logins, one per role plus a second judge; the README and the end-to-end tests use them. */
export const DEMO_USERS: readonly DemoUser[] = [
  { userName: 'judge', displayName: '王立明', role: 'judge', password: DEMO_PASSWORD, team: 0 },
  { userName: 'judge2', displayName: '李静', role: 'judge', password: DEMO_PASSWORD, team: 1 },
  { userName: 'assistant', displayName: '陈晓', role: 'assistant', password: DEMO_PASSWORD, team: 0 },
  { userName: 'clerk', displayName: '张敏', role: 'clerk', password: DEMO_PASSWORD, team: 0 },
  { userName: 'center', displayName: '刘洋', role: 'center', password: DEMO_PASSWORD, team: null },
  { userName: 'supervisor', displayName: '赵国强', role: 'supervisor', password: DEMO_PASSWORD, team: null },
  { userName: 'admin', displayName: '孙伟', role: 'admin', password: DEMO_PASSWORD, team: null },
];
