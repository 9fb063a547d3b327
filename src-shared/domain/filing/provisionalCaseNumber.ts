import { CASE_TYPES, type CaseNumberParts, type CaseType } from '../caseNumber';

/**
 * A provisional case number, issued by a device that is not the court's numbering device (e.g. a laptop
 * filing offline): the official form with 临 ("provisional") between the type and the sequence,
 * e.g. （2026）苏0105民初临3号. parseCaseNumber never accepts it (its sequence must be digits right after the
 * type), so nobody can mistake it for an official number; the sync hub replaces it with the official one.
 * Provisional sequences count per device, court, year and type.
 */
export const PROVISIONAL_MARK = '临';

/**
 * The `sequence` column of a provisionally numbered case is this base plus its provisional sequence: official
 * sequences have at most six digits, so the two ranges never meet in the (court, year, type, sequence) key.
 */
export const PROVISIONAL_SEQUENCE_BASE = 1_000_000;

export function formatProvisionalCaseNumber(p: CaseNumberParts): string {
  return `（${p.year}）${p.courtCode}${p.caseType}${PROVISIONAL_MARK}${p.sequence}号`;
}

const PATTERN = new RegExp(
  `^[（(](\\d{4})[）)]([\\u4e00-\\u9fa5]\\d{2,4})(${CASE_TYPES.join('|')})${PROVISIONAL_MARK}(\\d{1,6})号$`,
);

/** Parses a provisional case number; null for anything else, official numbers included. */
export function parseProvisionalCaseNumber(text: string): CaseNumberParts | null {
  const m = PATTERN.exec(text.trim());
  if (!m || Number(m[4]) < 1) return null;
  return { year: Number(m[1]), courtCode: m[2]!, caseType: m[3] as CaseType, sequence: Number(m[4]) };
}

export const isProvisionalCaseNumber = (text: string): boolean => parseProvisionalCaseNumber(text) !== null;
