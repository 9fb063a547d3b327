import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/testApp';

let t: TestApp;
afterEach(() => t?.close());

const setupInput = { courtName: '南京市示范区人民法院', courtCode: '苏0198', adminUserName: 'itadmin', adminDisplayName: '信息中心管理员', adminPassword: 'first-admin-1' };

describe('first run of a real court', () => {
  it('registers the court and its first administrator on an empty data folder, once', async () => {
    t = createTestApp({ seed: false });
    expect(await t.call('system.status', {})).toMatchObject({ ok: true, value: { initialized: false, court: null } });
    expect(await t.call('system.setup', setupInput)).toMatchObject({ ok: true, value: { admin: { role: 'admin', userName: 'itadmin' } } });
    expect(await t.call('system.status', {})).toMatchObject({ ok: true, value: { initialized: true, court: { code: '苏0198' } } });
    expect((await t.call('auth.login', { userName: 'ITADMIN', password: 'first-admin-1' })).ok).toBe(true);
    // Once a user exists, setup is an admin's call and refuses to run again.
    expect(await t.call('system.setup', setupInput)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await t.call('demo.seed', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a weak password or a malformed court code, in Chinese', async () => {
    t = createTestApp({ seed: false });
    const weak = await t.call('system.setup', { ...setupInput, adminPassword: 'short' });
    expect(weak).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('密码至少 8 位') } });
    const code = await t.call('system.setup', { ...setupInput, courtCode: 'JS0105' });
    expect(code).toMatchObject({ ok: false, error: { message: expect.stringContaining('法院代字') } });
  });
});

describe('user management', () => {
  it('an administrator adds a user who can then log in; names are unique', async () => {
    t = createTestApp();
    const admin = await t.login('admin');
    const input = { userName: 'clerk2', displayName: '周书记员', role: 'clerk', password: 'clerk2-pass' };
    expect(await t.call('users.create', input, admin)).toMatchObject({ ok: true, value: { userName: 'clerk2', role: 'clerk' } });
    expect((await t.call('auth.login', { userName: 'clerk2', password: 'clerk2-pass' })).ok).toBe(true);
    expect(await t.call('users.create', { ...input, userName: 'CLERK2' }, admin)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const list = await t.call('users.list', {}, admin);
    expect(list.ok && (list.value as { items: unknown[] }).items).toHaveLength(7);
  });

  it('disabling a user ends their sessions and refuses their login; the last admin stays', async () => {
    t = createTestApp();
    const admin = await t.login('admin');
    const clerk = await t.login('clerk');
    expect((await t.call('users.setDisabled', { id: t.court.users.clerk, disabled: true }, admin)).ok).toBe(true);
    expect(await t.call('cases.list', {}, clerk)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await t.call('auth.login', { userName: 'clerk', password: t.court.password })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_DISABLED' } });
    expect(await t.call('users.setDisabled', { id: t.court.users.admin, disabled: true }, admin)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('a user changes their own password; the old one stops working', async () => {
    t = createTestApp();
    const judge = await t.login('judge');
    expect(await t.call('auth.changePassword', { currentPassword: 'nope', newPassword: 'judge-new-1' }, judge)).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    expect((await t.call('auth.changePassword', { currentPassword: t.court.password, newPassword: 'judge-new-1' }, judge)).ok).toBe(true);
    expect((await t.call('auth.login', { userName: 'judge', password: t.court.password })).ok).toBe(false);
    expect((await t.call('auth.login', { userName: 'judge', password: 'judge-new-1' })).ok).toBe(true);
  });
});
