/**
 * Case numbers (案号) per the SPC rule: （收案年度）法院代字 + 类型代字 + 顺序号 + 号,
 * e.g. （2025）苏0105民初1234号.
 */
export const CASE_TYPES = ['民初', '民终', '刑初', '行初', '执', '民特', '民辖'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export interface CaseNumberParts {
  year: number;
  courtCode: string;
  caseType: CaseType;
  sequence: number;
}

const PATTERN = new RegExp(
  `^[（(](\\d{4})[）)]([\\u4e00-\\u9fa5]\\d{2,4})(${CASE_TYPES.join('|')})(\\d{1,6})号$`,
);

export function formatCaseNumber(p: CaseNumberParts): string {
  return `（${p.year}）${p.courtCode}${p.caseType}${p.sequence}号`;
}

/** Parses a case number; accepts ASCII parentheses too. Returns null when it is not one. */
export function parseCaseNumber(text: string): CaseNumberParts | null {
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  const sequence = Number(m[4]);
  if (sequence < 1) return null;
  return { year: Number(m[1]), courtCode: m[2]!, caseType: m[3] as CaseType, sequence };
}
