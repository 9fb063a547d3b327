import type { PDFDocumentLoadingTask, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type PdfJs = typeof import('pdfjs-dist');

interface Loaded {
  pdfjs: PdfJs;
  /** One worker for every document: its 1 MB script is fetched and compiled once, and one worker heap is kept, not one per open document. */
  worker: PDFWorker;
}

/** pdf.js is big: it is loaded the first time a page is about to be shown (preloadPdfJs), not with the app. */
let loading: Promise<Loaded> | null = null;
const loadPdfJs = (): Promise<Loaded> => {
  if (!loading) {
    // The worker is bundled by Vite into our own assets (CSP worker-src 'self'). It is started at once, so its
    // 1 MB script downloads and compiles alongside the pdf.js module instead of after it.
    const port = new Worker(workerUrl, { type: 'module' });
    loading = import('pdfjs-dist').then((pdfjs) => {
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
      return { pdfjs, worker: pdfjs.PDFWorker.create({ port }) };
    });
  }
  return loading.then((loaded) => {
    if (!loaded.worker.destroyed) return loaded;
    // A worker that failed (and was destroyed by pdf.js) is replaced for the next document.
    loaded.worker = new loaded.pdfjs.PDFWorker();
    return loaded;
  });
};

/**
 * Starts fetching and compiling pdf.js and its worker now, so they are ready when the document's bytes
 * arrive (they load in parallel with the bytes instead of one after the other). Safe to call often.
 */
export const preloadPdfJs = (): void => {
  void loadPdfJs().catch(() => undefined);
};

/** A folder copied into the build by vite.config.ts (pdfjsAssets), as an absolute URL of our own origin. */
const assetFolder = (folder: string): string => new URL(`pdfjs/${folder}/`, document.baseURI).href;

/**
 * Opens a PDF from bytes in the browser, the safe way (ARCHITECTURE.md, Security): no eval (strict CSP),
 * no scripting, no WebAssembly (the no-wasm decoders are used), CJK character maps and standard fonts
 * from our own origin. pdf.js takes the bytes over (they are sent to its worker): pass a copy if you keep them.
 * Destroy the returned task when done; that also ends the document (the shared worker stays for the next one).
 */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const { pdfjs, worker } = await loadPdfJs();
  return pdfjs.getDocument({
    data: bytes,
    worker,
    isEvalSupported: false,
    enableXfa: false,
    useWasm: false,
    cMapUrl: assetFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetFolder('standard_fonts'),
    wasmUrl: assetFolder('wasm'),
  });
}

/** pdf.js's TextLayer (selection and copy over the canvas), from the same lazily loaded module. */
export const loadTextLayer = (): Promise<PdfJs['TextLayer']> => loadPdfJs().then(({ pdfjs }) => pdfjs.TextLayer);
