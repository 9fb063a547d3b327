import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppContext } from '../../../src-main/app/appContext';
import { createDispatcher, type Dispatch } from '../../../src-main/services/dispatcher';
import { uuidv7 } from '../../../src-shared/util/uuidv7';

// The export calls over real demo PDFs: what a judge gets is a PDF with their annotations and a 阅卷笔录.
describe('annotation export calls', () => {
  let dir: string;
  let app: AppContext;
  let dispatch: Dispatch;
  let judge: string;
  let clerk: string;
  let caseId: string;
  let documentId: string;
  const call = async (name: string, input: unknown, sessionId: string) => {
    const r = await dispatch({ name, input, sessionId }, { via: 'test' });
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'court-desk-annotation-export-'));
    app = openApp(dir);
    dispatch = createDispatcher(app);
    await dispatch({ name: 'demo.seed', input: {} }, { via: 'test' });
    judge = ((await call('auth.login', { userName: 'judge', password: 'demo-2026' }, '')) as { sessionId: string }).sessionId;
    clerk = ((await call('auth.login', { userName: 'clerk', password: 'demo-2026' }, '')) as { sessionId: string }).sessionId;
    const doc = app.db.prepare(`SELECT d.id, d.case_id, p.text FROM documents d JOIN pages p ON p.document_id = d.id AND p.page_index = 0
      WHERE d.category = '起诉状' LIMIT 1`).get() as { id: string; case_id: string; text: string };
    ({ id: documentId, case_id: caseId } = doc);
    const quote = doc.text.split('\n')[0]!.slice(0, 6);
    const base = { documentId, pageIndex: 0, color: '#FFD400', baseVersion: 0 };
    await call('annotations.save', { changes: [
      { op: 'upsert', annotation: { ...base, id: uuidv7(), kind: 'highlight', rects: [[72, 740, 300, 760]], comment: '诉请金额待核实', tags: ['重点'], anchor: { quote, prefix: '', suffix: '', offset: 0 } } },
      { op: 'upsert', annotation: { ...base, id: uuidv7(), kind: 'note', rects: [[500, 700, 520, 720]], comment: '询问原告借款交付方式' } },
    ] }, judge);
  }, 120_000);
  afterAll(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports the document with real PDF annotations, leaving the original as it was', async () => {
    const before = app.db.prepare('SELECT blob_sha256 FROM documents WHERE id = ?').get(documentId) as { blob_sha256: string };
    const bytes = (await call('annotations.exportPdf', { documentId }, judge)) as Uint8Array;
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
    const annotations = await (await pdf.getPage(1)).getAnnotations();
    expect(annotations.map((a: { subtype: string }) => a.subtype).sort()).toEqual(['Highlight', 'Text']);
    expect(annotations.find((a: { subtype: string }) => a.subtype === 'Text').contentsObj.str).toBe('询问原告借款交付方式');
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(app.blobs.read(before.blob_sha256)).digest('hex')).toBe(before.blob_sha256);
  });

  it("does not put another user's private annotations into a clerk's export", async () => {
    const bytes = (await call('annotations.exportPdf', { documentId }, clerk)) as Uint8Array;
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
    expect(await (await pdf.getPage(1)).getAnnotations()).toEqual([]);
  });

  it('writes the 阅卷笔录 as PDF and as .docx with the comments in Chinese', async () => {
    const pdf = (await call('annotations.readingNotes', { caseId, format: 'pdf' }, judge)) as Uint8Array;
    const file = join(dir, 'notes.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('阅卷笔录');
    expect(text).toContain('诉请金额待核实');
    const docx = (await call('annotations.readingNotes', { caseId, format: 'docx' }, judge)) as Uint8Array;
    const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!);
    expect(xml).toContain('询问原告借款交付方式');
  });
});
