import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnSignaturePng } from '../../../src-main/domains/demo/demoSignatureImage';
import { makeSelfSignedP12 } from '../../../src-main/domains/transcriptSigning/selfSignedCertificate';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { createTestApp, type TestApp } from '../../helpers/testApp';
import { addHearing, type HearingFixture } from '../../helpers/hearingFixture';

let t: TestApp;
let h: HearingFixture;
let clerk: string;
let admin: string;

const ok = async <T>(name: string, input: unknown, session: string): Promise<T> => {
  const r = await t.call(name, input, session);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
};
const version = () => (t.app.db.prepare('SELECT version FROM transcripts WHERE id = ?').get(h.transcriptId) as { version: number }).version;

beforeAll(async () => {
  t = createTestApp();
  h = addHearing(t.app, t.court.caseIds[0]!, t.court.users);
  clerk = await t.login('clerk');
  admin = await t.login('admin');
  await ok('signing.setCertificate', { p12: makeSelfSignedP12('测试区人民法院', 'pw-2026'), password: 'pw-2026' }, admin);
});
afterAll(() => t?.close());

describe('finalising a signed transcript', () => {
  let pdfPath: string;
  let result: { pdfSha256: string; documentId: string; pageCount: number };

  it('starts signing, takes a signature and a refusal, and finalises', async () => {
    await ok('transcripts.startSigning', { transcriptId: h.transcriptId, baseVersion: version() }, clerk);
    await ok('transcripts.sign', { transcriptId: h.transcriptId, participantId: h.participants.plaintiff, imagePng: drawnSignaturePng(1) }, clerk);
    await ok('transcripts.refuse', { transcriptId: h.transcriptId, participantId: h.participants.defendant, reason: '认为第5条记载不全' }, clerk);
    result = await ok('transcripts.finalise', { transcriptId: h.transcriptId, baseVersion: version() }, clerk);
    expect(result.pageCount).toBeGreaterThan(0);
    const bytes = await ok<Uint8Array>('transcripts.pdf', { transcriptId: h.transcriptId }, clerk);
    pdfPath = join(t.dir, 'transcript.pdf');
    writeFileSync(pdfPath, bytes);
  });

  it('the stored SHA-256 matches the filed blob and the 正卷 document', () => {
    const row = t.app.db.prepare('SELECT state, pdf_sha256, document_id FROM transcripts WHERE id = ?').get(h.transcriptId) as { state: string; pdf_sha256: string; document_id: string };
    expect(row.state).toBe('final');
    expect(createHash('sha256').update(readFileSync(pdfPath)).digest('hex')).toBe(row.pdf_sha256);
    expect(createHash('sha256').update(t.app.blobs.read(row.pdf_sha256)).digest('hex')).toBe(row.pdf_sha256);
    const doc = t.app.db.prepare('SELECT category, volume, blob_sha256 FROM documents WHERE id = ?').get(row.document_id) as { category: string; volume: string; blob_sha256: string };
    expect(doc).toEqual({ category: '庭审笔录', volume: 'main', blob_sha256: row.pdf_sha256 });
  });

  it('pdftotext finds the entries, the signature and the refusal', () => {
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
    expect(text).toContain('庭审笔录');
    expect(text).toContain('现在开庭，核对当事人身份。');
    expect(text).toContain('被告借款十万元至今未还');
    expect(text).toContain('借款属实，但已归还三万元');
    expect(text).toContain('【法庭调查】');
    expect(text).toContain('原告 李明：');
    expect(text).toContain('（当事人 赵强 拒绝签名，理由：认为第5条记载不全）');
    expect(text).toMatch(/第\s*1\s*页\s*共\s*\d+\s*页/); // small type: pdftotext drops the spaces
  });

  it('pdfsig reports the PAdES signature valid', () => {
    let out: string;
    try {
      out = execFileSync('pdfsig', [pdfPath], { encoding: 'utf8' });
    } catch (err) {
      out = String((err as { stdout?: string }).stdout ?? err); // pdfsig exits non-zero for an untrusted certificate
    }
    expect(out).toContain('Signature is Valid');
    expect(out).toMatch(/ETSI\.CAdES\.detached|PAdES/);
  });

  it('a rasterised page shows ink in the text area (the CJK glyphs render)', () => {
    const prefix = join(t.dir, 'page');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdfPath, prefix]);
    const png = PNG.sync.read(readFileSync(`${prefix}-1.png`));
    let dark = 0;
    // The top third of the page: title, court and the heading facts.
    for (let y = Math.floor(png.height * 0.05); y < png.height / 3; y++) {
      for (let x = 0; x < png.width; x++) if (png.data[(y * png.width + x) * 4]! < 128) dark++;
    }
    expect(dark).toBeGreaterThan(500);
  });
});

