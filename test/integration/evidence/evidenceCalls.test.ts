import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { addHearing, addPdfDocument, finaliseTranscript, type FixtureHearing } from '../../helpers/courtroomFixture';
import { createTestApp, type TestApp } from '../../helpers/testApp';

type Ok<T> = { ok: true; value: T };
type Listed = { groups: { party: { id: string } | null; items: { id: string; label: string; name: string; version: number; opinions: { id: string; reason: string; version: number; transcriptEntryId: string }[] }[] }[] };

describe('evidence.save, evidence.recordOpinion and evidence.exportTable', () => {
  let t: TestApp;
  let clerk: string;
  let caseId: string;
  let otherCaseId: string;
  let mainDoc: string;
  let internalDoc: string;
  let otherCaseDoc: string;
  let h: FixtureHearing;
  const itemId = uuidv7();
  beforeAll(async () => {
    t = createTestApp();
    clerk = await t.login('clerk');
    [caseId, otherCaseId] = [t.court.caseIds[0]!, t.court.caseIds[1]!];
    mainDoc = await addPdfDocument(t.app, caseId, { marker: 'LOAN NOTE', pages: 3, title: '借条' });
    internalDoc = await addPdfDocument(t.app, caseId, { marker: 'INTERNAL', volume: 'internal' });
    otherCaseDoc = await addPdfDocument(t.app, otherCaseId, { marker: 'OTHER CASE' });
    h = addHearing(t.app, caseId);
  });
  afterAll(() => t.close());

  const save = (changes: unknown[], c = caseId) => t.call('evidence.save', { caseId: c, changes }, clerk);
  const item = (extra: Record<string, unknown> = {}) => ({
    id: uuidv7(), partyId: h.plaintiffId, name: '借条', purpose: '证明借款事实', documentId: mainDoc, pageFrom: 0, pageTo: 1, baseVersion: 0, ...extra,
  });
  const list = async () => ((await t.call('evidence.list', { caseId }, clerk)) as Ok<Listed>).value;

  it('refuses evidence pointing outside the case, into the 副卷 or past the last page, and writes nothing', async () => {
    const before = t.fingerprint();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ documentId: internalDoc }, /正卷/],
      [{ documentId: otherCaseDoc }, /不属于本案/],
      [{ pageFrom: 1, pageTo: 3 }, /页码超出/],
      [{ pageFrom: 2, pageTo: 1 }, /起始页/],
      [{ pageFrom: 0, pageTo: null }, /起止页/],
      [{ partyId: t.app.db.prepare('SELECT id FROM parties WHERE case_id = ?').pluck().get(otherCaseId) }, /当事人/],
    ];
    for (const [extra, message] of cases) {
      const r = await save([{ op: 'upsert', item: item() }, { op: 'upsert', item: item(extra) }]);
      expect(r.ok ? 'ok' : `${r.error.code} ${r.error.message}`).toMatch(new RegExp(`VALIDATION.*${message.source}`));
    }
    expect(t.fingerprint()).toEqual(before);
  });

  it('numbers items per party, lists them grouped, edits with baseVersion and refuses a stale one', async () => {
    const r = (await save([{ op: 'upsert', item: item({ id: itemId }) }, { op: 'upsert', item: item({ name: '转账记录', pageFrom: 2, pageTo: 2 }) }])) as Ok<{ saved: { number: number }[] }>;
    expect(r.value.saved.map((s) => s.number)).toEqual([1, 2]);
    const dup = await save([{ op: 'upsert', item: item({ number: 1 }) }]);
    expect(dup).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const group = (await list()).groups.find((g) => g.party?.id === h.plaintiffId)!;
    expect(group.items.map((i) => `${i.label}${i.name}`)).toEqual(['证据一借条', '证据二转账记录']);
    expect(await save([{ op: 'upsert', item: item({ id: itemId, purpose: '改', baseVersion: 1 }) }])).toMatchObject({ ok: true });
    expect(await save([{ op: 'upsert', item: item({ id: itemId, purpose: '再改', baseVersion: 1 }) }])).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('records an opinion with its transcript line in ONE write, linked both ways; a change updates the same line', async () => {
    const auditBefore = t.app.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    const input = { evidenceItemId: itemId, partyId: h.defendantId, hearingId: h.hearingId, authenticity: 'accept', legality: 'accept', relevance: 'reject', reason: '与本案无关', baseVersion: 0 };
    const r = (await t.call('evidence.recordOpinion', input, clerk)) as Ok<{ id: string; transcriptEntryId: string; text: string }>;
    expect(r.ok).toBe(true);
    expect(r.value.text).toBe('被告对原告证据一（借条）：真实性认可，合法性认可，关联性不认可，理由：与本案无关。');
    expect(t.app.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore + 1);
    const entry = t.app.db.prepare('SELECT text, evidence_item_id, participant_id, speaker FROM transcript_entries WHERE id = ?').get(r.value.transcriptEntryId) as Record<string, string>;
    expect(entry).toMatchObject({ text: r.value.text, evidence_item_id: itemId, participant_id: h.participants.defendant });
    expect(t.app.db.prepare('SELECT transcript_entry_id FROM evidence_opinions WHERE id = ?').pluck().get(r.value.id)).toBe(r.value.transcriptEntryId);
    // The change: same opinion row, same transcript entry, new text.
    const r2 = (await t.call('evidence.recordOpinion', { ...input, relevance: 'partial', reason: '仅部分相关', baseVersion: 1 }, clerk)) as Ok<{ id: string; transcriptEntryId: string; version: number }>;
    expect(r2.value).toMatchObject({ id: r.value.id, transcriptEntryId: r.value.transcriptEntryId, version: 2 });
    expect(t.app.db.prepare('SELECT text FROM transcript_entries WHERE id = ?').pluck().get(r.value.transcriptEntryId)).toMatch(/关联性部分认可，理由：仅部分相关。$/);
    expect(t.app.db.prepare('SELECT count(*) FROM transcript_entries WHERE evidence_item_id = ?').pluck().get(itemId)).toBe(1);
    const listed = (await list()).groups.flatMap((g) => g.items).find((i) => i.id === itemId)!;
    expect(listed.opinions).toMatchObject([{ reason: '仅部分相关', version: 2, transcriptEntryId: r.value.transcriptEntryId }]);
  });

  it('refuses the submitter, a missing reason, a stale version and another case’s hearing, writing nothing', async () => {
    const before = t.fingerprint();
    const base = { evidenceItemId: itemId, partyId: h.defendantId, hearingId: h.hearingId, authenticity: 'accept', legality: 'accept', relevance: 'accept', reason: '', baseVersion: 2 };
    const other = addHearing(t.app, otherCaseId);
    const after = t.fingerprint();
    const attempts: [Record<string, unknown>, string][] = [
      [{ partyId: h.plaintiffId, baseVersion: 0 }, 'VALIDATION'],
      [{ relevance: 'reject' }, 'VALIDATION'],
      [{ baseVersion: 1 }, 'CONFLICT'],
      [{ hearingId: other.hearingId, baseVersion: 0 }, 'VALIDATION'],
      [{ evidenceItemId: uuidv7() }, 'NOT_FOUND'],
    ];
    for (const [extra, code] of attempts) {
      expect(await t.call('evidence.recordOpinion', { ...base, ...extra }, clerk)).toMatchObject({ ok: false, error: { code } });
    }
    expect(Object.keys(before).length).toBeGreaterThan(0);
    expect(t.fingerprint()).toEqual(after);
  });

  it('exports the table as a PDF pdftotext reads and a .docx that unzips with the text inside', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evidence-export-'));
    try {
      const pdf = (await t.call('evidence.exportTable', { caseId, format: 'pdf' }, clerk)) as Ok<Uint8Array>;
      writeFileSync(join(dir, 't.pdf'), pdf.value);
      expect(execFileSync('pdfinfo', [join(dir, 't.pdf')]).toString()).toMatch(/Pages:\s+1/);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 't.pdf'), '-']).toString().replace(/\s+/g, '');
      expect(text).toContain('证据清单及质证意见');
      expect(text).toContain('证据一：借条');
      expect(text).toContain('被告：真实性认可，合法性认可，关联性部分认可。理由：仅部分相关');
      const docx = (await t.call('evidence.exportTable', { caseId, format: 'docx' }, clerk)) as Ok<Uint8Array>;
      writeFileSync(join(dir, 't.docx'), docx.value);
      execFileSync('unzip', ['-q', '-o', join(dir, 't.docx'), '-d', join(dir, 'x')]);
      const xml = readFileSync(join(dir, 'x/word/document.xml'), 'utf8');
      expect(xml).toContain('证据清单及质证意见');
      expect(xml).toContain('转账记录');
      expect(xml).toContain('理由：仅部分相关');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses opinions with LOCKED once the transcript is final, and changes nothing', async () => {
    finaliseTranscript(t.app, h.hearingId);
    const before = t.fingerprint();
    const base = { evidenceItemId: itemId, partyId: h.defendantId, hearingId: h.hearingId, authenticity: 'accept', legality: 'accept', relevance: 'accept', reason: '', baseVersion: 2 };
    expect(await t.call('evidence.recordOpinion', base, clerk)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(t.fingerprint()).toEqual(before);
  });

  it('deletes with baseVersion; the item leaves the list', async () => {
    const v = (await list()).groups.flatMap((g) => g.items).find((i) => i.id === itemId)!.version;
    expect(await save([{ op: 'delete', id: itemId, baseVersion: v }])).toMatchObject({ ok: true });
    expect((await list()).groups.flatMap((g) => g.items).map((i) => i.id)).not.toContain(itemId);
  });
});
