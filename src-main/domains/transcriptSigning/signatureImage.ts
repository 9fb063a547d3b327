import { PNG } from 'pngjs';
import { CallFailure } from '../../../src-shared/contract/errors';
import { SIGNATURE_LIMITS } from '../../../src-shared/contract/calls/transcriptSigningCalls';

export interface SignatureImage {
  bytes: Buffer;
  width: number;
  height: number;
  /** Pixels with visible ink (opaque enough and darker than the paper). */
  inkPixels: number;
}

const PREFIX = 'data:image/png;base64,';
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const bad = (message: string) => new CallFailure('VALIDATION', message, [{ path: ['imagePng'], message }]);

/**
 * Checks a handwritten signature sent from the pad: a real PNG (magic bytes, decodable), within the size
 * limits, and not blank. A blank pad gives a transparent (or white) image; we count pixels with ink.
 */
export function readSignatureImage(dataUrl: string): SignatureImage {
  if (!dataUrl.startsWith(PREFIX)) throw bad('签名应为 PNG 图片（data:image/png;base64,…）');
  const bytes = Buffer.from(dataUrl.slice(PREFIX.length), 'base64');
  if (bytes.byteLength > SIGNATURE_LIMITS.maxBytes) throw bad(`签名图片过大（上限 ${Math.round(SIGNATURE_LIMITS.maxBytes / 1024)} KB）`);
  if (bytes.byteLength < PNG_MAGIC.byteLength || !bytes.subarray(0, 8).equals(PNG_MAGIC)) throw bad('签名不是有效的 PNG 图片');
  let png: PNG;
  try {
    png = PNG.sync.read(bytes);
  } catch {
    throw bad('签名图片已损坏，无法读取');
  }
  const { width, height, data } = png;
  const L = SIGNATURE_LIMITS;
  if (width < L.minWidth || height < L.minHeight) throw bad(`签名图片太小（至少 ${L.minWidth}×${L.minHeight} 像素）`);
  if (width > L.maxWidth || height > L.maxHeight) throw bad(`签名图片太大（至多 ${L.maxWidth}×${L.maxHeight} 像素）`);
  const inkPixels = countInk(data);
  if (inkPixels < L.minInkPixels) throw bad('签名为空白，请在签名板上签名后再确认');
  return { bytes, width, height, inkPixels };
}

/** RGBA pixels that are fairly opaque and not near-white: the strokes of a pen. */
export function countInk(rgba: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const lum = (rgba[i]! * 299 + rgba[i + 1]! * 587 + rgba[i + 2]! * 114) / 1000;
    if (rgba[i + 3]! > 96 && lum < 200) n++;
  }
  return n;
}
