import { useMemo } from 'react';
import { useLoad } from '../../ui/useLoad';
import { loadDocumentContent } from './documentContent';
import { needsRendition } from './needsRendition';
import { A4, type PageSource } from './pageSource';
import { slotsOf } from './pageSlots';
import { usePageSizes } from './usePageSizes';
import { usePdfDocument } from './usePdfDocument';

const NO_WANT = () => undefined;

/** One document as the viewer's page source: opened at once with pdf.js, its page sizes read up front. */
export function useSingleSource(doc: { id: string; mediaType: string; firstPage: number | null }): PageSource & { reload: () => void } {
  const rendition = needsRendition(doc.mediaType);
  const content = useLoad(() => loadDocumentContent(doc.id, rendition), [doc.id, rendition]);
  const { pdf, error } = usePdfDocument(content.data);
  const sizes = usePageSizes(pdf);
  const slots = useMemo(() => (pdf ? slotsOf([{ id: doc.id, pageCount: pdf.numPages, firstPage: doc.firstPage }]) : []), [pdf, doc.id, doc.firstPage]);
  return useMemo(
    () => ({
      slots,
      pdfOf: (id: string) => (id === doc.id ? pdf : null),
      sizeOf: (slot) => sizes?.[slot.pageIndex] ?? sizes?.[0] ?? A4,
      version: sizes ? 1 : 0,
      want: NO_WANT,
      error: content.error ?? error,
      ready: !!pdf && !!sizes,
      reload: content.reload,
    }),
    [slots, pdf, sizes, content.error, error, doc.id],
  );
}
