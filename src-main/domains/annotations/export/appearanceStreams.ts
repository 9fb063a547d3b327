import {
  beginText,
  closePath,
  endText,
  fill,
  fillAndStroke,
  lineTo,
  LineCapStyle,
  LineJoinStyle,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setGraphicsState,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  showText,
  stroke,
  clip,
  endPath,
  type PDFFont,
  type PDFOperator,
} from 'pdf-lib';
import type { Annotation, PdfRect } from '../../../../src-shared/annotations/annotation';
import { wrapText } from '../../../pdf/exportFont';
import { ellipsePath, normalizeRect, parseColor, roundedRectPath, unionRect, uprightFrame, type Matrix, type Rgb, type Rotation } from './pdfGeometry';

export const FONT_KEY = 'NotoSansSC';
export const GS_KEY = 'GS0';
const SHAPE_WIDTH = 1.5;
const INK_WIDTH = 2;
const NOTE_ICON = 20;
export const FREETEXT_SIZE = 12;

export type Subtype = 'Highlight' | 'Underline' | 'StrikeOut' | 'Square' | 'Circle' | 'Ink' | 'FreeText' | 'Text' | 'Stamp';

/** Everything the PDF needs to show one annotation: its /Rect, geometry entries and an appearance form. */
export interface AppearanceSpec {
  subtype: Subtype;
  rect: PdfRect;
  bbox: PdfRect;
  matrix: Matrix;
  ops: PDFOperator[];
  /** The form draws Chinese text with the embedded font (resource FONT_KEY). */
  usesFont: boolean;
  blend: 'Multiply' | 'Normal';
  borderWidth: number;
  quadPoints?: number[];
  inkList?: number[][];
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const fillColor = (c: Rgb) => setFillingRgbColor(c[0], c[1], c[2]);
const strokeColor = (c: Rgb) => setStrokingRgbColor(c[0], c[1], c[2]);
/** Opens the form's content: graphics state with the opacity (and blend mode). */
const open = (): PDFOperator[] => [pushGraphicsState(), setGraphicsState(GS_KEY)];

/** Upper-left, upper-right, lower-left, lower-right of each rect: the order Acrobat writes and reads. */
function quadPoints(rects: PdfRect[]): number[] {
  return rects.map(normalizeRect).flatMap(([x1, y1, x2, y2]) => [x1, y2, x2, y2, x1, y1, x2, y1]);
}

function textMarkup(a: Annotation, kind: 'Highlight' | 'Underline' | 'StrikeOut'): AppearanceSpec | null {
  const rects = a.rects.map(normalizeRect).filter(([x1, y1, x2, y2]) => x2 > x1 && y2 > y1);
  const rect = unionRect(rects);
  if (!rect) return null;
  const c = parseColor(a.color);
  const ops = open();
  if (kind === 'Highlight') {
    ops.push(fillColor(c), ...rects.map(([x1, y1, x2, y2]) => rectangle(x1, y1, x2 - x1, y2 - y1)), fill());
  } else {
    ops.push(strokeColor(c));
    for (const [x1, y1, x2, y2] of rects) {
      const t = Math.max(0.75, (y2 - y1) / 14);
      const y = kind === 'Underline' ? y1 + t / 2 : (y1 + y2) / 2;
      ops.push(setLineWidth(t), moveTo(x1, y), lineTo(x2, y), stroke());
    }
  }
  ops.push(popGraphicsState());
  return { subtype: kind, rect, bbox: rect, matrix: IDENTITY, ops, usesFont: false, blend: kind === 'Highlight' ? 'Multiply' : 'Normal', borderWidth: 0, quadPoints: quadPoints(rects) };
}

function shape(a: Annotation, kind: 'Square' | 'Circle'): AppearanceSpec | null {
  const rect = unionRect(a.rects);
  if (!rect) return null;
  const [x1, y1, x2, y2] = rect;
  const h = SHAPE_WIDTH / 2;
  const [x, y, w, hh] = [x1 + h, y1 + h, Math.max(0, x2 - x1 - SHAPE_WIDTH), Math.max(0, y2 - y1 - SHAPE_WIDTH)];
  const path = kind === 'Square' ? [rectangle(x, y, w, hh)] : ellipsePath(x, y, w, hh);
  const ops = [...open(), strokeColor(parseColor(a.color)), setLineWidth(SHAPE_WIDTH), ...path, stroke(), popGraphicsState()];
  return { subtype: kind, rect, bbox: rect, matrix: IDENTITY, ops, usesFont: false, blend: 'Normal', borderWidth: SHAPE_WIDTH };
}

function ink(a: Annotation): AppearanceSpec | null {
  const strokes = a.ink.filter((s) => s.length > 0);
  const points = strokes.flat();
  if (points.length === 0) return null;
  const rect = unionRect(points.map(([x, y]) => [x, y, x, y] as PdfRect), INK_WIDTH)!;
  const ops = [...open(), strokeColor(parseColor(a.color)), setLineWidth(INK_WIDTH), setLineCap(LineCapStyle.Round), setLineJoin(LineJoinStyle.Round)];
  for (const s of strokes) {
    ops.push(moveTo(s[0]![0], s[0]![1]));
    // A single tap still leaves a dot: a zero-length segment with round caps.
    for (const [x, y] of s.length === 1 ? s : s.slice(1)) ops.push(lineTo(x, y));
    ops.push(stroke());
  }
  ops.push(popGraphicsState());
  const inkList = strokes.map((s) => s.flatMap(([x, y]) => [x, y]));
  return { subtype: 'Ink', rect, bbox: rect, matrix: IDENTITY, ops, usesFont: false, blend: 'Normal', borderWidth: INK_WIDTH, inkList };
}

/** Lines of text in the local upright box, from the top, clipped to it. */
function textLines(font: PDFFont, lines: string[], size: number, x: (line: string) => number, top: number, color: Rgb): PDFOperator[] {
  const ops: PDFOperator[] = [beginText(), fillColor(color), setFontAndSize(FONT_KEY, size)];
  lines.forEach((line, i) => {
    ops.push(setTextMatrix(1, 0, 0, 1, x(line), top - size * (0.88 + i * 1.25)), showText(font.encodeText(line)));
  });
  ops.push(endText());
  return ops;
}

function freeText(a: Annotation, rotation: Rotation, font: PDFFont): AppearanceSpec | null {
  const rect = unionRect(a.rects);
  if (!rect) return null;
  const { width, height, matrix } = uprightFrame(rect, rotation);
  const pad = 2;
  const lines = a.text.split('\n').flatMap((p) => wrapText(font, p, FREETEXT_SIZE, Math.max(1, width - 2 * pad)));
  const ops = [...open(), rectangle(0, 0, width, height), clip(), endPath(), ...textLines(font, lines, FREETEXT_SIZE, () => pad, height - pad, parseColor(a.color)), popGraphicsState()];
  return { subtype: 'FreeText', rect, bbox: [0, 0, width, height], matrix, ops, usesFont: true, blend: 'Normal', borderWidth: 0 };
}

function stamp(a: Annotation, rotation: Rotation, font: PDFFont): AppearanceSpec | null {
  const rect = unionRect(a.rects);
  if (!rect) return null;
  const { width, height, matrix } = uprightFrame(rect, rotation);
  const label = a.text.trim() || '重点';
  const border = Math.max(1, Math.min(width, height) * 0.06);
  const c = parseColor(a.color);
  const inner = [width - 2 * border - height * 0.3, height - 2 * border];
  const size = Math.max(4, Math.min(inner[1]! * 0.62, inner[0]! / Math.max(0.01, font.widthOfTextAtSize(label, 1))));
  const ops = [
    ...open(),
    strokeColor(c),
    setLineWidth(border),
    ...roundedRectPath(border / 2, border / 2, width - border, height - border, Math.min(width, height) * 0.18),
    stroke(),
    ...textLines(font, [label], size, (l) => (width - font.widthOfTextAtSize(l, size)) / 2, height / 2 + size * 0.5, c),
    popGraphicsState(),
  ];
  return { subtype: 'Stamp', rect, bbox: [0, 0, width, height], matrix, ops, usesFont: true, blend: 'Normal', borderWidth: 0 };
}

/** The sticky-note icon: a speech bubble in the note's colour, upright as displayed. */
function note(a: Annotation, rotation: Rotation): AppearanceSpec | null {
  const given = unionRect(a.rects);
  if (!given) return null;
  const [cx, cy] = [(given[0] + given[2]) / 2, (given[1] + given[3]) / 2];
  const small = given[2] - given[0] < 8 || given[3] - given[1] < 8;
  const rect: PdfRect = small ? [cx - NOTE_ICON / 2, cy - NOTE_ICON / 2, cx + NOTE_ICON / 2, cy + NOTE_ICON / 2] : given;
  const { width: w, height: h, matrix } = uprightFrame(rect, rotation);
  const c = parseColor(a.color);
  const ops = [
    ...open(),
    fillColor(c),
    setStrokingRgbColor(0.2, 0.2, 0.2),
    setLineWidth(0.8),
    setLineJoin(LineJoinStyle.Round),
    moveTo(0.1 * w, 0.3 * h), lineTo(0.1 * w, 0.92 * h), lineTo(0.9 * w, 0.92 * h), lineTo(0.9 * w, 0.3 * h),
    lineTo(0.45 * w, 0.3 * h), lineTo(0.25 * w, 0.08 * h), lineTo(0.3 * w, 0.3 * h), closePath(),
    fillAndStroke(),
    setLineWidth(0.9),
    ...[0.75, 0.6, 0.45].flatMap((f) => [moveTo(0.22 * w, f * h), lineTo(0.78 * w, f * h)]),
    stroke(),
    popGraphicsState(),
  ];
  return { subtype: 'Text', rect, bbox: [0, 0, w, h], matrix, ops, usesFont: false, blend: 'Normal', borderWidth: 0 };
}

/**
 * The appearance of one annotation. Markup and shapes are drawn in page user space (BBox = Rect, identity
 * matrix); note icons, free text and stamps in an upright local box turned by the page's /Rotate.
 * Null when the annotation has nothing to draw (no rects, no ink points).
 */
export function buildAppearance(a: Annotation, rotation: Rotation, font: PDFFont | null): AppearanceSpec | null {
  switch (a.kind) {
    case 'highlight':
      return textMarkup(a, 'Highlight');
    case 'underline':
      return textMarkup(a, 'Underline');
    case 'strikeout':
      return textMarkup(a, 'StrikeOut');
    case 'rect':
      return shape(a, 'Square');
    case 'ellipse':
      return shape(a, 'Circle');
    case 'ink':
      return ink(a);
    case 'note':
      return note(a, rotation);
    case 'freetext':
      return font ? freeText(a, rotation, font) : null;
    case 'stamp':
      return font ? stamp(a, rotation, font) : null;
  }
}
