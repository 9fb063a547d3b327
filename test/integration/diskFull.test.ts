import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/testApp';

let t: TestApp;
afterEach(() => t?.close());

describe('a full disk', () => {
  it('gives a clear Chinese error and leaves nothing half-written', async () => {
    t = createTestApp();
    const admin = await t.login('admin');
    const before = t.fingerprint();
    // SQLite reports SQLITE_FULL when the file may not grow: the same error a full disk gives.
    const pages = t.app.db.pragma('page_count', { simple: true }) as number;
    t.app.db.pragma(`max_page_count = ${pages}`);
    const bigName = '很长的姓名'.repeat(6);
    let result;
    for (let i = 0; i < 200; i++) {
      result = await t.call('users.create', { userName: `user${i}`, displayName: bigName.slice(0, 30), role: 'clerk', password: 'full-disk-1' }, admin);
      if (!result.ok) break;
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: expect.stringContaining('磁盘空间不足') } });
    const failedUser = (t.app.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
    const audit = (t.app.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const outbox = (t.app.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
    // Every user that was created has exactly one audit entry and one outbox row; the failed one has none.
    const created = failedUser - 6;
    expect(audit - Number(before.audit_log!.split(':')[0])).toBe(created);
    expect(outbox - Number(before.outbox!.split(':')[0])).toBe(created);
    expect((await t.call('audit.verify', {}, admin))).toMatchObject({ ok: true, value: { intact: true } });
  });
});
