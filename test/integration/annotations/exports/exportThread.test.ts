import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExportFailure, ExportWorkerClient, exportCallFailure } from '../../../../src-main/domains/annotations/export/exportWorkerClient';
import type { ReadingNotesInput } from '../../../../src-main/domains/annotations/export/readingNotesModel';
import { CallFailure } from '../../../../src-shared/contract/errors';
import { annotation, NOTES_CASE, run } from './exportFixture';

const input: ReadingNotesInput = {
  ...NOTES_CASE,
  documents: [{ title: '借条', category: '证据材料', annotations: [annotation({ kind: 'stamp', rects: [[400, 160, 520, 210]], text: '存疑', comment: '落款日期涂改' })] }],
};

// The export thread (exportWorker.ts) makes the files of the export calls; the calls' own tests check the files.
describe('the export thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'court-desk-export-thread-'));
  const client = new ExportWorkerClient();
  afterAll(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes a 阅卷笔录 in its thread and hands the bytes back', async () => {
    const pdf = await client.run({ kind: 'readingNotes', format: 'pdf', input });
    writeFileSync(join(dir, 'notes.pdf'), pdf);
    expect(run('pdftotext', [join(dir, 'notes.pdf'), '-']).stdout).toContain('落款日期涂改');
  });

  it("sends a job's own error back, and the same thread makes the next file", async () => {
    const damaged = new TextEncoder().encode('%PDF-1.7 这不是一个完整的 PDF');
    const failure = await client.run({ kind: 'annotatePdf', bytes: damaged, annotations: [], flatten: false }, { transfer: [damaged.buffer] }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExportFailure);
    expect((failure as ExportFailure).reason).toBe('failed');
    // The caller's words for its own failure; the English detail stays out of the answer.
    const callFailure = exportCallFailure(failure, new CallFailure('VALIDATION', '该材料的原件无法生成批注副本'));
    expect(callFailure).toMatchObject({ code: 'VALIDATION', message: '该材料的原件无法生成批注副本' });
    const docx = await client.run({ kind: 'readingNotes', format: 'docx', input });
    expect(new TextDecoder().decode(docx.subarray(0, 2))).toBe('PK');
  });

  it('fails a job that cannot be copied to the thread, without waiting for its time limit', async () => {
    const unclonable = { ...input, author: (() => '王法官') as unknown as string };
    const failure = await client.run({ kind: 'readingNotes', format: 'pdf', input: unclonable }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ reason: 'failed' });
  });

  it('stops a job that outlasts its time with a Chinese reason, and starts a fresh thread for the next one', async () => {
    const failure = await client.run({ kind: 'readingNotes', format: 'pdf', input }, { timeoutMs: 1 }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ reason: 'timeout', message: expect.stringContaining('导出用时过长') });
    expect(exportCallFailure(failure, new CallFailure('VALIDATION', '不应出现'))).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('导出用时过长') });
    expect(new TextDecoder().decode((await client.run({ kind: 'readingNotes', format: 'pdf', input })).subarray(0, 5))).toBe('%PDF-');
  });
});
