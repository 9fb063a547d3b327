import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCaseNumber } from '../../src-shared/domain/caseNumber';
import { CASE_STAGES, PROCEDURES, type CaseStage } from '../../src-shared/domain/caseStages';
import { openApp, type AppContext } from '../../src-main/app/appContext';
import { DEMO_USERS } from '../../src-main/domains/demo/demoUsers';
import { idCheckChar, isValidCreditCode, isValidIdNumber, makeIdNumber } from '../../src-shared/domain/idNumber';
import { createDispatcher, type Dispatch } from '../../src-main/services/dispatcher';

describe('resident ID numbers and credit codes (GB 11643, GB 32100)', () => {
  it('accepts a known-good number and refuses a wrong check digit', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true); // the standard's own example
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('11010519491231002x')).toBe(false); // the check character is an upper-case X
    expect(isValidIdNumber('1101051949123100')).toBe(false);
    const feb30 = '11010519490230002';
    expect(isValidIdNumber(feb30 + idCheckChar(feb30))).toBe(false); // right check digit, impossible date
  });

  it('makes numbers that validate, with the sex in the sequence digit', () => {
    const man = makeIdNumber({ region: '320102', birth: { y: 1985, m: 6, d: 9 }, sequence: 12, sex: 'male' });
    const woman = makeIdNumber({ region: '320102', birth: { y: 1990, m: 12, d: 31 }, sequence: 12, sex: 'female' });
    for (const id of [man, woman]) expect(isValidIdNumber(id), id).toBe(true);
    expect(Number(man[16]) % 2).toBe(1);
    expect(Number(woman[16]) % 2).toBe(0);
  });

  it('checks both check characters of a unified social credit code', () => {
    expect(isValidCreditCode('91110000100017643K')).toBe(true);
    expect(isValidCreditCode('91110000100017643A')).toBe(false);
  });
});

const NOW = new Date('2026-03-10T02:00:00Z'); // early in the year: the cases span two years
const DAY = 86_400_000;

interface Row { [key: string]: unknown }

