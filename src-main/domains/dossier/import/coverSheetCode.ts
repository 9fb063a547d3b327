import { UUID_PATTERN } from '../../../../src-shared/util/uuidv7';

/** What a scan cover sheet's QR code says: which case and which catalogue category the pages after it are. */
export interface CoverSheetCode {
  caseId: string;
  caseNumber: string;
  category: string;
}

/** The QR text: `{"v":1,"case":"<case id>","no":"<案号>","cat":"<category>"}` (short keys keep the code small). */
export function encodeCoverCode(code: CoverSheetCode): string {
  return JSON.stringify({ v: 1, case: code.caseId, no: code.caseNumber, cat: code.category });
}

/** The code read from a QR text, or null when it is not one of our cover sheets. */
export function parseCoverCode(text: string): CoverSheetCode | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (v.v !== 1 || typeof v.case !== 'string' || !UUID_PATTERN.test(v.case)) return null;
  if (typeof v.cat !== 'string' || v.cat.trim() === '' || v.cat.length > 40) return null;
  return { caseId: v.case, caseNumber: typeof v.no === 'string' ? v.no : '', category: v.cat.trim() };
}
