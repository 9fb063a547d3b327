import type { TextAnchor } from './annotation';

export interface AnchorPlace {
  pageIndex: number;
  /** Character offset of the quote in that page's text (as given, whitespace included). */
  offset: number;
}

/** Page text with its whitespace removed, and where each remaining character was in the original. */
interface Squeezed {
  text: string;
  origin: number[];
}

// PDF text and OCR gain and lose spaces and line breaks (Chinese has no spaces between words), so
// matching ignores all whitespace, the ideographic space included.
const WHITESPACE = /[\s\u3000\u00a0]/;

function squeeze(text: string): Squeezed {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (WHITESPACE.test(ch)) continue;
    out += ch;
    origin.push(i);
  }
  return { text: out, origin };
}

const strip = (s: string): string => s.replace(/[\s\u3000\u00a0]+/g, '');

/** How many characters at the end of `a` equal those at the end of `b`. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** A quote at least this long (without whitespace) is trusted on its own, without any context agreeing. */
const SELF_EVIDENT = 8;

/**
 * Finds where an annotation's quoted words are now, given the current texts of the pages (index = page
 * index) and the page the annotation was on. First the fast path: the quote still sits exactly at its old
 * offset on its old page with its context. Otherwise every occurrence on every page is scored by how much
 * of the prefix and suffix agree (whitespace ignored), then by nearness to the old page and old offset.
 * Returns null when the words are gone (the reader lists the annotation as 「原文已变动」; it is never dropped).
 */
export function reanchor(anchor: TextAnchor, pages: readonly string[], oldPageIndex: number): AnchorPlace | null {
  const here = pages[oldPageIndex];
  if (
    here !== undefined &&
    here.startsWith(anchor.quote, anchor.offset) &&
    here.slice(Math.max(0, anchor.offset - anchor.prefix.length), anchor.offset).endsWith(anchor.prefix) &&
    here.startsWith(anchor.suffix, anchor.offset + anchor.quote.length)
  ) {
    return { pageIndex: oldPageIndex, offset: anchor.offset };
  }

  const quote = strip(anchor.quote);
  if (quote === '') return null;
  const prefix = strip(anchor.prefix);
  const suffix = strip(anchor.suffix);
  const context = prefix.length + suffix.length;
  let best: { place: AnchorPlace; context: number; pageDistance: number; offsetDistance: number } | null = null;

  pages.forEach((pageText, pageIndex) => {
    const page = squeeze(pageText);
    for (let at = page.text.indexOf(quote); at >= 0; at = page.text.indexOf(quote, at + 1)) {
      const agree =
        commonSuffix(prefix, page.text.slice(Math.max(0, at - prefix.length), at)) +
        commonPrefix(suffix, page.text.slice(at + quote.length, at + quote.length + suffix.length));
      // A short quote with no agreeing context anywhere is more likely someone else's words than ours.
      if (agree === 0 && context > 0 && quote.length < SELF_EVIDENT) continue;
      const offset = page.origin[at]!;
      const candidate = {
        place: { pageIndex, offset },
        context: agree,
        pageDistance: Math.abs(pageIndex - oldPageIndex),
        offsetDistance: pageIndex === oldPageIndex ? Math.abs(offset - anchor.offset) : Number.MAX_SAFE_INTEGER,
      };
      if (
        !best ||
        candidate.context > best.context ||
        (candidate.context === best.context &&
          (candidate.pageDistance < best.pageDistance ||
            (candidate.pageDistance === best.pageDistance && candidate.offsetDistance < best.offsetDistance)))
      ) {
        best = candidate;
      }
    }
  });
  return best === null ? null : (best as { place: AnchorPlace }).place;
}