describe('signatures on every page (setting "each"), and without a certificate', () => {
  let t2: TestApp;
  let h2: HearingFixture;
  let clerk2: string;
  let admin2: string;
  const ok2 = async <T>(name: string, input: unknown, session: string): Promise<T> => {
    const r = await t2.call(name, input, session);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  };
  const v2 = () => (t2.app.db.prepare('SELECT version FROM transcripts WHERE id = ?').get(h2.transcriptId) as { version: number }).version;

  beforeAll(async () => {
    t2 = createTestApp();
    h2 = addHearing(t2.app, t2.court.caseIds[1]!, t2.court.users);
    clerk2 = await t2.login('clerk');
    admin2 = await t2.login('admin');
    await ok2('signing.setCertificate', { p12: makeSelfSignedP12('测试区人民法院', 'p'), password: 'p' }, admin2);
    await ok2('signing.setPlacement', { placement: 'each' }, admin2);
    // Enough text for three pages or more.
    const changes = Array.from({ length: 60 }, (_, i) => ({
      op: 'upsert',
      entry: { id: uuidv7(), position: 100 + i, kind: 'speech', participantId: h2.participants.plaintiff, text: `第${i + 1}段陈述：借款合同约定的利息按年利率百分之六计算，被告应于约定期限届满时一次性归还本金。`, baseVersion: 0 },
    }));
    await ok2('transcripts.saveEntries', { transcriptId: h2.transcriptId, changes }, clerk2);
    await ok2('transcripts.startSigning', { transcriptId: h2.transcriptId, baseVersion: v2() }, clerk2);
    await ok2('transcripts.sign', { transcriptId: h2.transcriptId, participantId: h2.participants.plaintiff, imagePng: drawnSignaturePng(5) }, clerk2);
    await ok2('transcripts.refuse', { transcriptId: h2.transcriptId, participantId: h2.participants.defendant, reason: '不认可' }, clerk2);
  });
  afterAll(() => t2?.close());

  it('prints every party at the foot of every page, with the signature image drawn there', async () => {
    const r = await ok2<{ pageCount: number }>('transcripts.finalise', { transcriptId: h2.transcriptId, baseVersion: v2() }, clerk2);
    expect(r.pageCount).toBeGreaterThanOrEqual(3);
    const path = join(t2.dir, 'each.pdf');
    writeFileSync(path, await ok2<Uint8Array>('transcripts.pdf', { transcriptId: h2.transcriptId }, clerk2));
    for (let p = 1; p <= r.pageCount; p++) {
      const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text, `page ${p}`).toContain('原告李明');
      expect(text, `page ${p}`).toContain('（拒签）');
      expect(text, `page ${p}`).toContain(`第${p}页共${r.pageCount}页`);
    }
    // The foot band of page 1 (between the text and the page number) has the signature's ink.
    const prefix = join(t2.dir, 'each');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', path, prefix]);
    const png = PNG.sync.read(readFileSync(`${prefix}-1.png`));
    let ink = 0;
    for (let y = Math.floor(png.height * 0.85); y < Math.floor(png.height * 0.92); y++) {
      for (let x = 0; x < png.width / 2; x++) if (png.data[(y * png.width + x) * 4]! < 128) ink++;
    }
    expect(ink).toBeGreaterThan(30);
    expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain('第60段陈述');
  });

  it('refuses an addendum once the administrator has removed the certificate', async () => {
    const config = await ok2<{ certificate: unknown }>('signing.setCertificate', { remove: true }, admin2);
    expect(config.certificate).toBeNull();
    const r = await t2.call('transcripts.addendum', { transcriptId: h2.transcriptId, text: '更正' }, clerk2);
    expect(!r.ok && r.error).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/证书/) });
  });
});
