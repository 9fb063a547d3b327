import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The CLI door over a demo data folder: the closed hearing's sealed transcript is reachable like any document.
const cli = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src-main/cli/cliMain.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

interface Finalised { transcript_id: string; pdf_sha256: string; document_id: string; case_number: string; hearing_state: string }

describe('demo data: one closed hearing with a finalised, sealed transcript', () => {
  let data: string;
  let row: Finalised;
  let outcomes: { role: string; outcome: string; refusal_reason: string | null }[];

  beforeAll(() => {
    data = mkdtempSync(join(tmpdir(), 'court-desk-demo-signed-'));
    const seed = cli(['demo', 'seed', '--data', data]);
    expect(seed.status, seed.stderr).toBe(0);
    const db = new BetterSqlite3(join(data, 'court-desk.sqlite'), { readonly: true });
    const rows = db.prepare(`SELECT t.id AS transcript_id, t.pdf_sha256, t.document_id, c.case_number, h.state AS hearing_state
      FROM transcripts t JOIN hearings h ON h.id = t.hearing_id JOIN cases c ON c.id = h.case_id WHERE t.state = 'final'`).all() as Finalised[];
    expect(rows).toHaveLength(1);
    row = rows[0]!;
    outcomes = db.prepare(`SELECT p.role, s.outcome, s.refusal_reason FROM transcript_signatures s JOIN hearing_participants p ON p.id = s.participant_id
      WHERE s.transcript_id = ? ORDER BY p.position`).all(row.transcript_id) as typeof outcomes;
    db.close();
  }, 180_000);
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('is closed, with the plaintiff signed and the defendant refused with a reason', () => {
    expect(row.hearing_state).toBe('closed');
    expect(outcomes.find((o) => o.role === 'plaintiff')?.outcome).toBe('signed');
    const refused = outcomes.find((o) => o.role === 'defendant');
    expect(refused?.outcome).toBe('refused');
    expect(refused?.refusal_reason).toBeTruthy();
  });

  it('documents list and document export reach it; the export is the sealed PDF', () => {
    const list = cli(['documents', 'list', '--data', data, '--case', row.case_number, '--json']);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toContain(row.document_id);
    const out = join(data, 'exported.pdf');
    const exp = cli(['document', 'export', '--data', data, '--id', row.document_id, '--out', out]);
    expect(exp.status, exp.stderr).toBe(0);
    const bytes = readFileSync(out);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(row.pdf_sha256);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('庭审笔录');
    expect(text).toMatch(/拒绝签名，理由：/);
    let sig: string;
    try {
      sig = execFileSync('pdfsig', [out], { encoding: 'utf8' });
    } catch (err) {
      sig = String((err as { stdout?: string }).stdout ?? err);
    }
    expect(sig).toContain('Signature is Valid');
  });
});
