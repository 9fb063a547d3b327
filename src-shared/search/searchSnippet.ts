import type { QueryTerm } from './searchTokens';
import { MIN_PREFIX, NGRAM, isLongNumber, isNumberish, isSpace as isSpaceCode, scanUnits, type Unit } from './searchUnits';

// Called per character: a local binding (an imported one may be a getter once transpiled).
const isSpace = isSpaceCode;

/** A piece of a snippet: plain text, never markup; `hit` marks what matched the query. */
export interface SnippetSegment {
  text: string;
  hit: boolean;
}

export interface HitRange {
  start: number;
  end: number;
  term: number;
}

/**
 * Where a query of one word matches a word of the page (searchTokens.ts wordExpression): the whole word when
 * short, else a prefix; a number of NGRAM+ digits anywhere inside a long number.
 */
function wordOffset(page: string, query: string): number {
  if (query.length < MIN_PREFIX) return page === query ? 0 : -1;
  if (page.startsWith(query)) return 0;
  return query.length >= NGRAM && isNumberish(query) && isLongNumber(page) ? page.indexOf(query) : -1;
}

/** Original-text range of characters [from, to) of a word unit's normalised text. */
const wordRange = (u: Unit, from: number, to: number): [number, number] =>
  u.offsets ? [u.offsets[from]!, u.offsets[to - 1]! + 1] : [u.start, u.end];

/**
 * Every place in the page's units where a term matches, with the same rules as the index (searchTokens.ts):
 * Chinese characters equal, no break inside the match, a word equal except the last one (a prefix), a term
 * of one word also inside a long number.
 */
export function findHits(units: Unit[], terms: QueryTerm[], max = 500): HitRange[] {
  const hits: HitRange[] = [];
  terms.forEach((term, t) => {
    const n = term.length;
    for (let i = 0; i + n <= units.length && hits.length < max; i++) {
      const first = units[i]!;
      if (first.kind !== term[0]!.kind) continue;
      if (n === 1) {
        if (first.kind === 'c') {
          if (first.text === term[0]!.text) hits.push({ start: first.start, end: first.end, term: t });
        } else {
          const at = wordOffset(first.text, term[0]!.text);
          if (at >= 0) {
            const [start, end] = wordRange(first, at, at + term[0]!.text.length);
            hits.push({ start, end, term: t });
          }
        }
        continue;
      }
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const u = units[i + k]!;
        const q = term[k]!;
        ok = u.kind === q.kind && (k === 0 || !u.breakBefore)
          && (u.kind === 'w' && k === n - 1 ? u.text.startsWith(q.text) : u.text === q.text);
      }
      if (!ok) continue;
      const last = units[i + n - 1]!;
      const end = last.kind === 'w' ? wordRange(last, 0, term[n - 1]!.text.length)[1] : last.end;
      hits.push({ start: first.start, end, term: t });
    }
  });
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

const isIdeograph = (cp: number): boolean =>
  (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x323af);
/** CJK and full-width punctuation (。，、：“” etc.): it carries its own spacing. */
const isWidePunctuation = (cp: number): boolean =>
  (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0x2018 && cp <= 0x201f);
const isSpaceAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isSpace(text.charCodeAt(i));

/** The code point that ends just before offset i. */
const codePointBefore = (text: string, i: number): number => {
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.codePointAt(i - 2)! : low;
};

/**
 * text[from, to) with white space collapsed: a run of it becomes nothing next to full-width punctuation or at
 * a line end inside Chinese text (layout, not content), one space elsewhere, nothing at the ends of the text.
 */
function collapsed(text: string, from: number, to: number): string {
  let out = '';
  let i = from;
  while (i < to) {
    if (!isSpaceAt(text, i)) {
      let j = i + 1;
      while (j < to && !isSpaceAt(text, j)) j++;
      out += text.slice(i, j);
      i = j;
      continue;
    }
    let a = i;
    while (isSpaceAt(text, a - 1)) a--;
    let b = i;
    while (isSpaceAt(text, b)) b++;
    if (a > 0 && b < text.length) {
      const prev = codePointBefore(text, a);
      const next = text.codePointAt(b)!;
      const lineEnd = /[\n\r\u2028\u2029]/.test(text.slice(a, b));
      const layout = isWidePunctuation(prev) || isWidePunctuation(next) || (lineEnd && isIdeograph(prev) && isIdeograph(next));
      if (!layout) out += ' ';
    }
    i = Math.min(b, to);
  }
  return out;
}

/** The offset `count` visible characters before `at` (a run of white space counts as one). */
function back(text: string, at: number, count: number): number {
  let i = at;
  while (i > 0 && count > 0) {
    i--;
    if (isSpaceAt(text, i)) while (isSpaceAt(text, i - 1)) i--;
    count--;
  }
  while (isSpaceAt(text, i)) i++;
  return i;
}

