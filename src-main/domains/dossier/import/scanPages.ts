import { PDFDocument } from 'pdf-lib';
import { renderPage } from './pdfPages';
import type { PdfDocument } from './pdfjsSetup';
import { decodeImage, decodeQr } from './qrDecode';

/** The cover sheet's QR code is large: 100 dpi gives it ~8 pixels per module. */
const QR_DPI = 100;
const QR_MAX_PIXELS = 4_000_000;

/** The text of a QR code on the first page of a PDF, or null. Runs in the file worker. */
export async function qrOnFirstPage(doc: PdfDocument): Promise<string | null> {
  const page = await doc.getPage(1);
  const { data, width, height } = await renderPage(page, QR_DPI, QR_MAX_PIXELS, 'rgba');
  page.cleanup();
  return decodeQr(data, width, height);
}

/** The text of a QR code on a scanned image, or null. Runs in the file worker. */
export function qrOnImage(bytes: Uint8Array, type: 'image/jpeg' | 'image/png'): string | null {
  const image = decodeImage(bytes, type);
  return image ? decodeQr(image.data, image.width, image.height) : null;
}

/**
 * The scan without its first page (our cover sheet), as a new PDF: pages copied as they are (pdf-lib
 * copyPages), no new metadata. This PDF, not the scanner's file, becomes the document's original: the
 * cover page is ours and carries no case content. Runs in the file worker.
 */
export async function withoutFirstPage(bytes: Uint8Array): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  const out = await PDFDocument.create({ updateMetadata: false });
  const rest = source.getPageIndices().slice(1);
  for (const page of await out.copyPages(source, rest)) out.addPage(page);
  return { bytes: await out.save({ useObjectStreams: true }), pageCount: rest.length };
}
