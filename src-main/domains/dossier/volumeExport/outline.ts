import { PDFArray, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDict, type PDFDocument, type PDFRef } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  /** The page the bookmark opens. */
  page: PDFRef;
}

/**
 * A flat PDF outline (bookmarks), one entry per document, built by hand: pdf-lib 1.17 has no outline API.
 * Titles are UTF-16BE hex strings with a byte-order mark (PDFHexString.fromText), so Chinese titles
 * show in every viewer. Each entry opens its page at the top (/XYZ null null null keeps the zoom).
 * The viewer is asked to show the bookmarks panel (/PageMode /UseOutlines).
 */
export function addOutline(pdf: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const ctx = pdf.context;
  const rootRef = ctx.nextRef();
  const refs = entries.map(() => ctx.nextRef());
  entries.forEach((entry, i) => {
    const dest = PDFArray.withContext(ctx);
    dest.push(entry.page);
    dest.push(PDFName.of('XYZ'));
    dest.push(PDFNull);
    dest.push(PDFNull);
    dest.push(PDFNull);
    const item: PDFDict = ctx.obj({});
    item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    item.set(PDFName.of('Parent'), rootRef);
    item.set(PDFName.of('Dest'), dest);
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    ctx.assign(refs[i]!, item);
  });
  const root: PDFDict = ctx.obj({});
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), refs[0]!);
  root.set(PDFName.of('Last'), refs[refs.length - 1]!);
  root.set(PDFName.of('Count'), PDFNumber.of(refs.length));
  ctx.assign(rootRef, root);
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
