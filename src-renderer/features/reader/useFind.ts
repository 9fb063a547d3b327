import { useMemo, useState } from 'react';
import type { Volume } from '../../../src-shared/contract/calls/documentCalls';
import { findNeedle } from '../../../src-shared/reader/findMatches';
import { api } from '../../api/api';
import type { FindView } from './ContinuousViewer';
import { slotKey } from './pageSlots';

export interface FindHit {
  documentId: string;
  pageIndex: number;
  /** Which occurrence on its page (0-based). */
  occurrence: number;
}

export interface FindState {
  query: string;
  /** The query the hits are for (null before the first search). */
  searched: string | null;
  hits: FindHit[];
  index: number;
  busy: boolean;
  error: string | null;
  view: FindView | null;
  search(query: string): Promise<void>;
  /** Next (+1) or previous (-1) hit, wrapping around. */
  move(delta: number): void;
  clear(): void;
}

/**
 * Find in the document or volume being read: documents.findText counts the occurrences per page in the stored
 * page text, they become a list of hits in reading order; the viewer marks them in the text layers and
 * scrolls to the current one.
 */
export function useFind(caseId: string, volume: Volume, documentId?: string): FindState {
  const [searched, setSearched] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<FindHit[]>([]);
  const [index, setIndex] = useState(0);
  const [nonce, setNonce] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const search = async (q: string) => {
    setQuery(q);
    if (!findNeedle(q)) return;
    setBusy(true);
    try {
      const r = await api.documents.findText({ caseId, volume, query: q, ...(documentId ? { documentId } : {}) });
      setHits(r.pages.flatMap((p) => Array.from({ length: p.count }, (_, occurrence) => ({ documentId: p.documentId, pageIndex: p.pageIndex, occurrence }))));
      setSearched(q);
      setIndex(0);
      setNonce((n) => n + 1);
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const move = (delta: number) => {
    if (!hits.length) return;
    setIndex((i) => (i + delta + hits.length) % hits.length);
    setNonce((n) => n + 1);
  };
  const clear = () => {
    setSearched(null);
    setHits([]);
    setQuery('');
  };
  const view = useMemo<FindView | null>(() => {
    if (searched === null || !hits.length) return null;
    const h = hits[index]!;
    return {
      needle: findNeedle(searched),
      pages: new Set(hits.map((x) => slotKey(x.documentId, x.pageIndex))),
      current: { ...h, nonce },
    };
  }, [searched, hits, index, nonce]);
  return { query, searched, hits, index, busy, error, view, search, move, clear };
}
