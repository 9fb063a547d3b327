import { PDFDocument } from 'pdf-lib';
import { renderChineseDocument } from '../../../src-main/pdf/chineseDocument';
import { OcrEngine } from '../../../src-main/domains/dossier/import/ocrEngine';
import { importRuntime, stopImportRuntime } from '../../../src-main/domains/dossier/import/importRuntime';
import { documentOptions, loadPdfjs } from '../../../src-main/domains/dossier/import/pdfjsSetup';
import { createTestApp } from '../../helpers/testApp';
import type { Bench } from '../run';
import { summarize } from '../stats';
import { legalParagraphs } from '../legalParagraphs';

const PAGES = 500;
const OCR_PAGES = 3;

/** A 500-page Chinese text PDF with the embedded font (one text layer per page, like an e-filed document). */
async function fiveHundredPages(): Promise<Uint8Array> {
  const { bytes, pageCount } = await renderChineseDocument({ title: '民事判决书', paragraphs: legalParagraphs(3300), createdAt: new Date('2026-01-01T00:00:00Z') });
  if (pageCount < PAGES) throw new Error(`generated only ${pageCount} pages`);
  const pdf = await PDFDocument.load(bytes);
  while (pdf.getPageCount() > PAGES) pdf.removePage(pdf.getPageCount() - 1);
  return pdf.save({ useObjectStreams: true });
}

/** The raw pdf.js loop: open, then getPage + getTextContent for every page, on this thread, same options. */
async function rawTextLoop(bytes: Uint8Array): Promise<number> {
  const pdfjs = await loadPdfjs();
  const started = performance.now();
  const doc = await pdfjs.getDocument(documentOptions(bytes.slice())).promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getTextContent();
    page.cleanup();
  }
  await doc.destroy();
  return performance.now() - started;
}

const bench: Bench = {
  name: 'import',
  description: `import a generated ${PAGES}-page Chinese text PDF through the dispatcher vs the raw pdf.js getTextContent loop (goal: import ≥ 0.8× raw); OCR seconds per page`,
  async run({ runs }) {
    const t0 = performance.now();
    const pdf = await fiveHundredPages();
    const generateMs = performance.now() - t0;
    const t = createTestApp();
    try {
      const session = await t.login('center');
      const importOnce = async (caseId: string, bytes: Uint8Array, name: string) => {
        const started = performance.now();
        const r = await t.call('documents.import', { caseId, batchId: name, files: [{ name, bytes }] }, session);
        const outcome = r.ok ? (r.value as { outcomes: { ok: boolean; pageCount?: number; message?: string }[] }).outcomes[0]! : null;
        if (!outcome?.ok) throw new Error(`import failed: ${JSON.stringify(r.ok ? outcome : r.error)}`);
        return { ms: performance.now() - started, pages: outcome.pageCount ?? 0 };
      };
      // The first import starts the PDF worker threads (kept warm for the next files of a session): a
      // 200-page file, long enough to be read by both workers, so the timed runs measure steady state.
      const warmPdf = await PDFDocument.load(pdf);
      while (warmPdf.getPageCount() > 200) warmPdf.removePage(warmPdf.getPageCount() - 1);
      const warm = await importOnce(t.court.caseIds[0]!, await warmPdf.save(), 'warm.pdf');
      // Each timed run goes to another case, so it is a full import (the same file twice in a case is a duplicate).
      const n = Math.max(1, Math.min(runs, t.court.caseIds.length));
      const importMs: number[] = [];
      const rawMs: number[] = [];
      for (let i = 0; i < n; i++) {
        const r = await importOnce(t.court.caseIds[i]!, pdf, `bench-${i}.pdf`);
        if (r.pages !== PAGES) throw new Error(`imported ${r.pages} pages`);
        importMs.push(r.ms);
        rawMs.push(await rawTextLoop(pdf));
      }
      const importPps = PAGES / (summarize(importMs).median / 1000);
      const rawPps = PAGES / (summarize(rawMs).median / 1000);

      // OCR: render pages like background OCR does (200 dpi, PDF worker) and read them with one engine.
      const engineStart = performance.now();
      const engine = await OcrEngine.create();
      const engineStartMs = performance.now() - engineStart;
      const renderMs: number[] = [];
      const ocrMs: number[] = [];
      for (let i = 0; i < OCR_PAGES; i++) {
        let started = performance.now();
        const page = await importRuntime(t.app).ocrPdf.run(
          { kind: 'render', docKey: 'bench', bytes: pdf, pageIndex: i, dpi: 200, maxPixels: 16_000_000, format: 'png' },
          { timeoutMs: 120_000 },
        );
        renderMs.push(performance.now() - started);
        started = performance.now();
        const { text } = await engine.recognize(page.data);
        ocrMs.push(performance.now() - started);
        if (!text.includes('第')) throw new Error('OCR read nothing useful');
      }
      await engine.terminate();
      return {
        pages: PAGES,
        pdfBytes: pdf.byteLength,
        generateMs: Math.round(generateMs),
        firstImport200PagesWithWorkerStartMs: Math.round(warm.ms),
        importMs: summarize(importMs),
        rawPdfjsTextLoopMs: summarize(rawMs),
        importPagesPerSecond: Math.round(importPps),
        rawPagesPerSecond: Math.round(rawPps),
        importToRawRatio: Math.round((importPps / rawPps) * 100) / 100,
        goalRatio: 0.8,
        ocr: {
          pages: OCR_PAGES,
          engineStartMs: Math.round(engineStartMs),
          renderMsPerPage: summarize(renderMs),
          ocrSecondsPerPage: Math.round((ocrMs.reduce((a, b) => a + b, 0) / ocrMs.length / 1000) * 100) / 100,
        },
      };
    } finally {
      await stopImportRuntime(t.app);
      t.close();
    }
  },
};
export default bench;
