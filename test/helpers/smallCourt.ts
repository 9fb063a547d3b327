import type { AppContext } from '../../src-main/app/appContext';
import { hashPassword } from '../../src-main/domains/auth/passwordHash';
import { runWrite } from '../../src-main/write/runWrite';
import { ROLES, type Role } from '../../src-shared/domain/roles';
import { uuidv7 } from '../../src-shared/util/uuidv7';

export interface SmallCourt {
  courtId: string;
  password: string;
  users: Record<Role, string>;
  caseIds: string[];
}

const PASSWORD = 'test-pass-2026';
let cachedHash: string | undefined;

/** A court with one user per role (user name = role) and three civil cases, written through the real write path. */
export function seedSmallCourt(app: AppContext): SmallCourt {
  cachedHash ??= hashPassword(PASSWORD);
  const courtId = uuidv7();
  const users = {} as Record<Role, string>;
  const caseIds: string[] = [];
  const now = app.now().toISOString();
  const actor = { userId: null, userName: 'test-fixture', role: 'admin', via: 'test' };
  runWrite(app.db, { actor, call: 'test.seed', caseId: null, now: app.now() }, (tx) => {
    tx.insert('court', courtId, { name: '测试区人民法院', code: '苏0198' });
    for (const role of ROLES) {
      users[role] = uuidv7();
      tx.insert('user', users[role], {
        court_id: courtId, user_name: role, display_name: `测试${role}`, role, password_hash: cachedHash!, created_at: now,
      });
    }
    const causes = ['民间借贷纠纷', '买卖合同纠纷', '劳动争议'];
    causes.forEach((cause, i) => {
      const id = uuidv7();
      caseIds.push(id);
      tx.insert('case', id, {
        court_id: courtId, case_number: `（2026）苏0198民初${i + 1}号`, year: 2026, case_type: '民初', sequence: i + 1,
        cause, procedure: 'simplified', stage: 'filing', judge_id: users.judge, filed_on: `2026-0${i + 1}-10`,
        created_at: now, updated_at: now,
      });
      tx.insert('party', uuidv7(), { case_id: id, role: 'plaintiff', name: `原告${i + 1}`, kind: 'person', position: 0 });
      tx.insert('party', uuidv7(), { case_id: id, role: 'defendant', name: `被告${i + 1}`, kind: 'person', position: 1 });
    });
  });
  return { courtId, password: PASSWORD, users, caseIds };
}
