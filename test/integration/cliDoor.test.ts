import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The CLI door as a user runs it: a real process over a real data folder.
const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src-main/cli/cliMain.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });

describe('command-line door', () => {
  let data: string;
  beforeAll(() => {
    data = mkdtempSync(join(tmpdir(), 'court-desk-cli-'));
    const seed = cli(['demo', 'seed', '--data', data]);
    expect(seed.status, seed.stderr).toBe(0);
    expect(seed.stdout).toMatch(/已载入演示数据/);
  }, 180_000);
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('lists the cases as JSON', () => {
    const r = cli(['cases', 'list', '--data', data, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const cases = JSON.parse(r.stdout) as { caseNumber: string }[];
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases[0]!.caseNumber).toMatch(/^（\d{4}）苏0199/);
  });

  it('audit verify exits 0, and non-zero naming the entry after a row is edited by hand', () => {
    const ok = cli(['audit', 'verify', '--data', data]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/审计日志完整/);

    const db = new BetterSqlite3(join(data, 'court-desk.sqlite'));
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare(`UPDATE audit_log SET user_name = '他人' WHERE seq = 2`).run();
    db.close();
    const bad = cli(['audit', 'verify', '--data', data]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/第 2 条审计记录/);
  });

  it('acts as the local administrator unless --user is given, and says so in the audit log', () => {
    const asUser = cli(['call', 'cases.list', '{"limit":1}', '--data', data, '--user', 'clerk'], { COURT_DESK_PASSWORD: 'demo-2026' });
    expect(asUser.status, asUser.stderr).toBe(0);
    const wrong = cli(['cases', 'list', '--data', data, '--user', 'clerk'], { COURT_DESK_PASSWORD: 'wrong' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/用户名或密码错误/);
    const forbidden = cli(['audit', 'verify', '--data', data, '--user', 'clerk'], { COURT_DESK_PASSWORD: 'demo-2026' });
    expect(forbidden.stderr).toMatch(/无权/);
    const db = new BetterSqlite3(join(data, 'court-desk.sqlite'), { readonly: true });
    const seedEntry = db.prepare(`SELECT user_name, via FROM audit_log WHERE call = 'demo.seed' LIMIT 1`).get();
    const login = db.prepare(`SELECT user_name, via FROM audit_log WHERE call = 'auth.login' ORDER BY seq DESC LIMIT 1`).get();
    db.close();
    expect(seedEntry).toEqual({ user_name: '本机管理员（命令行）', via: 'cli' });
    expect(login).toEqual({ user_name: 'clerk', via: 'cli' });
  });

  it('refuses malformed input with a Chinese validation error and exit code 2', () => {
    const r = cli(['call', 'cases.get', '{"id":"not-a-uuid"}', '--data', data]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/输入不符合要求/);
  });
});

