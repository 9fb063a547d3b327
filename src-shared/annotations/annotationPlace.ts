import type { Annotation } from './annotation';

/** The highest point of an annotation on its page, in PDF units (y grows upwards); 0 when it has no geometry. */
export function topOf(a: Annotation): number {
  let top = -Infinity;
  for (const r of a.rects) top = Math.max(top, r[1], r[3]);
  for (const stroke of a.ink) for (const p of stroke) top = Math.max(top, p[1]);
  return top === -Infinity ? 0 : top;
}

/** The leftmost point of an annotation on its page, in PDF units; 0 when it has no geometry. */
export function leftOf(a: Annotation): number {
  let left = Infinity;
  for (const r of a.rects) left = Math.min(left, r[0], r[2]);
  for (const stroke of a.ink) for (const p of stroke) left = Math.min(left, p[0]);
  return left === Infinity ? 0 : left;
}
