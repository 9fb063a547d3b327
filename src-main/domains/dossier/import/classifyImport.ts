import type { Database } from 'better-sqlite3';
import type { Volume } from '../../../../src-shared/contract/calls/documentCalls';
import { findCategory } from '../../../../src-shared/catalogue/categories';
import { classifyDocument, type CategoryCorrection } from '../../../../src-shared/catalogue/classifyDocument';

export interface Placement {
  category: string;
  volume: Volume;
  /** Null when a person (or a scan cover sheet) chose the category. */
  confidence: number | null;
  source: 'auto' | 'user' | 'scan';
}

/** People's earlier corrections, newest first (the classifier takes the first that matches). */
export function readCorrections(db: Database): CategoryCorrection[] {
  return db
    .prepare('SELECT title_key AS titleKey, category, volume FROM category_corrections ORDER BY created_at DESC, rowid DESC')
    .all() as CategoryCorrection[];
}

/**
 * Where an imported document goes: the category the importer chose (or the scan cover sheet named), in
 * that category's volume, else the classifier's answer from title and first-page text. A chosen category
 * must be one of the case type's catalogue (checked by the handler, see knownCategory).
 */
export function placeImport(
  db: Database,
  doc: { title: string; firstPageText: string; caseType: string },
  chosen: { category: string; source: 'user' | 'scan' } | null,
): Placement {
  if (chosen) {
    const def = findCategory(doc.caseType, chosen.category);
    return { category: def?.name ?? chosen.category, volume: def?.volume ?? 'main', confidence: null, source: chosen.source };
  }
  const c = classifyDocument(doc, readCorrections(db));
  return { category: c.category, volume: c.volume, confidence: c.confidence, source: 'auto' };
}

/** The catalogue name of a category given by a person (an alias gives its category), or null if unknown. */
export const knownCategory = (caseType: string, category: string): string | null => findCategory(caseType, category)?.name ?? null;
