import { PDFDocument } from 'pdf-lib';
import { refuse } from './importRefusal';
import type { ImageInfo } from './sniffFile';

const A4: [number, number] = [595.28, 841.89];
/** Largest page side PDF readers accept (200 inches). */
const MAX_SIDE = 14_400;
/** Beyond this an image is not a scanned page (600 dpi A3 is ~70 MP); decoding it would only cost memory. */
export const MAX_IMAGE_PIXELS = 100_000_000;

/** The page a scanned image sits on: its real size when it says its resolution, else fitted to A4. */
function pageFor(info: ImageInfo): { page: [number, number]; draw: { x: number; y: number; width: number; height: number } } {
  if (info.dpi) {
    const s = 72 / info.dpi;
    const k = Math.min(1, MAX_SIDE / Math.max(info.width * s, info.height * s));
    const [w, h] = [info.width * s * k, info.height * s * k];
    return { page: [w, h], draw: { x: 0, y: 0, width: w, height: h } };
  }
  const [pw, ph] = info.width > info.height ? [A4[1], A4[0]] : A4; // landscape photos on a landscape page
  const k = Math.min(pw / info.width, ph / info.height);
  const [w, h] = [info.width * k, info.height * k];
  return { page: [pw, ph], draw: { x: (pw - w) / 2, y: (ph - h) / 2, width: w, height: h } };
}

/**
 * A one-page PDF showing the image, for reading and volume export; the image itself stays the document's
 * original. No dates or producer are written, so the same image always gives the same bytes (one blob).
 */
export async function imageRendition(bytes: Uint8Array, type: 'image/jpeg' | 'image/png', info: ImageInfo): Promise<{ pdf: Uint8Array; width: number; height: number }> {
  if (info.width * info.height > MAX_IMAGE_PIXELS) throw refuse.imageTooLarge(info.width, info.height);
  const doc = await PDFDocument.create({ updateMetadata: false });
  let image;
  try {
    image = type === 'image/png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
  } catch (err) {
    throw refuse.badImage(err instanceof Error ? err.message.slice(0, 120) : String(err));
  }
  const { page, draw } = pageFor(info);
  doc.addPage(page).drawImage(image, draw);
  return { pdf: await doc.save(), width: Math.round(page[0] * 100) / 100, height: Math.round(page[1] * 100) / 100 };
}
