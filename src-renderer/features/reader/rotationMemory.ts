import type { Rotation } from './pageSlots';

/**
 * The view rotations of what was read on this device (a scanned page lying on its side stays turned after a reload
 * or the next day), like the pdf.js viewer's view history. Per reading (a document, or a case's volume): slot keys
 * and '*' (every page) to a quarter-turn count. The newest readings are kept, the oldest forgotten.
 */
const KEY = 'courtDesk.rotations';
const KEEP = 100;
type Rotations = Record<string, Rotation>;

const isRotation = (v: unknown): v is Rotation => v === 0 || v === 90 || v === 180 || v === 270;

function readAll(): Record<string, Rotations> {
  try {
    const all: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return all && typeof all === 'object' ? (all as Record<string, Rotations>) : {};
  } catch {
    return {};
  }
}

export function rememberedRotations(reading: string): Rotations {
  const kept = readAll()[reading];
  if (!kept || typeof kept !== 'object') return {};
  return Object.fromEntries(Object.entries(kept).filter(([, r]) => isRotation(r) && r !== 0));
}

export function rememberRotations(reading: string, rotations: Rotations): void {
  const all = readAll();
  delete all[reading];
  const turned = Object.fromEntries(Object.entries(rotations).filter(([, r]) => r !== 0));
  const entries = Object.entries(all);
  if (Object.keys(turned).length > 0) entries.push([reading, turned]);
  try {
    localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(entries.slice(-KEEP))));
  } catch {
    // Storage full or disabled: the rotation holds until the reader closes.
  }
}
