/**
 * Where the reader's scroll area sits in the window, remembered on this device (like the pdf.js viewer's view
 * history), so the first page of a reader address can be drawn at its final place and scale before the app has
 * laid itself out (earlyPage.ts). Remembered for the last window size; another size shifts the right and bottom edges.
 */
export interface ReaderArea {
  left: number;
  top: number;
  /** Content width and height of the scroll area (the width the viewer fits pages to). */
  width: number;
  height: number;
}

interface Remembered extends ReaderArea {
  windowWidth: number;
  windowHeight: number;
}

/** One document (`#/cases/…/read/…`) or a whole volume (`#/reading/…`): their headers differ. */
export type ReaderKind = 'document' | 'volume';

const keyOf = (kind: ReaderKind) => (kind === 'document' ? 'courtDesk.readerArea' : 'courtDesk.readerArea.volume');
/** The desk's layout at first use (side menu open, catalogue and annotation columns shown), measured at 1440×900. */
const FIRST_USE: Record<ReaderKind, Remembered> = {
  document: { windowWidth: 1440, windowHeight: 900, left: 481, top: 316, width: 598, height: 590 },
  volume: { windowWidth: 1440, windowHeight: 900, left: 481, top: 316, width: 598, height: 590 },
};
/** The scroll area's least height (styles.css, .cd-cviewer-area). */
const MIN_HEIGHT = 420;

export function rememberReaderArea(kind: ReaderKind, area: ReaderArea): void {
  const value: Remembered = { ...area, windowWidth: window.innerWidth, windowHeight: window.innerHeight };
  try {
    localStorage.setItem(keyOf(kind), JSON.stringify(value));
  } catch {
    // Storage full or disabled: the next start estimates the place instead.
  }
}

const isRemembered = (v: unknown): v is Remembered =>
  !!v && typeof v === 'object' && ['left', 'top', 'width', 'height', 'windowWidth', 'windowHeight'].every((k) => Number.isFinite((v as Record<string, unknown>)[k]));

/** The reader's area for the current window: as remembered, its width and height following the window's. */
export function expectedReaderArea(kind: ReaderKind): ReaderArea {
  let base = FIRST_USE[kind];
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(keyOf(kind)) ?? 'null');
    if (isRemembered(stored)) base = stored;
  } catch {
    // Unreadable: the first-use layout.
  }
  return {
    left: base.left,
    top: base.top,
    width: Math.max(200, base.width + window.innerWidth - base.windowWidth),
    height: Math.max(MIN_HEIGHT, base.height + window.innerHeight - base.windowHeight),
  };
}

/** Space around the pages inside the scroll area (CSS pixels). */
export const AREA_PADDING = 16;

/** The scale at which pages `pageWidth` wide (PDF units) fill an area `areaWidth` wide (CSS pixels). */
export const fitWidthScale = (areaWidth: number, pageWidth: number): number => (areaWidth - 2 * AREA_PADDING) / pageWidth;
