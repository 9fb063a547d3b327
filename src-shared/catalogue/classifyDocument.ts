import type { Volume } from '../contract/calls/documentCalls';

export interface Classification {
  category: string;
  volume: Volume;
  /** 0..1: how sure the classifier is; the UI asks a person to look below ~0.6. */
  confidence: number;
}

/** A person's earlier correction: documents titled like `titleKey` belong to `category`. */
export interface CategoryCorrection {
  titleKey: string;
  category: string;
  volume: Volume;
}

/**
 * Decides a document's catalogue category from its title and first-page text. PLACEHOLDER: being
 * replaced by the catalogue work (rules per category of src-shared/catalogue); keep the signature.
 */
export function classifyDocument(doc: { title: string; firstPageText: string; caseType?: string }, corrections: readonly CategoryCorrection[] = []): Classification {
  const hit = corrections.find((c) => c.titleKey === titleKey(doc.title));
  if (hit) return { category: hit.category, volume: hit.volume, confidence: 1 };
  return { category: '证据材料', volume: 'main', confidence: 0.1 };
}

/** The normalised title used to remember corrections: no spaces, punctuation, digits or file extension. */
export function titleKey(title: string): string {
  return title.replace(/\.[A-Za-z0-9]{2,5}$/, '').replace(/[\s\p{P}\d]/gu, '').slice(0, 40);
}