/** The offset after `count` visible characters from `at`. */
function forward(text: string, at: number, count: number): number {
  let i = at;
  while (i < text.length && count > 0) {
    if (isSpaceAt(text, i)) while (isSpaceAt(text, i + 1)) i++;
    i++;
    count--;
  }
  return i;
}

const hasContent = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
};

/** Code units that read as the ASCII letter or digit `ch` (either case, half or full width). */
function variantsOf(ch: string): RegExp {
  const alts = new Set([ch, ch.toUpperCase()].flatMap((c) => [c, String.fromCharCode(c.charCodeAt(0) + 0xfee0)]));
  return new RegExp(`[${[...alts].join('')}]`, 'g');
}
const variantCache = new Map<string, RegExp>();

/**
 * The earliest hit of one term at or after `from`. Candidates are found natively (indexOf for a Chinese
 * character, a small regular expression for a word's first letter); only a few characters around each
 * candidate are read as units to check it, so a long page costs little.
 */
function firstHit(text: string, term: QueryTerm, from: number): HitRange | undefined {
  const head = term[0]!;
  let pattern: RegExp | undefined;
  if (head.kind === 'w') {
    const ch = head.text[0]!;
    pattern = variantCache.get(ch) ?? variantCache.set(ch, variantsOf(ch)).get(ch)!;
  }
  const span = term.reduce((n, u) => n + u.text.length, 0) + 4 * term.length + 8;
  for (let pos = from; pos < text.length; ) {
    if (pattern) {
      pattern.lastIndex = pos;
      const m = pattern.exec(text);
      if (!m) return undefined;
      pos = m.index;
    } else {
      pos = text.indexOf(head.text, pos);
      if (pos < 0) return undefined;
    }
    const units = scanUnits(text, { offsets: true, from: pos, to: pos + span });
    const hit = findHits(units, [term])[0];
    if (hit) return hit;
    // A word is checked whole (prefix, or anywhere inside a long number): go on after it.
    const first = units[0];
    pos = first && first.start <= pos && first.end > pos ? first.end : pos + 1;
  }
  return undefined;
}

/**
 * Where the snippet starts: at the earliest first hit of a term from which the most different terms follow
 * within `reach` characters.
 */
function anchorOf(text: string, terms: QueryTerm[], reach: number): HitRange | undefined {
  const firsts = terms.flatMap((t, term) => {
    const h = firstHit(text, t, 0);
    return h ? [{ ...h, term }] : [];
  });
  firsts.sort((a, b) => a.start - b.start);
  if (terms.length === 1) return firsts[0];
  let best: HitRange | undefined;
  let bestCount = 0;
  for (const h of firsts) {
    const end = forward(text, h.start, reach);
    const count = terms.filter((t, i) => i === h.term || (firstHit(text, t, h.start)?.end ?? Infinity) <= end).length;
    if (count > bestCount) [best, bestCount] = [h, count];
    if (count === terms.length) break;
  }
  return best;
}

export interface SnippetOptions {
  /** Characters shown (about; a long hit may make it longer). */
  width?: number;
  /** Characters of context kept before the hit, when there are that many. */
  before?: number;
  /** `text` is an excerpt of the page: whether the page has more text before and after it. */
  excerpt?: { before: boolean; after: boolean };
}

/**
 * A snippet of a page's original text around its hits: the window (about `width` characters, white space
 * collapsed) starts a little before the earliest hit that has the most different terms near it; every hit
 * inside it is a `hit` segment; "…" marks a cut end. A page without a visible hit gives its beginning.
 */
export function buildSnippet(text: string, terms: QueryTerm[], options: SnippetOptions = {}): SnippetSegment[] {
  const width = options.width ?? 72;
  const before = options.before ?? 20;
  const anchor = anchorOf(text, terms, width - before);
  let from = anchor ? back(text, anchor.start, before) : back(text, 0, 0);
  let to = Math.max(forward(text, from, width), anchor?.end ?? 0);
  if (!hasContent(text, to, text.length) && !options.excerpt?.after) {
    to = text.length;
    from = Math.min(from, back(text, text.length, width));
  }
  // Read a little past the end too, so a hit the window cuts is still marked up to the cut.
  const longest = Math.max(...terms.map((t) => t.reduce((n, u) => n + u.text.length, 0)));
  const hits = anchor ? findHits(scanUnits(text, { offsets: true, from, to: to + 2 * longest + 8 }), terms) : [];

  const segments: SnippetSegment[] = [];
  const add = (s: string, hit: boolean) => {
    if (!s) return;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += s;
    else segments.push({ text: s, hit });
  };
  if (hasContent(text, 0, from) || options.excerpt?.before) add('…', false);
  let pos = from;
  for (const h of hits) {
    const start = Math.max(h.start, pos);
    const end = Math.min(h.end, to);
    if (end <= start) continue;
    add(collapsed(text, pos, start), false);
    add(collapsed(text, start, end), true);
    pos = end;
  }
  add(collapsed(text, pos, to), false);
  if (hasContent(text, to, text.length) || options.excerpt?.after) add('…', false);
  return segments;
}
