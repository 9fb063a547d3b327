import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/testApp';

let t: TestApp;
afterEach(() => t?.close());

describe('login, idle lock and logout', () => {
  it('refuses a wrong password or an unknown user alike, in Chinese, and leaves no session', async () => {
    t = createTestApp();
    const before = t.fingerprint();
    for (const input of [{ userName: 'clerk', password: 'nope' }, { userName: 'nobody', password: 'nope' }]) {
      expect(await t.call('auth.login', input)).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS', message: '用户名或密码错误' } });
    }
    expect(t.fingerprint()).toEqual(before);
  });

  it('refuses a disabled account', async () => {
    t = createTestApp();
    t.app.db.prepare(`UPDATE users SET disabled = 1 WHERE user_name = 'center'`).run();
    expect(await t.call('auth.login', { userName: 'center', password: t.court.password })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_DISABLED' } });
  });

  it('locks after the idle limit; the password unlocks; the limit is a setting', async () => {
    let clock = new Date('2026-03-01T09:00:00Z').getTime();
    t = createTestApp({ now: () => new Date(clock) });
    const clerk = await t.login('clerk');
    clock += 14 * 60_000;
    expect((await t.call('cases.list', {}, clerk)).ok).toBe(true);
    clock += 15 * 60_000 + 1;
    expect(await t.call('cases.list', {}, clerk)).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect(await t.call('auth.unlock', { password: 'wrong' }, clerk)).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    expect(await t.call('cases.list', {}, clerk)).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect((await t.call('auth.unlock', { password: t.court.password }, clerk)).ok).toBe(true);
    expect((await t.call('cases.list', {}, clerk)).ok).toBe(true);

    const admin = await t.login('admin');
    expect(await t.call('settings.update', { idleLockMinutes: 5 }, admin)).toMatchObject({ ok: true, value: { idleLockMinutes: 5 } });
    clock += 5 * 60_000 + 1;
    expect(await t.call('cases.list', {}, clerk)).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
  });

  it('logs out: the session is gone and the history records it', async () => {
    t = createTestApp();
    const judge = await t.login('judge');
    expect((await t.call('auth.me', {}, judge))).toMatchObject({ ok: true, value: { userName: 'judge', role: 'judge' } });
    expect((await t.call('auth.logout', {}, judge)).ok).toBe(true);
    expect(await t.call('auth.me', {}, judge)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const row = t.app.db.prepare(`SELECT end_reason FROM sessions`).get();
    expect(row).toEqual({ end_reason: 'logout' });
    const audit = t.app.db.prepare(`SELECT call, user_name FROM audit_log WHERE call LIKE 'auth.%' ORDER BY seq`).all();
    expect(audit).toEqual([{ call: 'auth.login', user_name: 'judge' }, { call: 'auth.logout', user_name: 'judge' }]);
  });
});
