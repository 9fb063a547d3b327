import type { CallOutput } from '../../../src-shared/contract/contract';

export type SearchHit = CallOutput<'search.pages'>['hits'][number];

export interface DocumentHits {
  documentId: string;
  documentTitle: string;
  category: string;
  hits: SearchHit[];
}

export interface CaseHits {
  caseId: string;
  caseNumber: string;
  documents: DocumentHits[];
}

/** Hits grouped by case, then by document, in the order the server ranked their first hit. */
export function groupHits(hits: SearchHit[]): CaseHits[] {
  const cases = new Map<string, CaseHits>();
  const docs = new Map<string, DocumentHits>();
  for (const hit of hits) {
    let c = cases.get(hit.caseId);
    if (!c) cases.set(hit.caseId, (c = { caseId: hit.caseId, caseNumber: hit.caseNumber, documents: [] }));
    let d = docs.get(hit.documentId);
    if (!d) {
      d = { documentId: hit.documentId, documentTitle: hit.documentTitle, category: hit.category, hits: [] };
      docs.set(hit.documentId, d);
      c.documents.push(d);
    }
    d.hits.push(hit);
  }
  return [...cases.values()];
}
