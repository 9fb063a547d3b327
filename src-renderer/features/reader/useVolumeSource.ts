import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { DossierDocument } from '../../../src-shared/contract/calls/documentCalls';
import { loadDocumentContent } from './documentContent';
import { DocumentPool } from './documentPool';
import { takeEarlyDocument } from './earlyPage';
import { needsRendition } from './needsRendition';
import { A4, type PageSource } from './pageSource';
import { slotsOf } from './pageSlots';
import { openPdf } from './pdfjs';

/**
 * Several documents (a volume in catalogue order) as one page source: the slots of all their pages laid out
 * at once, each document opened only when its pages come near the viewport (DocumentPool).
 */
export function useVolumeSource(docs: readonly DossierDocument[]): PageSource {
  const key = docs.map((d) => `${d.id}/${d.pageCount}/${d.firstPage}`).join(',');
  const pool = useMemo(() => {
    const media = new Map(docs.map((d) => [d.id, d.mediaType]));
    return new DocumentPool({
      content: (id) => loadDocumentContent(id, needsRendition(media.get(id) ?? 'application/pdf')),
      // The early page (earlyPage.ts) may have opened these very bytes already: that document is taken over.
      open: (bytes) => takeEarlyDocument(bytes) ?? openPdf(bytes),
    });
  }, [key]);
  useEffect(() => () => pool.dispose(), [pool]);
  const version = useSyncExternalStore(pool.subscribe, pool.getVersion);
  const slots = useMemo(() => slotsOf(docs), [key]);
  // Stable across versions: viewers re-ask only when the documents they need change.
  const want = useMemo(() => (who: string, ids: readonly string[]) => pool.want(who, ids), [pool]);

  return useMemo(() => {
    const guess = pool.typicalSize() ?? A4;
    const failed = docs.map((d) => pool.errorOf(d.id)).find((e) => e);
    return {
      slots,
      pdfOf: (id: string) => pool.pdfOf(id),
      sizeOf: (slot) => pool.sizesOf(slot.documentId)?.[slot.pageIndex] ?? guess,
      version,
      want,
      error: failed ?? null,
      ready: true,
    };
  }, [pool, slots, version, want]);
}