describe('demo.seed', () => {
  let dir: string;
  let app: AppContext;
  let dispatch: Dispatch;
  let first: Awaited<ReturnType<Dispatch>>;
  const all = (sql: string, ...params: unknown[]) => app.db.prepare(sql).all(...params) as Row[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'court-desk-demo-'));
    app = openApp(dir, { now: () => NOW });
    dispatch = createDispatcher(app);
    first = await dispatch({ name: 'demo.seed', input: {} }, { via: 'test' });
  }, 120_000);
  afterAll(() => {
    app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads a court, two teams, the demo users and about 30 cases', () => {
    expect(first.ok, JSON.stringify(first)).toBe(true);
    const value = (first as { value: { cases: number; documents: number; users: { userName: string; role: string }[] } }).value;
    expect(value.cases).toBeGreaterThanOrEqual(28);
    expect(value.cases).toBeLessThanOrEqual(36);
    expect(value.documents).toBe(all('SELECT id FROM documents').length);
    expect(value.users).toEqual(DEMO_USERS.map((u) => ({ userName: u.userName, displayName: u.displayName, role: u.role, password: u.password })));
    expect(all('SELECT name, code FROM courts')).toEqual([{ name: '演示县人民法院', code: '苏0199' }]);
    expect(all('SELECT name FROM teams')).toHaveLength(2);
    expect(all('SELECT id FROM cases')).toHaveLength(value.cases);
  });

  it('spreads the cases over every stage, both judges and several case types, numbered without gaps', () => {
    const cases = all('SELECT c.*, u.team_id AS judge_team FROM cases c JOIN users u ON u.id = c.judge_id');
    for (const stage of CASE_STAGES) expect(cases.filter((c) => c.stage === stage).length, stage).toBeGreaterThanOrEqual(2);
    expect(new Set(cases.map((c) => c.judge_id)).size).toBe(2);
    for (const c of cases) expect(c.team_id).toBe(c.judge_team);
    expect(new Set(cases.map((c) => c.case_type))).toEqual(new Set(['民初', '民特', '执', '刑初', '行初']));
    expect(cases.filter((c) => c.case_type === '民初').length).toBeGreaterThan(cases.length / 2);
    expect(new Set(cases.map((c) => c.procedure))).toEqual(new Set(PROCEDURES));

    const sequences = new Map<string, number[]>();
    for (const c of cases) {
      const parsed = parseCaseNumber(String(c.case_number));
      expect(parsed, String(c.case_number)).toMatchObject({ courtCode: '苏0199', caseType: c.case_type, sequence: c.sequence, year: c.year });
      const key = `${c.year}${c.case_type}`;
      sequences.set(key, [...(sequences.get(key) ?? []), Number(c.sequence)]);
      const filed = Date.parse(`${String(c.filed_on)}T00:00:00+08:00`);
      expect(NOW.getTime() - filed).toBeGreaterThan(20 * DAY);
      expect(NOW.getTime() - filed).toBeLessThan(345 * DAY);
      expect(String(c.filed_on).slice(0, 4)).toBe(String(c.year));
    }
    expect(new Set(cases.map((c) => c.year)).size).toBe(2);
    for (const [key, seqs] of sequences) expect(seqs.sort((a, b) => a - b), key).toEqual(seqs.map((_, i) => i + 1));
    // Later stages were filed earlier.
    const meanFiled = (stage: CaseStage) => {
      const days = cases.filter((c) => c.stage === stage).map((c) => Date.parse(String(c.filed_on)));
      return days.reduce((a, b) => a + b, 0) / days.length;
    };
    expect(meanFiled('archived')).toBeLessThan(meanFiled('hearing'));
    expect(meanFiled('hearing')).toBeLessThan(meanFiled('filing'));
  });

  it('records one event per stage reached, in order, dated increasingly, by a named user', () => {
    for (const c of all('SELECT id, stage FROM cases')) {
      const events = all('SELECT e.stage, e.at, e.actor_name, u.display_name FROM case_events e JOIN users u ON u.id = e.actor_user_id WHERE case_id = ? ORDER BY at', c.id);
      expect(events.map((e) => e.stage)).toEqual(CASE_STAGES.slice(0, CASE_STAGES.indexOf(c.stage as CaseStage) + 1));
      const times = events.map((e) => Date.parse(String(e.at)));
      times.forEach((t, i) => i > 0 && expect(t).toBeGreaterThan(times[i - 1]!));
      expect(times[times.length - 1]!).toBeLessThan(NOW.getTime());
      for (const e of events) expect(e.actor_name).toBe(e.display_name);
    }
  });

  it('gives every case parties on both sides, with valid ID numbers or credit codes', () => {
    for (const c of all('SELECT id FROM cases')) {
      const parties = all('SELECT role FROM parties WHERE case_id = ?', c.id).map((p) => p.role);
      expect(parties.some((r) => ['plaintiff', 'applicant', 'prosecutor'].includes(String(r)))).toBe(true);
      expect(parties.some((r) => ['defendant', 'respondent'].includes(String(r)))).toBe(true);
    }
    const people = all(`SELECT id_number FROM parties WHERE kind = 'person'`);
    expect(people.length).toBeGreaterThan(30);
    for (const p of people) expect(isValidIdNumber(String(p.id_number)), String(p.id_number)).toBe(true);
    const orgs = all(`SELECT name, id_number FROM parties WHERE kind = 'organization'`);
    expect(orgs.some((o) => String(o.name).endsWith('有限公司'))).toBe(true);
    expect(orgs.some((o) => o.id_number === null)).toBe(true);
    for (const o of orgs) if (o.id_number !== null) expect(isValidCreditCode(String(o.id_number)), String(o.id_number)).toBe(true);
  });

  it('files the right documents for each stage, as real PDFs with an embedded Chinese font subset', async () => {
    const idx = (s: unknown) => CASE_STAGES.indexOf(s as CaseStage);
    for (const c of all('SELECT id, stage FROM cases')) {
      // The demo's one finalised e-transcript (a sealed 庭审笔录 of a closed hearing) comes on top of the stage documents.
      const categories = all('SELECT category FROM documents WHERE case_id = ? AND id NOT IN (SELECT document_id FROM transcripts WHERE document_id IS NOT NULL) ORDER BY position', c.id).map((d) => d.category);
      const expected = ['起诉状', ...(idx(c.stage) > idx('service') ? ['答辩状'] : []), '证据材料', ...(idx(c.stage) > idx('hearing') ? ['庭审笔录'] : [])];
      expect(categories, String(c.stage)).toEqual(expected);
    }
    const docs = all(`SELECT d.title, d.volume, d.blob_sha256, d.page_count, d.size_bytes, b.size_bytes AS blob_size, b.media_type
                      FROM documents d JOIN blobs b ON b.sha256 = d.blob_sha256`);
    expect(docs.length).toBe(all('SELECT id FROM documents').length);
    for (const d of docs) {
      expect(d.volume).toBe('main');
      expect(d.media_type).toBe('application/pdf');
      const bytes = app.blobs.read(String(d.blob_sha256));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(d.blob_sha256);
      expect(bytes.length).toBe(d.size_bytes);
      expect(d.blob_size).toBe(d.size_bytes);
      expect(bytes.length).toBeLessThan(200_000); // a subset, not the 10 MB font
      const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
      expect(pdf.getPageCount()).toBe(d.page_count);
      expect(pdf.getTitle()).toBe(d.title);
      expect(pdf.getProducer()).toBe('Court Desk');
      const descriptors = pdf.context
        .enumerateIndirectObjects()
        .map(([, obj]) => obj)
        .filter((obj): obj is PDFDict => obj instanceof PDFDict && obj.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'));
      expect(descriptors.length).toBe(1);
      expect(descriptors[0]!.get(PDFName.of('FontFile2'))).toBeDefined();
    }
    expect(docs.some((d) => Number(d.page_count) > 1)).toBe(true);
  });

  const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
  it.skipIf(!hasPdftotext)('writes text that extracts back as Chinese (pdftotext)', () => {
    const row = all(`SELECT d.blob_sha256, c.case_number FROM documents d JOIN cases c ON c.id = d.case_id
                     WHERE d.category = '庭审笔录' LIMIT 1`)[0]!;
    const file = join(dir, 'transcript.pdf');
    writeFileSync(file, app.blobs.read(String(row.blob_sha256)));
    const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    expect(text).toContain('庭审笔录');
    expect(text).toContain(String(row.case_number));
    expect(text).toMatch(/审判[员长]：/);
    expect(text).toContain('原告：');
    expect(text).toMatch(/被告\S*：/);
    expect(text).toMatch(/第1页共\d+页/);
  });

  it('refuses a second seed and changes nothing', async () => {
    const count = (table: string) => (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const tables = ['users', 'cases', 'parties', 'case_events', 'documents', 'blobs', 'audit_log', 'outbox'];
    const before = tables.map(count);
    const blobFiles = readdirSync(join(dir, 'blobs'), { recursive: true }).length;
    const again = await dispatch({ name: 'demo.seed', input: {} }, { via: 'test' });
    // With users present the call is no longer bootstrap: without a session it is refused at the door…
    expect(again).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    // …and with an administrator's session, by the handler.
    const login = await dispatch({ name: 'auth.login', input: { userName: 'admin', password: 'demo-2026' } }, { via: 'test' });
    const sessionId = (login as { value: { sessionId: string } }).value.sessionId;
    const afterLogin = tables.map(count);
    const refused = await dispatch({ name: 'demo.seed', input: {}, sessionId }, { via: 'test' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ALREADY_INITIALIZED' } });
    expect(tables.map(count)).toEqual(afterLogin);
    expect(before.slice(0, 6)).toEqual(afterLogin.slice(0, 6));
    expect(readdirSync(join(dir, 'blobs'), { recursive: true }).length).toBe(blobFiles);
  });

  it('lets every demo user log in, and leaves an intact audit chain with one entry per case', async () => {
    for (const u of DEMO_USERS) {
      const r = await dispatch({ name: 'auth.login', input: { userName: u.userName, password: u.password } }, { via: 'test' });
      expect(r, u.userName).toMatchObject({ ok: true, value: { user: { userName: u.userName, role: u.role, displayName: u.displayName } } });
    }
    const login = await dispatch({ name: 'auth.login', input: { userName: 'admin', password: 'demo-2026' } }, { via: 'test' });
    const sessionId = (login as { value: { sessionId: string } }).value.sessionId;
    const verify = await dispatch({ name: 'audit.verify', input: {}, sessionId }, { via: 'test' });
    expect(verify).toMatchObject({ ok: true, value: { intact: true, problems: [] } });
    const seedEntries = all(`SELECT case_id FROM audit_log WHERE call = 'demo.seed' ORDER BY seq`);
    const caseIds = all('SELECT id FROM cases').map((c) => c.id);
    expect(seedEntries[0]!.case_id).toBeNull(); // court, teams and users first
    // Every case has its entry; the courtroom and service demos (hearings, the sealed transcript, the signing certificate) add more.
    expect([...new Set(seedEntries.slice(1).map((e) => e.case_id).filter((id) => id !== null))].sort()).toEqual([...caseIds].sort());
  });
});
