import { CIVIL_CAUSES, type CivilCause } from './civilCauses';

/**
 * Finds causes of action by Chinese characters (民间借贷, 借贷) or pinyin initials (mjjd, jd). Ranking: a name or
 * initials that start with the query first, then those that contain it, each in the order of the regulation
 * (which puts the common causes of a category together). Whitespace is ignored; latin input is matched case-
 * insensitively against the initials; an empty query lists the causes in order.
 */
export function searchCauses(query: string, limit = 20): CivilCause[] {
  const q = query.replace(/\s+/g, '').toLowerCase();
  if (q === '') return CIVIL_CAUSES.slice(0, limit);
  const prefix: CivilCause[] = [];
  const inside: CivilCause[] = [];
  for (const cause of CIVIL_CAUSES) {
    if (cause.name.startsWith(q) || cause.initials.startsWith(q)) prefix.push(cause);
    else if (cause.name.includes(q) || cause.initials.includes(q)) inside.push(cause);
  }
  return [...prefix, ...inside].slice(0, limit);
}
