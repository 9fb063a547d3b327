/** A page needs OCR when its text layer has fewer than this many non-space characters. */
export const MIN_TEXT_CHARS = 5;

export const countChars = (text: string): number => text.replace(/\s/gu, '').length;
