import type { Volume } from '../contract/calls/documentCalls';
import type { CaseType } from '../domain/caseNumber';
import type { CategoryDef } from './categoryTypes';
import { CIVIL_FIRST_INSTANCE } from './civilFirstInstance';
import { ADMINISTRATIVE_FIRST_INSTANCE, CIVIL_APPEAL, CRIMINAL_FIRST_INSTANCE, ENFORCEMENT, JURISDICTION, SPECIAL_PROCEDURE } from './otherCaseTypes';

export type { CategoryDef, CategoryRules, Requirement, Service } from './categoryTypes';

/**
 * The e-dossier catalogue (卷宗目录) per case type: the 正卷 then the 副卷 categories, each list in
 * catalogue order. 民初 is complete (civilFirstInstance.ts); the others start from it (otherCaseTypes.ts).
 */
export const CATALOGUES: Record<CaseType, readonly CategoryDef[]> = {
  民初: CIVIL_FIRST_INSTANCE,
  民终: CIVIL_APPEAL,
  刑初: CRIMINAL_FIRST_INSTANCE,
  行初: ADMINISTRATIVE_FIRST_INSTANCE,
  执: ENFORCEMENT,
  民特: SPECIAL_PROCEDURE,
  民辖: JURISDICTION,
};

/** The catalogue of a case type; an unknown type gets the 民初 one (the most complete). */
export function categoriesFor(caseType: string | undefined): readonly CategoryDef[] {
  return (caseType !== undefined && CATALOGUES[caseType as CaseType]) || CIVIL_FIRST_INSTANCE;
}

export const VOLUME_LABELS: Record<Volume, string> = { main: '正卷', internal: '副卷' };

/** A category by its name or one of its aliases (older names, the demo's names for other case types). */
export function findCategory(caseType: string | undefined, name: string): CategoryDef | undefined {
  const list = categoriesFor(caseType);
  return list.find((c) => c.name === name) ?? list.find((c) => c.aliases?.includes(name));
}

/**
 * Where a category sits in the catalogue order of its case type (0 = first). A category the case type
 * does not know sorts after every known one, so it never hides a known document.
 */
export function categoryRank(caseType: string | undefined, name: string): number {
  const list = categoriesFor(caseType);
  const def = findCategory(caseType, name);
  return def ? list.indexOf(def) : list.length;
}

/** Whether pages of a category get volume page numbers; unknown categories are numbered (they are material). */
export function isNumbered(caseType: string | undefined, name: string): boolean {
  return findCategory(caseType, name)?.numbered ?? true;
}
