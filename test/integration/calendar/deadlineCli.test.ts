import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The deadline command as a user runs it: a real process, with and without a data folder.
const cli = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src-main/cli/cliMain.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('cli deadline', () => {
  let data: string;
  beforeAll(() => {
    data = mkdtempSync(join(tmpdir(), 'court-desk-deadline-cli-'));
  });
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('computes on the built-in calendar without a data folder, due first', () => {
    const r = cli(['deadline', '--kind', 'answer', '--from', '2026-09-20', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trimStart().startsWith('{\n  "due"')).toBe(true);
    expect(JSON.parse(r.stdout)).toEqual({
      due: '2026-10-08', kind: 'answer', from: '2026-09-20', nominalDue: '2026-10-05',
      rule: expect.stringContaining('顺延至其后第一个工作日 2026-10-08'), unknownYears: [],
    });
    const evidence = cli(['deadline', '--kind', 'evidence', '--from', '2026-05-02', '--days', '7', '--json']);
    expect(JSON.parse(evidence.stdout)).toMatchObject({ due: '2026-05-09' });
    const trial = cli(['deadline', '--kind', 'trial-ordinary', '--from', '2026-01-05', '--deduct', '2026-03-01..2026-03-31', '--json']);
    expect(JSON.parse(trial.stdout)).toMatchObject({ due: '2026-08-04' });
    const text = cli(['deadline', '--kind', 'hearing-notice', '--from', '2026-03-20']);
    expect(text.stdout).toMatch(/开庭通知最迟送达日届满日：2026-03-16/);
  }, 180_000);

  it('refuses a wrong kind, date or day count in Chinese with exit code 2', () => {
    const cases: [string[], RegExp][] = [
      [['--kind', 'reply', '--from', '2026-03-01'], /未知的期限类型：reply/],
      [['--kind', 'answer', '--from', '2026-02-30'], /起算日期应为有效的 YYYY-MM-DD/],
      [['--kind', 'evidence', '--from', '2026-03-01'], /举证期限须指定天数/],
      [['--kind', 'evidence', '--from', '2026-03-01', '--days', 'ten'], /天数应为正整数/],
    ];
    for (const [args, message] of cases) {
      const r = cli(['deadline', ...args, '--json']);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  }, 180_000);

  it('with --data uses the years that court imported', () => {
    const before = cli(['deadline', '--kind', 'appeal-ruling', '--from', '2027-01-31', '--data', data, '--json']);
    expect(before.status, before.stderr).toBe(0);
    expect(JSON.parse(before.stdout)).toMatchObject({ due: '2027-02-10', unknownYears: [2027] });
    const table = JSON.stringify({ year: 2027, holidays: ['2027-01-01', '2027-02-10', '2027-02-11'], workdays: [] });
    const imported = cli(['call', 'calendar.importYear', table, '--data', data]);
    expect(imported.status, imported.stderr).toBe(0);
    const after = cli(['deadline', '--kind', 'appeal-ruling', '--from', '2027-01-31', '--data', data, '--json']);
    expect(JSON.parse(after.stdout)).toMatchObject({ nominalDue: '2027-02-10', due: '2027-02-12', unknownYears: [] });
    // Without --data the same period knows nothing of that court's table.
    const plain = cli(['deadline', '--kind', 'appeal-ruling', '--from', '2027-01-31', '--json']);
    expect(JSON.parse(plain.stdout)).toMatchObject({ due: '2027-02-10', unknownYears: [2027] });
  }, 180_000);
});
