/** Closing punctuation may not start a line (禁则); it hangs in the right margin instead. */
const NO_LINE_START = new Set(Array.from('，。、；：？！）》」』】〕…’”,.;:?!)%'));
/** Latin words and numbers (amounts, phone and ID numbers) stay on one line; CJK breaks between any two characters. */
const TOKENS = /[A-Za-z0-9.,%@+\-/]+|[\s\S]/gu;

/** Breaks text into lines no wider than `width` (the first `indent` narrower), measuring piece by piece (CJK has no spaces). */
export function wrapChineseText(text: string, width: number, indent: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  let line = '';
  let used = indent;
  for (const token of text.match(TOKENS) ?? []) {
    const pieces = measure(token) > width ? Array.from(token) : [token]; // a run longer than a line breaks anywhere
    for (const piece of pieces) {
      const w = measure(piece);
      if (used + w > width && line !== '' && !NO_LINE_START.has(piece[0]!)) {
        out.push(line);
        [line, used] = ['', 0];
      }
      line += piece;
      used += w;
    }
  }
  out.push(line);
  return out;
}
