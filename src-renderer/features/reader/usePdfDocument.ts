import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { takeEarlyDocument } from './earlyPage';
import { openPdf, preloadPdfJs } from './pdfjs';

export interface LoadedPdf {
  pdf: PDFDocumentProxy | null;
  error: unknown;
}

/**
 * Opens `bytes` with pdf.js while the component lives, and ends the document (and its worker work) when
 * the bytes change or the component goes. pdf.js is handed a copy, so the caller's bytes stay usable.
 */
export function usePdfDocument(bytes: Uint8Array | null): LoadedPdf {
  const [state, setState] = useState<LoadedPdf>({ pdf: null, error: null });
  // pdf.js and its worker load while the bytes are still on their way.
  useEffect(preloadPdfJs, []);

  useEffect(() => {
    setState({ pdf: null, error: null });
    if (!bytes) return;
    if (!(bytes instanceof Uint8Array)) {
      setState({ pdf: null, error: new Error('材料内容格式错误，无法显示') });
      return;
    }
    let gone = false;
    let destroy: (() => Promise<void>) | null = null;
    // The early page (earlyPage.ts) may have opened these very bytes already: that document is taken over.
    (takeEarlyDocument(bytes) ?? openPdf(bytes.slice()))
      .then((task) => {
        destroy = () => task.destroy();
        if (gone) return destroy();
        return task.promise.then((pdf) => {
          if (!gone) setState({ pdf, error: null });
        });
      })
      .catch((error: unknown) => {
        if (!gone) setState({ pdf: null, error });
      });
    return () => {
      gone = true;
      void destroy?.().catch(() => undefined);
    };
  }, [bytes]);

  return state;
}
