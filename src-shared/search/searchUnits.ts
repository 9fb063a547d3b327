/**
 * Text as search "units", the one reading of text that the index, the query and the snippet highlighter
 * share (so what is found is exactly what is highlighted):
 * - every Chinese character is a unit (kind `c`), including 〇 and the CJK extension planes;
 * - every run of Latin letters and digits is a unit (kind `w`), lower-cased, full-width folded to ASCII,
 *   thousands separators dropped (50,000 → 50000);
 * - punctuation and symbols are breaks: a phrase never spans them. In page text, white space between Chinese
 *   characters (line ends, PDF spacing) is not a break, nor between a word and a Chinese character
 *   ("50000 元" = "50000元"); between two words it is (no word–word phrases exist). In a query every space
 *   and punctuation mark splits the query into separate terms.
 */
export interface Unit {
  kind: 'c' | 'w';
  /** The normalised text: one character for `c`, the lower-case ASCII word for `w`. */
  text: string;
  /** UTF-16 offsets in the original text, end exclusive. */
  start: number;
  end: number;
  /** True when a break separates this unit from the one before (the first unit has none). */
  breakBefore: boolean;
  /** For words, when asked for: the original offset of each character of `text`. */
  offsets?: number[];
}

/** Chinese characters: 〇, CJK unified ideographs with extension A, compatibility ideographs, extensions B–H. */
const isCjk = (cp: number): boolean =>
  (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || cp === 0x3007 || (cp >= 0xf900 && cp <= 0xfaff)
  || (cp >= 0x20000 && cp <= 0x323af);

/** White space as JavaScript's \s sees it (including the ideographic space U+3000). */
export const isSpace = (cp: number): boolean =>
  cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0x3000 || cp === 0xa0 || cp === 0xfeff || cp === 0x1680
  || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f;

/** ASCII digit or letter for a code point (full-width folded), or '' when it is not one. */
function asciiAlnum(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a)) return String.fromCharCode(cp);
  if (cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 0x20);
  if (cp >= 0xff10 && cp <= 0xff19) return String.fromCharCode(cp - 0xfee0);
  if (cp >= 0xff21 && cp <= 0xff3a) return String.fromCharCode(cp - 0xfee0 + 0x20);
  if (cp >= 0xff41 && cp <= 0xff5a) return String.fromCharCode(cp - 0xfee0);
  return '';
}

const isDigitCode = (cp: number | undefined): boolean =>
  cp !== undefined && ((cp >= 0x30 && cp <= 0x39) || (cp >= 0xff10 && cp <= 0xff19));

/** A comma (ASCII or full-width) inside a number that is followed by exactly three digits: a thousands separator. */
function isThousandsComma(text: string, i: number, word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (!(last >= 0x30 && last <= 0x39)) return false;
  return isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) && isDigitCode(text.charCodeAt(i + 3))
    && !isDigitCode(text.charCodeAt(i + 4));
}

export interface ScanOptions {
  /** Query mode: every white space is a break too. */
  spaceBreaks?: boolean;
  /** Keep per-character offsets of words (for highlighting). */
  offsets?: boolean;
  /** Scan only text[from, to) (a word is not cut: the range widens to whole words). */
  from?: number;
  to?: number;
}

/** ASCII or full-width letter or digit at a UTF-16 offset. */
const isAlnumAt = (text: string, i: number): boolean => i >= 0 && i < text.length && asciiAlnum(text.charCodeAt(i)) !== '';
/** Inside a word: a letter or digit, or a comma between two of them (50,000). */
const inWordAt = (text: string, i: number): boolean =>
  isAlnumAt(text, i) || ((text[i] === ',' || text[i] === '，') && isAlnumAt(text, i - 1) && isAlnumAt(text, i + 1));

/** The units of `text`, in order. */
export function scanUnits(text: string, options: ScanOptions = {}): Unit[] {
  const units: Unit[] = [];
  let word = '';
  let wordStart = 0;
  let wordEnd = 0;
  let wordOffsets: number[] | undefined;
  let pendingBreak = false;
  let pendingSpace = false;

  const push = (unit: Unit) => {
    const prev = units[units.length - 1];
    unit.breakBefore = prev !== undefined && (pendingBreak || (pendingSpace && prev.kind === 'w' && unit.kind === 'w'));
    units.push(unit);
    pendingBreak = false;
    pendingSpace = false;
  };
  const endWord = () => {
    if (!word) return;
    const unit: Unit = { kind: 'w', text: word, start: wordStart, end: wordEnd, breakBefore: false };
    if (wordOffsets) unit.offsets = wordOffsets;
    push(unit);
    word = '';
    wordOffsets = undefined;
  };

  let i = Math.max(0, options.from ?? 0);
  while (inWordAt(text, i - 1)) i--;
  let to = Math.min(text.length, options.to ?? text.length);
  while (inWordAt(text, to)) to++;
  while (i < to) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = asciiAlnum(cp);
    if (ch) {
      if (!word) {
        wordStart = i;
        if (options.offsets) wordOffsets = [];
      }
      word += ch;
      wordOffsets?.push(i);
      wordEnd = i + 1;
    } else if (word && (cp === 0x2c || cp === 0xff0c) && isThousandsComma(text, i, word)) {
      // 50,000 reads as 50000: the separator is skipped and the number goes on.
    } else {
      endWord();
      if (isCjk(cp)) push({ kind: 'c', text: width === 1 ? text[i]! : text.slice(i, i + 2), start: i, end: i + width, breakBefore: false });
      else if (isSpace(cp)) {
        if (options.spaceBreaks) pendingBreak = true;
        else pendingSpace = true;
      } else pendingBreak = true;
    }
    i += width;
  }
  endWord();
  return units;
}

/**
 * Numbers long enough to be ID, phone, account or file numbers (6+ digits; an ID number may end in X). The index
 * holds them as overlapping NGRAM-digit pieces, so a number of NGRAM+ digits is found anywhere inside them
 * (the last digits of an ID number, the birth date in it), plus their first MIN_PREFIX digits.
 */
export const isLongNumber = (word: string): boolean => word.length >= 6 && /^[0-9]+x?$/.test(word);
/** A query word that is a number (or an ID number's tail ending in X). */
export const isNumberish = (word: string): boolean => /^[0-9]+x?$/.test(word);
export const NGRAM = 4;

/**
 * A query that is a single word matches words starting with it once it has this many characters; a shorter
 * one (1, 12, a) must equal a whole word: a 1–2 digit prefix would match most numbers in the index, slowly and
 * uselessly. Inside a longer term (民初1) the last word is always a prefix.
 */
export const MIN_PREFIX = 3;
