import {
  appendBezierCurve,
  closePath,
  lineTo,
  moveTo,
  type PDFOperator,
} from 'pdf-lib';
import type { PdfRect } from '../../../../src-shared/annotations/annotation';

/** [a, b, c, d, e, f] as in a PDF /Matrix. */
export type Matrix = [number, number, number, number, number, number];
export type Rotation = 0 | 90 | 180 | 270;
export type Rgb = [number, number, number];

/** '#RRGGBB' to 0..1 components; anything unreadable is black. */
export function parseColor(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return [0, 0, 0];
  const n = parseInt(m[1]!, 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255].map((v) => Math.round(v * 1000) / 1000) as Rgb;
}

/** x1 ≤ x2 and y1 ≤ y2, whatever order the corners came in. */
export function normalizeRect([a, b, c, d]: PdfRect): PdfRect {
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
}

/** The smallest rectangle holding all of them, grown by `pad` on every side; null for none. */
export function unionRect(rects: PdfRect[], pad = 0): PdfRect | null {
  if (rects.length === 0) return null;
  const n = rects.map(normalizeRect);
  return [
    Math.min(...n.map((r) => r[0])) - pad,
    Math.min(...n.map((r) => r[1])) - pad,
    Math.max(...n.map((r) => r[2])) + pad,
    Math.max(...n.map((r) => r[3])) + pad,
  ];
}

export function normalizeRotation(angle: number): Rotation {
  return ((((Math.round(angle / 90) * 90) % 360) + 360) % 360) as Rotation;
}

/**
 * For content that should read upright as the page is DISPLAYED: the size of the local box (width and height
 * as seen on screen) and the /Matrix that turns the local box [0 0 w h] by the page's /Rotate
 * (counter-clockwise in user space, undoing the viewer's clockwise turn) and lands it exactly on `rect`.
 * Viewers map the transformed /BBox onto /Rect, so with this matrix that mapping is the identity.
 */
export function uprightFrame(rect: PdfRect, rotation: Rotation): { width: number; height: number; matrix: Matrix } {
  const [x1, y1, x2, y2] = normalizeRect(rect);
  const [w, h] = [x2 - x1, y2 - y1];
  switch (rotation) {
    case 90:
      return { width: h, height: w, matrix: [0, 1, -1, 0, x2, y1] };
    case 180:
      return { width: w, height: h, matrix: [-1, 0, 0, -1, x2, y2] };
    case 270:
      return { width: h, height: w, matrix: [0, -1, 1, 0, x1, y2] };
    default:
      return { width: w, height: h, matrix: [1, 0, 0, 1, x1, y1] };
  }
}

const K = 0.5522847498; // control-point distance of a quarter circle

/** A closed ellipse path inscribed in the box. */
export function ellipsePath(x: number, y: number, w: number, h: number): PDFOperator[] {
  const [rx, ry, cx, cy] = [w / 2, h / 2, x + w / 2, y + h / 2];
  const [kx, ky] = [rx * K, ry * K];
  return [
    moveTo(cx + rx, cy),
    appendBezierCurve(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry),
    appendBezierCurve(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy),
    appendBezierCurve(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry),
    appendBezierCurve(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy),
    closePath(),
  ];
}

/** A closed rectangle path with rounded corners of radius r. */
export function roundedRectPath(x: number, y: number, w: number, h: number, r: number): PDFOperator[] {
  const rr = Math.max(0, Math.min(r, w / 2, h / 2));
  const k = rr * K;
  return [
    moveTo(x + rr, y),
    lineTo(x + w - rr, y),
    appendBezierCurve(x + w - rr + k, y, x + w, y + rr - k, x + w, y + rr),
    lineTo(x + w, y + h - rr),
    appendBezierCurve(x + w, y + h - rr + k, x + w - rr + k, y + h, x + w - rr, y + h),
    lineTo(x + rr, y + h),
    appendBezierCurve(x + rr - k, y + h, x, y + h - rr + k, x, y + h - rr),
    lineTo(x, y + rr),
    appendBezierCurve(x, y + rr - k, x + rr - k, y, x + rr, y),
    closePath(),
  ];
}
