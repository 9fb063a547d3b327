/** Chinese characters, CJK punctuation and full-width forms: text that is written without spaces. */
const CJK = '\\u2e80-\\u2fdf\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef';
const SPACE_BESIDE_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0]+|[ \\t\\u00a0]+(?=[${CJK}])`, 'gu');

/**
 * OCR output for Chinese puts spaces between characters ("民事 起 诉状"). Chinese is written without them,
 * and search should find 起诉状, so spaces next to a Chinese character or punctuation mark are removed;
 * spaces between Latin words and numbers stay. Lines are trimmed and runs of blank lines collapsed.
 */
export function tidyOcrText(text: string): string {
  return text
    .replace(SPACE_BESIDE_CJK, '')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
