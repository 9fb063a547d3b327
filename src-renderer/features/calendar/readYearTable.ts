import type { CallInput } from '../../../src-shared/contract/contract';

export type YearTableInput = CallInput<'calendar.importYear'>;

/**
 * A year table from a JSON file `{ "year": 2027, "holidays": [...], "workdays": [...] }`. Only the shape is
 * checked here (with a Chinese message); the dates themselves are checked by calendar.importYear.
 */
export function readYearTable(text: string): YearTableInput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error('文件不是有效的 JSON');
  }
  const t = parsed as Partial<YearTableInput> | null;
  const isDates = (v: unknown) => Array.isArray(v) && v.every((d) => typeof d === 'string');
  if (!t || typeof t !== 'object' || typeof t.year !== 'number' || !isDates(t.holidays) || (t.workdays !== undefined && !isDates(t.workdays))) {
    throw new Error('JSON 应为 {"year": 年份, "holidays": ["YYYY-MM-DD", …], "workdays": ["YYYY-MM-DD", …]}');
  }
  return { year: t.year, holidays: t.holidays as string[], workdays: (t.workdays ?? []) as string[] };
}
