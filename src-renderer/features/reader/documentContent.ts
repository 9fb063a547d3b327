import { api } from '../../api/api';

/**
 * A document's bytes, fetched before the reader knows it needs them: the reader asks for the case and its
 * catalogue first, and the bytes (the larger part) can travel at the same time. One prefetch at a time, taken over
 * by the first load of the same bytes, so an abandoned one costs one document's bytes until the next.
 */
let prefetched: { key: string; bytes: Promise<Uint8Array> } | null = null;
const keyOf = (id: string, rendition: boolean) => `${id}:${rendition ? 'rendition' : 'original'}`;

export function prefetchDocumentContent(id: string, rendition: boolean): void {
  const key = keyOf(id, rendition);
  if (prefetched?.key === key) return;
  const bytes = api.documents.content({ id, rendition });
  bytes.catch(() => undefined); // a failed prefetch is reported by the load that takes it over
  prefetched = { key, bytes };
}

export function loadDocumentContent(id: string, rendition: boolean): Promise<Uint8Array> {
  const key = keyOf(id, rendition);
  if (prefetched?.key === key) {
    const { bytes } = prefetched;
    prefetched = null;
    return bytes;
  }
  return api.documents.content({ id, rendition });
}
