import { PDFHexString, PDFName, PDFNumber, type PDFDict, type PDFDocument } from 'pdf-lib';

/** From page `start` (0-based) on: a text label (封面, 目录…), or volume numbers from `numberedFrom`. */
export interface LabelRange {
  start: number;
  prefix?: string;
  /** With a prefix: number the pages after it (目录1, 目录2). */
  numbered?: boolean;
  numberedFrom?: number;
}

/**
 * /PageLabels, so a viewer's page box shows what is stamped on the page (37, not 39) and names the
 * unnumbered pages (封面, 目录, 备考表). Ranges must come in page order.
 */
export function addPageLabels(pdf: PDFDocument, ranges: readonly LabelRange[]): void {
  const ctx = pdf.context;
  const nums = ctx.obj([]);
  for (const r of ranges) {
    const label: PDFDict = ctx.obj({});
    if (r.numberedFrom !== undefined) {
      label.set(PDFName.of('S'), PDFName.of('D'));
      label.set(PDFName.of('St'), PDFNumber.of(r.numberedFrom));
    } else {
      label.set(PDFName.of('P'), PDFHexString.fromText(r.prefix ?? ''));
      if (r.numbered) label.set(PDFName.of('S'), PDFName.of('D'));
    }
    nums.push(PDFNumber.of(r.start));
    nums.push(label);
  }
  const labels: PDFDict = ctx.obj({});
  labels.set(PDFName.of('Nums'), nums);
  pdf.catalog.set(PDFName.of('PageLabels'), ctx.register(labels));
}
