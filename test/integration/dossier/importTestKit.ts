import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { ImportOutcome } from '../../../src-shared/contract/calls/documentCalls';
import type { Result } from '../../../src-shared/contract/errors';
import { importRuntime } from '../../../src-main/domains/dossier/import/importRuntime';
import type { TestApp } from '../../helpers/testApp';

/** The value of a call that must have succeeded. */
export function okValue<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`call failed: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** Every file under the blob folder with its size: the "no blob left behind" fingerprint. */
export function blobListing(t: TestApp): string[] {
  const root = t.app.blobs.root;
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        out.push(relative(root, path) + '/');
        walk(path);
      } else out.push(`${relative(root, path)}:${statSync(path).size}`);
    }
  };
  walk(root);
  return out.sort();
}

/** Background OCR finished (so the database is still). */
export const ocrIdle = (t: TestApp): Promise<void> => importRuntime(t.app).ocr.whenIdle();

/** Imports files through the real dispatcher and returns their outcomes. */
export async function importFiles(
  t: TestApp,
  session: string,
  caseId: string,
  files: { name: string; bytes: Uint8Array }[],
  extra: { category?: string; password?: string } = {},
): Promise<ImportOutcome[]> {
  const r = await t.call('documents.import', { caseId, batchId: `test-${Date.now()}`, files, ...extra }, session);
  if (!r.ok) throw new Error(`documents.import: ${r.error.code} ${r.error.message}`);
  return (r.value as { outcomes: ImportOutcome[] }).outcomes;
}

export const importOne = async (t: TestApp, session: string, caseId: string, name: string, bytes: Uint8Array, extra: { category?: string; password?: string } = {}) =>
  (await importFiles(t, session, caseId, [{ name, bytes }], extra))[0]!;

/** Runs a poppler / qpdf tool on bytes in a temp folder and returns the file it wrote (or its stdout). */
export function withTempDir<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'court-desk-import-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PDF page rendered to PNG or JPEG by poppler (pdftoppm), the way a scanner would produce a page image. */
export function pdfPageToImage(pdf: Uint8Array, dpi: number, format: 'png' | 'jpeg' = 'png', page = 1): Uint8Array {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', [`-${format}`, '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', join(dir, 'in.pdf'), join(dir, 'out')]);
    return new Uint8Array(readFileSync(join(dir, format === 'png' ? 'out.png' : 'out.jpg')));
  });
}

/** A copy of the PDF encrypted by qpdf (AES-256) with the given user password. */
export function encryptPdf(pdf: Uint8Array, userPassword: string): Uint8Array {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('qpdf', ['--encrypt', userPassword, 'owner-secret', '256', '--', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    return new Uint8Array(readFileSync(join(dir, 'out.pdf')));
  });
}

/** Page count and text of a PDF as poppler reads it. */
export function popplerText(pdf: Uint8Array): { pages: number; text: string } {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const info = execFileSync('pdfinfo', [join(dir, 'in.pdf')], { encoding: 'utf8' });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'in.pdf'), '-'], { encoding: 'utf8' });
    return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), text };
  });
}

/** The DB rows of a document's pages. */
export function pageRows(t: TestApp, documentId: string): { page_index: number; text: string; text_source: string; width: number; height: number; rotation: number }[] {
  return t.app.db.prepare('SELECT page_index, text, text_source, width, height, rotation FROM pages WHERE document_id = ? ORDER BY page_index').all(documentId) as never;
}
