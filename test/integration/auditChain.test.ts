import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/testApp';

let t: TestApp;
afterEach(() => t?.close());

/** A test app with a few audited commands, and a way to tamper as someone with the file would. */
async function withHistory(): Promise<{ admin: string; verify: () => Promise<{ intact: boolean; problems: { seq: number; kind: string }[] }> }> {
  t = createTestApp();
  const judge = await t.login('judge');
  for (const id of t.court.caseIds) await t.call('cases.advanceStage', { id, toStage: 'service', baseVersion: 1 }, judge);
  const admin = await t.login('admin');
  const verify = async () => {
    const r = await t.call('audit.verify', {}, admin);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as { intact: boolean; problems: { seq: number; kind: string }[] };
  };
  // Someone editing the file by hand first removes the app's append-only guards.
  return { admin, verify };
}

const dropGuards = () => {
  t.app.db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
};

describe('audit chain', () => {
  it('is intact after normal use, and the app itself cannot edit or delete entries', async () => {
    const { verify } = await withHistory();
    expect(await verify()).toMatchObject({ intact: true, problems: [] });
    expect(() => t.app.db.prepare(`UPDATE audit_log SET user_name = 'x' WHERE seq = 2`).run()).toThrow(/append-only/);
    expect(() => t.app.db.prepare(`DELETE FROM audit_log WHERE seq = 2`).run()).toThrow(/append-only/);
  });

  it('names an edited entry', async () => {
    const { verify } = await withHistory();
    dropGuards();
    t.app.db.prepare(`UPDATE audit_log SET user_name = 'clerk' WHERE seq = 3`).run();
    const r = await verify();
    expect(r.intact).toBe(false);
    expect(r.problems).toContainEqual(expect.objectContaining({ seq: 3, kind: 'edited' }));
  });

  it('names an entry edited with its hash recomputed (the next entry no longer links)', async () => {
    const { verify } = await withHistory();
    dropGuards();
    const { createHash } = await import('node:crypto');
    const { canonicalJson } = await import('../../src-shared/util/canonicalJson');
    const row = t.app.db.prepare('SELECT * FROM audit_log WHERE seq = 3').get() as Record<string, unknown>;
    const { hash: _old, ...entry } = { ...row, user_name: 'forger' } as Record<string, unknown>;
    const hash = createHash('sha256').update(String(entry.prev_hash) + canonicalJson(entry)).digest('hex');
    t.app.db.prepare(`UPDATE audit_log SET user_name = 'forger', hash = ? WHERE seq = 3`).run(hash);
    const r = await verify();
    expect(r.problems).toContainEqual(expect.objectContaining({ seq: 4, kind: 'reordered' }));
  });

  it('names a deleted entry in the middle and a deleted last entry', async () => {
    const { verify } = await withHistory();
    dropGuards();
    t.app.db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect((await verify()).problems).toContainEqual(expect.objectContaining({ seq: 2, kind: 'missing' }));
    const last = (t.app.db.prepare('SELECT max(seq) AS s FROM audit_log').get() as { s: number }).s;
    t.app.db.prepare('DELETE FROM audit_log WHERE seq = ?').run(last);
    // verify itself appends nothing, so the head still names the deleted entry.
    expect((await verify()).problems).toContainEqual(expect.objectContaining({ kind: 'head_mismatch' }));
  });

  it('names swapped entries', async () => {
    const { verify } = await withHistory();
    dropGuards();
    const cols = 'at, user_id, user_name, role, via, call, case_id, digest, prev_hash, hash';
    const a = t.app.db.prepare(`SELECT ${cols} FROM audit_log WHERE seq = 2`).get() as Record<string, unknown>;
    const b = t.app.db.prepare(`SELECT ${cols} FROM audit_log WHERE seq = 3`).get() as Record<string, unknown>;
    const set = `UPDATE audit_log SET ${cols.split(', ').map((c) => `${c} = @${c}`).join(', ')} WHERE seq = @seq`;
    t.app.db.prepare(set).run({ ...b, seq: 2 });
    t.app.db.prepare(set).run({ ...a, seq: 3 });
    const r = await verify();
    expect(r.intact).toBe(false);
    expect(r.problems.map((p) => p.seq)).toEqual(expect.arrayContaining([2, 3]));
  });
});
