import { CIVIL_CAUSES } from '../causes/civilCauses';

const NAMES = new Set(CIVIL_CAUSES.map((c) => c.name));

/** True when `name` is a cause of action listed in CIVIL_CAUSES (民事案件案由规定), exactly as written there. */
export const isKnownCivilCause = (name: string): boolean => NAMES.has(name.trim());
