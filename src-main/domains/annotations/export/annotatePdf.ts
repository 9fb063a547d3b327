import { drawObject, PDFDocument, popGraphicsState, pushGraphicsState, type PDFFont, type PDFRef } from 'pdf-lib';
import type { Annotation } from '../../../../src-shared/annotations/annotation';
import { appendTo } from '../../../../src-shared/util/appendTo';
import { embedCjkFont } from '../../../pdf/exportFont';
import { addDefaultResourceFont, annotationDict, registerAppearance } from './annotationDicts';
import { buildAppearance } from './appearanceStreams';
import { normalizeRotation } from './pdfGeometry';

export interface AnnotatePdfOptions {
  /** Draw the appearances into the page content instead of adding annotation objects. */
  flatten: boolean;
}

/**
 * A copy of `original` with the annotations added as real PDF annotations (Highlight, Underline, StrikeOut,
 * Square, Circle, Ink, FreeText, Text, Stamp), each with an appearance stream so pdf.js, poppler and Acrobat
 * show them; or, flattened, drawn into the pages. `original` itself is never modified.
 *
 * Rects are in the page's unrotated user space, as stored, so /Rect needs no transform on a page with
 * /Rotate; note icons, free text and stamps are drawn turned by the rotation so they read upright as
 * displayed. Annotations on pages the document does not have, or with nothing to draw, are left out.
 * An encrypted original is refused (pdf-lib cannot write it back encrypted).
 */
export async function annotatePdf(original: Uint8Array, annotations: Annotation[], options: AnnotatePdfOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(original.slice(), { updateMetadata: false });
  const pages = pdf.getPages();
  const needsFont = annotations.some((a) => (a.kind === 'freetext' || a.kind === 'stamp') && pages[a.pageIndex]);
  const font: PDFFont | null = needsFont ? await embedCjkFont(pdf) : null;

  const forms = new Map<number, PDFRef[]>(); // flatten: appearance forms per page index
  let freeText = false;
  for (const a of annotations) {
    const page = pages[a.pageIndex];
    if (!page) continue;
    const spec = buildAppearance(a, normalizeRotation(page.getRotation().angle), font);
    if (!spec) continue;
    const apRef = registerAppearance(pdf, spec, a.opacity, font?.ref ?? null);
    if (options.flatten) {
      appendTo(forms, a.pageIndex, apRef);
      continue;
    }
    page.node.addAnnot(pdf.context.register(annotationDict(pdf, page.ref, a, spec, apRef)));
    freeText ||= spec.subtype === 'FreeText';
  }
  if (freeText && font) addDefaultResourceFont(pdf, font.ref);

  for (const [index, refs] of forms) {
    const page = pages[index]!;
    // Whatever state the page's own content leaves behind must not move or recolour the drawings.
    page.node.normalize();
    page.node.wrapContentStreams(pdf.context.getPushGraphicsStateContentStream(), pdf.context.getPopGraphicsStateContentStream());
    for (const ref of refs) {
      // Each form's /Matrix already places its box on the annotation's rect (see uprightFrame).
      page.pushOperators(pushGraphicsState(), drawObject(page.node.newXObject('Annot', ref)), popGraphicsState());
    }
  }
  return pdf.save({ useObjectStreams: true });
}
