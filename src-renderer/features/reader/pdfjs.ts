import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type PdfJs = typeof import('pdfjs-dist');

/** pdf.js is big: it is loaded the first time a page is shown, not with the app. */
let loading: Promise<PdfJs> | null = null;
const loadPdfJs = (): Promise<PdfJs> =>
  (loading ??= import('pdfjs-dist').then((pdfjs) => {
    // The worker is bundled by Vite into our own assets (CSP worker-src 'self').
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  }));

/** A folder copied into the build by vite.config.ts (pdfjsAssets), as an absolute URL of our own origin. */
const assetFolder = (folder: string): string => new URL(`pdfjs/${folder}/`, document.baseURI).href;

/**
 * Opens a PDF from bytes in the browser, the safe way (ARCHITECTURE.md, Security): no eval (strict CSP),
 * no scripting, no WebAssembly (the no-wasm decoders are used), CJK character maps and standard fonts
 * from our own origin. pdf.js takes the bytes over (they are sent to its worker): pass a copy if you keep them.
 * Destroy the returned task when done; that also ends the document.
 */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const pdfjs = await loadPdfJs();
  return pdfjs.getDocument({
    data: bytes,
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
export const loadTextLayer = (): Promise<PdfJs['TextLayer']> => loadPdfJs().then((pdfjs) => pdfjs.TextLayer);
