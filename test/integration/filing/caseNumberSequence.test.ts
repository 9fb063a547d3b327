import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCaseNumber } from '../../../src-shared/domain/caseNumber';
import { parseProvisionalCaseNumber } from '../../../src-shared/domain/filing/provisionalCaseNumber';
import { filingInput } from '../../helpers/filingInput';
import { createTestApp, type TestApp } from '../../helpers/testApp';

const NOW = () => new Date('2026-03-05T02:00:00Z');

/** The official sequences of the court's 2026 民初 cases, in order. */
const sequences = (t: TestApp): number[] =>
  (t.app.db.prepare(`SELECT case_number FROM cases WHERE number_provisional = 0 AND year = 2026 AND case_type = '民初'`).all() as { case_number: string }[])
    .map((r) => parseCaseNumber(r.case_number)!.sequence)
    .sort((a, b) => a - b);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function runChild(dir: string, password: string, count: number, tag: number): Promise<{ numbers: string[]; failed: unknown[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'fileCasesChild.ts'), dir, password, String(count), String(tag), '2'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`child ${tag} exited ${code}: ${err}`))));
  });
}

describe('case numbers: per court, year and type, no gap, no duplicate', () => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('many concurrent filings through the dispatcher get consecutive numbers after the existing ones', async () => {
    t = createTestApp({ now: NOW });
    const center = await t.login('center');
    const results = await Promise.all(range(1, 40).map((n) => t.call('filing.create', filingInput(n), center)));
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = results.map((r) => (r.ok ? (r.value as { caseNumber: string }).caseNumber : ''));
    expect(new Set(numbers).size).toBe(40);
    expect(sequences(t)).toEqual(range(1, 43)); // the small court already has 民初1–3号
    // Another type has its own sequence.
    const appeal = await t.call('filing.create', filingInput(99, {
      caseType: '民终', procedure: 'ordinary',
      parties: filingInput(99).parties.map((p, i) => ({ ...p, role: i === 0 ? 'appellant' : 'appellee' })),
    }), center);
    expect(appeal).toMatchObject({ ok: true, value: { caseNumber: '（2026）苏0198民终1号' } });
  });

  it('a rejected filing uses no number: the next one takes it', async () => {
    t = createTestApp({ now: NOW });
    const center = await t.login('center');
    const bad = await t.call('filing.create', filingInput(1, { receivedOn: '2026-03-06' }), center); // after the app's today
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const good = await t.call('filing.create', filingInput(2), center);
    expect(good).toMatchObject({ ok: true, value: { caseNumber: '（2026）苏0198民初4号' } });
    expect(t.app.db.prepare(`SELECT last_sequence FROM case_number_counters WHERE kind = 'official'`).get()).toEqual({ last_sequence: 4 });
  });

  it('two processes filing at once into the same database file get exactly the next 2N numbers between them', async () => {
    t = createTestApp({ now: NOW });
    const N = 40;
    const [a, b] = await Promise.all([runChild(t.dir, t.court.password, N, 1), runChild(t.dir, t.court.password, N, 2)]);
    expect(a.failed).toEqual([]);
    expect(b.failed).toEqual([]);
    const all = [...a.numbers, ...b.numbers];
    expect(new Set(all).size).toBe(2 * N);
    // Both processes got numbers (they really ran side by side on one file) and together they are gapless.
    expect(a.numbers.length).toBe(N);
    expect(b.numbers.length).toBe(N);
    const issued = all.map((n) => parseCaseNumber(n)!.sequence).sort((x, y) => x - y);
    expect(issued).toEqual(range(4, 3 + 2 * N));
    expect(sequences(t)).toEqual(range(1, 3 + 2 * N));
  });

  it('a device set to provisional numbering issues clearly marked 临 numbers that never look official', async () => {
    t = createTestApp({ now: NOW });
    const admin = await t.login('admin');
    const center = await t.login('center');
    expect(await t.call('settings.update', { caseNumbering: 'provisional' }, admin)).toMatchObject({ ok: true, value: { caseNumbering: 'provisional' } });
    const first = await t.call('filing.create', filingInput(1), center);
    const second = await t.call('filing.create', filingInput(2), center);
    expect(first).toMatchObject({ ok: true, value: { caseNumber: '（2026）苏0198民初临1号', numberProvisional: true } });
    expect(second).toMatchObject({ ok: true, value: { caseNumber: '（2026）苏0198民初临2号' } });
    expect(parseCaseNumber('（2026）苏0198民初临1号')).toBeNull();
    expect(parseProvisionalCaseNumber('（2026）苏0198民初临1号')).toMatchObject({ sequence: 1, caseType: '民初' });
    // Back on the numbering device: official numbers continue where they were; provisional ones took none.
    await t.call('settings.update', { caseNumbering: 'official' }, admin);
    expect(await t.call('filing.create', filingInput(3), center)).toMatchObject({ ok: true, value: { caseNumber: '（2026）苏0198民初4号', numberProvisional: false } });
    expect(sequences(t)).toEqual(range(1, 4));
  });
});
