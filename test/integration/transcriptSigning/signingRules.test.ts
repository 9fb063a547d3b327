import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnSignaturePng } from '../../../src-main/domains/demo/demoSignatureImage';
import { makeSelfSignedP12 } from '../../../src-main/domains/transcriptSigning/selfSignedCertificate';
import { runWrite } from '../../../src-main/write/runWrite';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { createTestApp, type TestApp } from '../../helpers/testApp';
import { addHearing, type HearingFixture } from '../../helpers/hearingFixture';

let t: TestApp;
let h: HearingFixture;
let clerk: string;

const call = (name: string, input: unknown) => t.call(name, input, clerk);
const ok = async <T>(name: string, input: unknown): Promise<T> => {
  const r = await call(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
};
const fails = async (name: string, input: unknown, code: string, message?: RegExp) => {
  const r = await call(name, input);
  expect(r.ok, `${name} should fail`).toBe(false);
  if (!r.ok) {
    expect(r.error.code).toBe(code);
    if (message) expect(r.error.message).toMatch(message);
  }
};
const version = () => (t.app.db.prepare('SELECT version FROM transcripts WHERE id = ?').get(h.transcriptId) as { version: number }).version;
const T = () => h.transcriptId;
const pngOf = (width: number, height: number) => `data:image/png;base64,${PNG.sync.write(new PNG({ width, height })).toString('base64')}`;

beforeAll(async () => {
  t = createTestApp();
  h = addHearing(t.app, t.court.caseIds[0]!, t.court.users);
  clerk = await t.login('clerk');
});
afterAll(() => t?.close());

describe('before and while signing', () => {
  it('refuses signatures before the transcript is sent for signing', async () => {
    await fails('transcripts.sign', { transcriptId: T(), participantId: h.participants.plaintiff, imagePng: drawnSignaturePng() }, 'VALIDATION', /尚未交付签名/);
  });

  it('freezes the entries while signing (saveEntries says LOCKED)', async () => {
    await ok('transcripts.startSigning', { transcriptId: T(), baseVersion: version() });
    const entry = { id: uuidv7(), position: 99, kind: 'speech', participantId: h.participants.plaintiff, text: '补充一句', baseVersion: 0 };
    await fails('transcripts.saveEntries', { transcriptId: T(), changes: [{ op: 'upsert', entry }] }, 'LOCKED', /签名/);
  });

  it('checks the signature image: PNG, size, not blank', async () => {
    const p = h.participants.plaintiff;
    await fails('transcripts.sign', { transcriptId: T(), participantId: p, imagePng: 'data:image/jpeg;base64,/9j/4AAQ' }, 'VALIDATION', /PNG/);
    await fails('transcripts.sign', { transcriptId: T(), participantId: p, imagePng: 'data:image/png;base64,aGVsbG8gd29ybGQgdGhpcyBpcyBub3Q=' }, 'VALIDATION', /PNG/);
    await fails('transcripts.sign', { transcriptId: T(), participantId: p, imagePng: pngOf(400, 150) }, 'VALIDATION', /空白/);
    await fails('transcripts.sign', { transcriptId: T(), participantId: p, imagePng: pngOf(20, 10) }, 'VALIDATION', /太小/);
    await fails('transcripts.sign', { transcriptId: T(), participantId: p, imagePng: 'data:image/png;base64,' + 'A'.repeat(800_000) }, 'VALIDATION');
  });

  it('only parties and other participants sign or refuse, with a reason', async () => {
    await fails('transcripts.sign', { transcriptId: T(), participantId: h.participants.presiding, imagePng: drawnSignaturePng() }, 'VALIDATION', /审判人员/);
    await fails('transcripts.refuse', { transcriptId: T(), participantId: h.participants.defendant, reason: '   ' }, 'VALIDATION');
    await fails('transcripts.sign', { transcriptId: T(), participantId: uuidv7(), imagePng: drawnSignaturePng() }, 'NOT_FOUND');
  });

  it('does not finalise while a party has neither signed nor refused', async () => {
    await ok('transcripts.sign', { transcriptId: T(), participantId: h.participants.plaintiff, imagePng: drawnSignaturePng(2) });
    await fails('transcripts.finalise', { transcriptId: T(), baseVersion: version() }, 'VALIDATION', /赵强/);
  });

  it('reopening voids given signatures only when told to', async () => {
    await fails('transcripts.reopen', { transcriptId: T(), baseVersion: version() }, 'VALIDATION', /作废/);
    const r = await ok<{ state: string; voided: number }>('transcripts.reopen', { transcriptId: T(), baseVersion: version(), voidSignatures: true });
    expect(r).toMatchObject({ state: 'draft', voided: 1 });
    expect(t.app.db.prepare('SELECT COUNT(*) AS n FROM transcript_signatures WHERE transcript_id = ?').get(T())).toEqual({ n: 0 });
    await fails('transcripts.startSigning', { transcriptId: T(), baseVersion: version() - 1 }, 'CONFLICT');
  });

  it('does not finalise without the court certificate', async () => {
    await ok('transcripts.startSigning', { transcriptId: T(), baseVersion: version() });
    await ok('transcripts.sign', { transcriptId: T(), participantId: h.participants.plaintiff, imagePng: drawnSignaturePng(3) });
    await ok('transcripts.refuse', { transcriptId: T(), participantId: h.participants.defendant, reason: '不同意笔录第3条' });
    const before = t.fingerprint();
    await fails('transcripts.finalise', { transcriptId: T(), baseVersion: version() }, 'VALIDATION', /证书/);
    expect(t.fingerprint()).toEqual(before);
  });
});

describe('after finalising', () => {
  let finalSha: string;

  beforeAll(async () => {
    const admin = await t.login('admin');
    const r = await t.call('signing.setCertificate', { p12: makeSelfSignedP12('测试区人民法院', 'x'), password: 'x' }, admin);
    expect(r.ok).toBe(true);
    // The certificate's Chinese names read as Chinese (forge hands UTF8String values back as bytes).
    const config = await t.call('signing.config', {}, admin);
    expect(config.ok && (config.value as { certificate: { subject: string } }).certificate.subject).toContain('测试区人民法院');
    const wrong = await t.call('signing.setCertificate', { p12: makeSelfSignedP12('测试区人民法院', 'x'), password: 'y' }, admin);
    expect(!wrong.ok && wrong.error.code).toBe('VALIDATION');
    finalSha = (await ok<{ pdfSha256: string }>('transcripts.finalise', { transcriptId: T(), baseVersion: version() })).pdfSha256;
  });

  it('refuses every change to the transcript with LOCKED and says why in Chinese', async () => {
    const itemId = addEvidenceItem();
    const partyId = (t.app.db.prepare(`SELECT id FROM parties WHERE case_id = ? AND role = 'defendant'`).get(t.court.caseIds[0]) as { id: string }).id;
    const before = t.fingerprint();
    const v = version();
    const attempts: [string, unknown][] = [
      ['transcripts.startSigning', { transcriptId: T(), baseVersion: v }],
      ['transcripts.reopen', { transcriptId: T(), baseVersion: v, voidSignatures: true }],
      ['transcripts.sign', { transcriptId: T(), participantId: h.participants.defendant, imagePng: drawnSignaturePng(4) }],
      ['transcripts.refuse', { transcriptId: T(), participantId: h.participants.plaintiff, reason: '改变主意' }],
      ['transcripts.finalise', { transcriptId: T(), baseVersion: v }],
      ['transcripts.saveEntries', { transcriptId: T(), changes: [{ op: 'upsert', entry: { id: uuidv7(), position: 50, kind: 'speech', participantId: null, text: '新增', baseVersion: 0 } }] }],
      ['transcripts.saveEntries', { transcriptId: T(), changes: [{ op: 'upsert', entry: { id: h.entryIds[1], position: 2, kind: 'speech', participantId: h.participants.presiding, text: '改写', baseVersion: 1 } }] }],
      ['transcripts.saveEntries', { transcriptId: T(), changes: [{ op: 'delete', id: h.entryIds[1], baseVersion: 1 }] }],
    ];
    for (const [name, input] of attempts) await fails(name, input, 'LOCKED', /定稿|锁定/);
    // 质证 writes a transcript entry with the opinion: refused as a whole.
    await fails('evidence.recordOpinion', {
      evidenceItemId: itemId, partyId, hearingId: h.hearingId, authenticity: 'accept', legality: 'accept', relevance: 'accept', reason: '', baseVersion: 0,
    }, 'LOCKED');
    expect(t.fingerprint()).toEqual(before);
  });

  it('takes an addendum as its own sealed document and leaves the signed PDF untouched', async () => {
    await fails('transcripts.addendum', { transcriptId: T(), text: '' }, 'VALIDATION');
    const r = await ok<{ entryId: string; documentId: string; pdfSha256: string }>('transcripts.addendum', { transcriptId: T(), text: '第2条“十万元”应为“十一万元”。' });
    const row = t.app.db.prepare('SELECT pdf_sha256, state FROM transcripts WHERE id = ?').get(T()) as { pdf_sha256: string; state: string };
    expect(row).toEqual({ pdf_sha256: finalSha, state: 'final' });
    const bytes = await ok<Uint8Array>('transcripts.pdf', { transcriptId: T() });
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(finalSha);
    const docs = await ok<{ items: { id: string; category: string; title: string }[] }>('documents.list', { caseId: t.court.caseIds[0] });
    const filed = docs.items.filter((d) => d.category === '庭审笔录');
    expect(filed.map((d) => d.title).sort()).toEqual(['庭审笔录', '庭审笔录补正']);
    const content = await ok<Uint8Array>('documents.content', { id: r.documentId });
    const path = join(t.dir, 'addendum.pdf');
    writeFileSync(path, content);
    expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain('第2条“十万元”应为“十一万元”。');
    const sig = pdfsig(path);
    expect(sig).toContain('Signature is Valid');
    const status = await ok<{ addenda: { entryId: string; documentId: string }[] }>('transcripts.signingStatus', { hearingId: h.hearingId });
    expect(status.addenda).toEqual([expect.objectContaining({ entryId: r.entryId, documentId: r.documentId })]);
  });
});

function pdfsig(path: string): string {
  try {
    return execFileSync('pdfsig', [path], { encoding: 'utf8' });
  } catch (err) {
    return String((err as { stdout?: string }).stdout ?? err);
  }
}

function addEvidenceItem(): string {
  const id = uuidv7();
  const now = t.app.now().toISOString();
  const actor = { userId: null, userName: 'test-fixture', role: 'admin', via: 'test' };
  runWrite(t.app.db, { actor, call: 'test.evidence', caseId: t.court.caseIds[0]!, now: t.app.now() }, (tx) =>
    tx.insert('evidence_item', id, { case_id: t.court.caseIds[0]!, number: 1, name: '借条', created_at: now, updated_at: now }),
  );
  return id;
}
