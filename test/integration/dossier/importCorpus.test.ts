import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopImportRuntime } from '../../../src-main/domains/dossier/import/importRuntime';
import { CORPUS_DIR } from '../../helpers/corpus';
import { createTestApp, type TestApp } from '../../helpers/testApp';
import { blobListing, importOne, ocrIdle, pageRows } from './importTestKit';

// Every file of the pdf.js corpus (fuzzed, broken, encrypted, bombs…) either imports with its pages and
// whatever text they have, or is refused with a Chinese reason leaving database and blob folder as before.
const files = readdirSync(CORPUS_DIR).filter((f) => f.toLowerCase().endsWith('.pdf')).sort();
const outcomes: string[] = [];

describe('import of the pdf.js corpus', () => {
  let t: TestApp;
  let session: string;
  beforeAll(async () => {
    t = createTestApp();
    session = await t.login('center');
  });
  afterAll(async () => {
    await stopImportRuntime(t.app);
    t.close();
    console.log(`corpus outcomes (${files.length} files):\n${outcomes.join('\n')}`);
  });

  it('holds files to test', () => expect(files.length).toBeGreaterThan(30));

  it.each(files)('%s: imports or is refused cleanly', async (file) => {
    await ocrIdle(t); // background OCR of earlier files must not change the "before" picture
    const before = { db: t.fingerprint(), blobs: blobListing(t) };
    const started = performance.now();
    const outcome = await importOne(t, session, t.court.caseIds[0]!, file, new Uint8Array(readFileSync(join(CORPUS_DIR, file))));
    const ms = Math.round(performance.now() - started);
    if (outcome.ok) {
      expect(outcome.pageCount).toBeGreaterThanOrEqual(1);
      const pages = pageRows(t, outcome.documentId);
      expect(pages.map((p) => p.page_index)).toEqual([...Array(outcome.pageCount).keys()]);
      for (const p of pages) expect(p.width > 0 && p.height > 0).toBe(true);
      await ocrIdle(t);
      const after = pageRows(t, outcome.documentId);
      expect(after.every((p) => p.text_source !== 'none')).toBe(true); // every page read, by text layer or OCR
      const chars = after.reduce((n, p) => n + p.text.replace(/\s/g, '').length, 0);
      const ocr = after.filter((p) => p.text_source === 'ocr').length;
      outcomes.push(`${file}\timported ${outcome.pageCount} page(s), ${chars} chars${ocr ? `, ${ocr} OCR` : ''}${outcome.duplicateOf ? ' (duplicate)' : ''}\t${ms} ms`);
    } else {
      expect(outcome.code).toBe('VALIDATION');
      expect(outcome.message).toMatch(/[\u4e00-\u9fff]/);
      expect(t.fingerprint()).toEqual(before.db);
      expect(blobListing(t)).toEqual(before.blobs);
      outcomes.push(`${file}\trefused: ${outcome.message}\t${ms} ms`);
    }
  }, 120_000);
});
