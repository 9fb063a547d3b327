import { PDFContentStream, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { Annotation } from '../../../../src-shared/annotations/annotation';
import { FONT_KEY, FREETEXT_SIZE, GS_KEY, type AppearanceSpec } from './appearanceStreams';
import { KIND_LABELS } from './labels';
import { parseColor } from './pdfGeometry';

const PRINT = 4; // /F: print the annotation with the page
/**
 * Appearances of fewer operators than this are stored uncompressed: a highlight's is a few dozen bytes, and starting
 * a deflate stream for each one (pako allocates its window and tables every time) made a 1,000-annotation export
 * spend most of its time there. Longer ones (ink with many points, long free text) are still compressed.
 */
const COMPRESS_FROM_OPERATORS = 64;

/** The appearance form XObject: its ExtGState carries the opacity (and Multiply for highlights), as pdf.js writes them. */
export function registerAppearance(pdf: PDFDocument, spec: AppearanceSpec, opacity: number, fontRef: PDFRef | null): PDFRef {
  const alpha = Math.max(0, Math.min(1, opacity));
  const resources: Record<string, unknown> = {
    ExtGState: { [GS_KEY]: { Type: 'ExtGState', CA: alpha, ca: alpha, BM: spec.blend } },
  };
  if (spec.usesFont && fontRef) resources.Font = { [FONT_KEY]: fontRef };
  const dict = pdf.context.obj({ Type: 'XObject', Subtype: 'Form', BBox: spec.bbox, Matrix: spec.matrix, Resources: resources as never });
  const form = PDFContentStream.of(dict, spec.ops, spec.ops.length >= COMPRESS_FROM_OPERATORS);
  return pdf.context.register(form);
}

const text = (s: string) => PDFHexString.fromText(s); // UTF-16BE with BOM: Chinese survives every reader
const date = (iso: string) => {
  const t = Date.parse(iso);
  return PDFString.fromDate(Number.isNaN(t) ? new Date(0) : new Date(t));
};

/** What /Contents says: the comment; for notes and stamps their text when there is no comment; free text shows its text. */
function contents(a: Annotation): string {
  if (a.kind === 'freetext') return a.text;
  if (a.kind === 'note' || a.kind === 'stamp') return a.comment || a.text;
  return a.comment;
}

/** The annotation dictionary (not yet registered) for one annotation with its appearance `apRef`. */
export function annotationDict(pdf: PDFDocument, pageRef: PDFRef, a: Annotation, spec: AppearanceSpec, apRef: PDFRef): PDFDict {
  const color = parseColor(a.color);
  const alpha = Math.max(0, Math.min(1, a.opacity));
  const dict = pdf.context.obj({
    Type: 'Annot',
    Subtype: spec.subtype,
    Rect: spec.rect,
    P: pageRef,
    F: PRINT,
    NM: PDFString.of(a.id),
    T: text(a.authorName),
    Subj: text(KIND_LABELS[a.kind]),
    Contents: text(contents(a)),
    CreationDate: date(a.createdAt),
    M: date(a.updatedAt || a.createdAt),
    CA: alpha,
    AP: { N: apRef },
  });
  // Free text takes its colour from /DA (a /C would fill its background in viewers that regenerate it).
  if (spec.subtype !== 'FreeText') dict.set(PDFName.of('C'), pdf.context.obj(color));
  if (spec.quadPoints) dict.set(PDFName.of('QuadPoints'), pdf.context.obj(spec.quadPoints));
  if (spec.inkList) dict.set(PDFName.of('InkList'), pdf.context.obj(spec.inkList));
  if (spec.borderWidth > 0) dict.set(PDFName.of('BS'), pdf.context.obj({ Type: 'Border', W: spec.borderWidth, S: 'S' }));
  if (spec.subtype === 'Text') dict.set(PDFName.of('Name'), PDFName.of('Comment'));
  if (spec.subtype === 'Stamp') dict.set(PDFName.of('Name'), PDFName.of(a.text.trim() || '重点'));
  if (spec.subtype === 'FreeText') {
    dict.set(PDFName.of('DA'), PDFString.of(`/${FONT_KEY} ${FREETEXT_SIZE} Tf ${color.join(' ')} rg`));
    dict.set(PDFName.of('Q'), pdf.context.obj(0));
    dict.set(PDFName.of('BS'), pdf.context.obj({ Type: 'Border', W: 0 }));
  }
  return dict;
}

/**
 * Free text's /DA names a font, which viewers look up in the AcroForm's /DR when they regenerate the
 * appearance: add ours there, keeping whatever form the document already has.
 */
export function addDefaultResourceFont(pdf: PDFDocument, fontRef: PDFRef): void {
  const catalog = pdf.catalog;
  let form = catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  if (!form) {
    form = pdf.context.obj({ Fields: [] });
    catalog.set(PDFName.of('AcroForm'), pdf.context.register(form));
  }
  let dr = form.lookupMaybe(PDFName.of('DR'), PDFDict);
  if (!dr) {
    dr = pdf.context.obj({});
    form.set(PDFName.of('DR'), dr);
  }
  let fonts = dr.lookupMaybe(PDFName.of('Font'), PDFDict);
  if (!fonts) {
    fonts = pdf.context.obj({});
    dr.set(PDFName.of('Font'), fonts);
  }
  fonts.set(PDFName.of(FONT_KEY), fontRef);
}
