import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import type { Pointer, ShownAnnotation } from '../../../src-shared/contract/calls/presentationCalls';
import { PdfPageCanvas } from '../reader/PdfPageCanvas';
import { usePdfDocument } from '../reader/usePdfDocument';
import { ShownAnnotations } from './ShownAnnotations';

interface Natural { width: number; height: number; transform: number[] }

/** The size of the window, followed on resize. */
function useWindowSize(): { width: number; height: number } {
  const [size, setSize] = useState({ width: window.innerWidth, height: window.innerHeight });
  useEffect(() => {
    const on = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return size;
}

/** The one shown page, as large as the screen allows, with the showable layer and the pointer over it. */
export function ShownPage({ pdfBytes, annotations, pointer, reserve }: {
  pdfBytes: Uint8Array;
  annotations: ShownAnnotation[];
  pointer: Pointer;
  /** Pixels kept free below the page (for the caption). */
  reserve: number;
}) {
  const { pdf } = usePdfDocument(pdfBytes);
  const [natural, setNatural] = useState<Natural | null>(null);
  const screen = useWindowSize();

  useEffect(() => {
    setNatural(null);
    if (!pdf) return;
    let gone = false;
    void (pdf as PDFDocumentProxy).getPage(1).then((page) => {
      const v = page.getViewport({ scale: 1 });
      if (!gone) setNatural({ width: v.width, height: v.height, transform: v.transform });
    });
    return () => {
      gone = true;
    };
  }, [pdf]);

  if (!pdf || !natural) return null;
  const width = Math.floor(Math.min(screen.width * 0.96, ((screen.height - reserve) * 0.96 * natural.width) / natural.height));
  const height = Math.round((width * natural.height) / natural.width);
  return (
    <div className="cd-parties-page" style={{ width, height }} data-testid="parties-page">
      <PdfPageCanvas pdf={pdf} pageIndex={0} width={width} />
      <ShownAnnotations size={natural} transform={natural.transform} annotations={annotations} pointer={pointer} />
    </div>
  );
}
