import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLS } from '../../src-shared/contract/contract';
import { PERMISSIONS } from '../../src-shared/domain/permissions';
import { ROLES, type Role } from '../../src-shared/domain/roles';
import { createTestApp, type TestApp } from '../helpers/testApp';

describe('role matrix: each role is allowed or denied each call as the permission table says', () => {
  let t: TestApp;
  const sessions = {} as Record<Role, string>;
  beforeAll(async () => {
    t = createTestApp();
    for (const role of ROLES) sessions[role] = await t.login(role);
  });
  afterAll(() => t.close());

  for (const def of CALLS) {
    if (def.access.kind === 'public') continue;
    for (const role of ROLES) {
      const allowed = def.access.kind === 'session' || (PERMISSIONS[def.access.permission] as readonly Role[]).includes(role);
      it(`${def.name} × ${role} → ${allowed ? 'allowed' : 'FORBIDDEN'}`, async () => {
        // auth.logout would end the session the other cases use; check it on a fresh one.
        const session = def.name === 'auth.logout' ? await t.login(role) : sessions[role];
        const result = await t.call(def.name, def.example, session);
        if (allowed) expect(result.ok ? 'ok' : result.error.code).not.toMatch(/FORBIDDEN|UNAUTHENTICATED|VALIDATION/);
        else expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      });
    }
    it(`${def.name} without a session → UNAUTHENTICATED`, async () => {
      const result = await t.call(def.name, def.example);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    });
  }

  it('a forged session id is refused', async () => {
    expect(await t.call('cases.list', {}, 'forged-session')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
