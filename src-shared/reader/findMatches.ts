/**
 * Find-in-text as the reader does it, shared by the main process (counting hits in stored page text) and the
 * renderer (placing them in the text layer), so both count the same occurrences: white space is ignored (a
 * phrase may run over a line end, and extracted Chinese text carries stray spaces) and letters match in any case.
 */

const SPACE = /\s/u;

/** The text without white space, lower-cased, and for each kept character its index in the original. */
export function normalizeForFind(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (SPACE.test(ch)) continue;
    const lower = ch.toLowerCase();
    // Lower-casing keeps one UTF-16 unit for everything the reader meets; keep the original otherwise.
    const kept = lower.length === 1 ? lower : ch;
    out += kept;
    origin.push(i);
  }
  return { text: out, origin };
}

/** The needle as findIn compares it; empty when the query is only white space. */
export const findNeedle = (query: string): string => normalizeForFind(query).text;

/**
 * Non-overlapping occurrences of `needle` (from findNeedle) in `text`, as [start, end) ranges of the
 * original text (end is one past the last matched character).
 */
export function findIn(text: string, needle: string, limit = Infinity): [number, number][] {
  if (!needle) return [];
  const { text: hay, origin } = normalizeForFind(text);
  const out: [number, number][] = [];
  let at = hay.indexOf(needle);
  while (at >= 0 && out.length < limit) {
    out.push([origin[at]!, origin[at + needle.length - 1]! + 1]);
    at = hay.indexOf(needle, at + needle.length);
  }
  return out;
}
