import type { PageViewport } from 'pdfjs-dist';
import type { Annotation } from '../../../../src-shared/annotations/annotation';
import { newAnnotation } from '../newAnnotation';

/** Stamps are red, whatever colour is picked for the other tools. */
export const STAMP_COLOR = '#D9363E';
/** PDF units per character of a stamp's label, and its height. */
const CHAR_W = 16;
const STAMP_H = 26;

/**
 * The stamp tool: a stamp with `label` (重点, 存疑, 待核实, 已核实 or the user's own) centred on a click; the box
 * grows with the label. Stored as kind 'stamp', text = label, one rect.
 */
export function stampAt(args: { viewport: PageViewport; x: number; y: number; label: string; documentId: string; pageIndex: number }): Annotation {
  const [px, py] = args.viewport.convertToPdfPoint(args.x, args.y) as [number, number];
  const w = Math.max(2, [...args.label].length) * CHAR_W + 16;
  const r = (n: number) => Math.round(n * 100) / 100;
  return newAnnotation({
    documentId: args.documentId,
    pageIndex: args.pageIndex,
    kind: 'stamp',
    color: STAMP_COLOR,
    text: args.label,
    rects: [[r(px - w / 2), r(py - STAMP_H / 2), r(px + w / 2), r(py + STAMP_H / 2)]],
  });
}
