/**
 * The key civilCauses.ts stores for a name: pinyin initials of its Han characters, lower case. Kept as a
 * function of a pinyin converter passed in, so this file stays free of pinyin-pro (which only the generator
 * script and the test load).
 */
export type InitialsOf = (hanText: string) => string[];

export function causeInitials(name: string, initialsOf: InitialsOf): string {
  const han = [...name].filter((ch) => /\p{Script=Han}/u.test(ch)).join('');
  return initialsOf(han).join('').toLowerCase();
}
