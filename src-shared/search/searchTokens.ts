import { MIN_PREFIX, NGRAM, isLongNumber, isNumberish, scanUnits, type Unit } from './searchUnits';

/**
 * The search index's tokens. SQLite's tokenizers do not cut Chinese into words, and FTS5's trigram tokenizer
 * cannot find 1- or 2-character queries, so a page is read as units (see searchUnits.ts) and indexed as:
 * - pairs of adjacent units, as consecutive tokens within each unbroken stretch ("segment") of the text:
 *   `b` Chinese+Chinese, `x` Chinese then word, `y` word then Chinese (encoded Chinese first);
 *   a query of 2 units, or of Chinese mixed with words, is the phrase of its pairs (民初12 = "b民初 x初12");
 * - after each segment's pairs, for each run of Chinese characters its triples `t` (3 characters) as
 *   consecutive tokens: a Chinese query of 3+ characters is the phrase of its triples, so 借款合同 =
 *   "t借款合 t款合同". Triples are rarer than pairs, so such a phrase reads far shorter lists (measured:
 *   2–3× faster for 3–5 characters, for an index about 40 % larger);
 * - after each run's triples, its single units: `u` + a Chinese character (1-character queries), `w` + a
 *   word (matched by prefix); a long number instead as `n` + its overlapping NGRAM-digit pieces (a phrase of
 *   them finds any part of it) and `h` + its first MIN_PREFIX digits. These tokens also keep two runs' triples
 *   and two segments' pairs from ever being adjacent, so a phrase cannot match across a word or punctuation;
 * - scope tokens, appended by the triggers of migration 5: `k` + hex of the page's case id and `v` + its
 *   volume, so a search inside one case or over the volumes a role may see is an FTS5 AND.
 * Chinese characters are written as 4 hex digits (`g` + 5 hex outside the BMP): tokens stay ASCII, so the
 * unicode61 tokenizer (whose Unicode tables predate newer ideographs) cannot split or fold them.
 * Changing these tokens needs a migration that rebuilds page_search (a new migration that drops and refills it).
 */

const enc = (ch: string): string => {
  const cp = ch.codePointAt(0)!;
  return cp > 0xffff ? 'g' + cp.toString(16).padStart(5, '0') : cp.toString(16).padStart(4, '0');
};

/** The pair token for two adjacent units (never two words: a space between words is a break). */
function pairToken(a: Unit, b: Unit): string {
  if (a.kind === 'c') return b.kind === 'c' ? `b${enc(a.text)}${enc(b.text)}` : `x${enc(a.text)}${b.text}`;
  return `y${enc(b.text)}${a.text}`;
}

const tripleToken = (a: Unit, b: Unit, c: Unit): string => `t${enc(a.text)}${enc(b.text)}${enc(c.text)}`;

const ngrams = (digits: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i + NGRAM <= digits.length; i++) out.push(`n${digits.slice(i, i + NGRAM)}`);
  return out;
};

/** The token every page of a case carries: 'k' + the hex of the id's UTF-8 bytes (SQL: ' k' || hex(case_id)). */
export function caseToken(caseId: string): string {
  let hexId = '';
  for (const byte of new TextEncoder().encode(caseId)) hexId += byte.toString(16).padStart(2, '0');
  return `k${hexId}`;
}

/** The token every page of a volume carries (SQL: ' v' || volume): vmain, vinternal. */
export const volumeToken = (volume: string): string => `v${volume}`;

/** The token text stored in the index for a page's text (without the case token the triggers add). */
export function indexTokens(text: string): string {
  const units = scanUnits(text);
  const out: string[] = [];
  let from = 0;
  const flush = (to: number) => {
    for (let i = from + 1; i < to; i++) out.push(pairToken(units[i - 1]!, units[i]!));
    for (let i = from; i < to; ) {
      const u = units[i]!;
      if (u.kind === 'w') {
        if (isLongNumber(u.text)) out.push(...ngrams(u.text), `h${u.text.slice(0, MIN_PREFIX)}`);
        else out.push(`w${u.text}`);
        i++;
        continue;
      }
      let end = i;
      while (end < to && units[end]!.kind === 'c') end++;
      for (let k = i + 2; k < end; k++) out.push(tripleToken(units[k - 2]!, units[k - 1]!, units[k]!));
      for (let k = i; k < end; k++) out.push(`u${enc(units[k]!.text)}`);
      i = end;
    }
    from = to;
  };
  for (let i = 1; i < units.length; i++) if (units[i]!.breakBefore) flush(i);
  flush(units.length);
  return out.join(' ');
}

/** One term of a query: a run of units without spaces or punctuation; all terms must match. */
export type QueryTerm = Unit[];

export const MAX_TERMS = 16;

/** The query's terms (duplicates dropped, at most MAX_TERMS); empty when nothing in it is searchable. */
export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  let current: Unit[] = [];
  const end = () => {
    const key = current.map((u) => u.kind + u.text).join('\u0000');
    if (current.length && !seen.has(key) && terms.length < MAX_TERMS) {
      seen.add(key);
      terms.push(current);
    }
    current = [];
  };
  for (const u of scanUnits(query, { spaceBreaks: true })) {
    if (u.breakBefore) end();
    current.push(u);
  }
  end();
  return terms;
}

/** A term of one word: whole word (1–2 characters), else prefix; a number also inside long numbers. */
function wordExpression(word: string): string {
  if (word.length < MIN_PREFIX) return `"w${word}"`;
  if (!isNumberish(word)) return `"w${word}"*`;
  const inLong = word.length === MIN_PREFIX ? `"h${word}"` : `"${ngrams(word).join(' ')}"`;
  return `("w${word}"* OR ${inLong})`;
}

/**
 * The FTS5 MATCH expression of one term: a Chinese character's token, a word (see wordExpression), the
 * phrase of its triples (3+ Chinese characters), or the phrase of its pairs, whose last word is a prefix
 * (民初1 finds 民初12).
 */
export function termExpression(term: QueryTerm): string {
  const last = term[term.length - 1]!;
  if (term.length === 1) return last.kind === 'c' ? `"u${enc(last.text)}"` : wordExpression(last.text);
  if (term.length >= 3 && term.every((u) => u.kind === 'c')) {
    const triples: string[] = [];
    for (let i = 2; i < term.length; i++) triples.push(tripleToken(term[i - 2]!, term[i - 1]!, term[i]!));
    return `"${triples.join(' ')}"`;
  }
  const pairs: string[] = [];
  for (let i = 1; i < term.length; i++) pairs.push(pairToken(term[i - 1]!, term[i]!));
  return `"${pairs.join(' ')}"${last.kind === 'w' ? '*' : ''}`;
}

/** The MATCH expression for parsed terms (all must occur). */
export const matchExpression = (terms: QueryTerm[]): string => terms.map(termExpression).join(' AND ');

/** An FTS5 MATCH expression for a user's query; null when it holds nothing searchable (only punctuation). */
export function queryExpression(query: string): string | null {
  const terms = parseQuery(query);
  return terms.length ? matchExpression(terms) : null;
}

/** The query's terms as plain normalised strings (for display and logs). */
export const queryTerms = (query: string): string[] => parseQuery(query).map((t) => t.map((u) => u.text).join(''));
