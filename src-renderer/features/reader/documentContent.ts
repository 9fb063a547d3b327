import { invoke } from '../../api/invoke';

/**
 * A document's bytes, fetched before the reader knows it needs them: the reader asks for the case and its
 * catalogue first, and the bytes (the larger part) can travel at the same time. One prefetch at a time, taken over
 * by the first load of the same bytes, so an abandoned one costs one document's bytes until the next.
 */
let prefetched: { key: string; bytes: Promise<Uint8Array> } | null = null;
const keyOf = (id: string, rendition: boolean) => `${id}:${rendition ? 'rendition' : 'original'}`;

/** Starts fetching (once) and returns the prefetch, which stays there for the load that takes it over. */
export function prefetchDocumentContent(id: string, rendition: boolean): Promise<Uint8Array> {
  const key = keyOf(id, rendition);
  if (prefetched?.key === key) return prefetched.bytes;
  const bytes = invoke('documents.content', { id, rendition });
  bytes.catch(() => undefined); // a failed prefetch is reported by the load that takes it over
  prefetched = { key, bytes };
  return bytes;
}

export function loadDocumentContent(id: string, rendition: boolean): Promise<Uint8Array> {
  const key = keyOf(id, rendition);
  if (prefetched?.key === key) {
    const { bytes } = prefetched;
    prefetched = null;
    return bytes;
  }
  return invoke('documents.content', { id, rendition });
}

/** Gives up a prefetch nobody will take over (the early page fetched an image's original; the reader reads its rendition). */
export function discardPrefetch(id: string, rendition: boolean): void {
  if (prefetched?.key === keyOf(id, rendition)) prefetched = null;
}
