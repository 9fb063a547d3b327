/** What a file is, decided from its bytes (never from its name). */
export type SniffedType = 'application/pdf' | 'image/jpeg' | 'image/png';

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

const PDF_MARK = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/**
 * PDF: `%PDF-` within the first 1024 bytes (readers accept junk before the header, as pdf.js does);
 * JPEG: FF D8 FF; PNG: its 8-byte signature. Anything else is null.
 */
export function sniffFile(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  const end = Math.min(bytes.length - PDF_MARK.length, 1024 - PDF_MARK.length);
  for (let i = 0; i <= end; i++) {
    if (bytes[i] === 0x25 && startsWith(bytes, PDF_MARK, i)) return 'application/pdf';
  }
  return null;
}

export interface ImageInfo {
  width: number;
  height: number;
  /** Pixels per inch from the file (JFIF density or PNG pHYs); null when the file does not say. */
  dpi: number | null;
}

const u16 = (b: Uint8Array, i: number): number => (b[i]! << 8) | b[i + 1]!;
const u32 = (b: Uint8Array, i: number): number => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;

/** Width, height and resolution of a JPEG or PNG from its headers; null when they cannot be read. */
export function readImageInfo(bytes: Uint8Array, type: 'image/jpeg' | 'image/png'): ImageInfo | null {
  return type === 'image/png' ? pngInfo(bytes) : jpegInfo(bytes);
}

function pngInfo(b: Uint8Array): ImageInfo | null {
  if (b.length < 33 || String.fromCharCode(...b.subarray(12, 16)) !== 'IHDR') return null;
  const width = u32(b, 16);
  const height = u32(b, 20);
  let dpi: number | null = null;
  // Walk the chunks up to the image data for pHYs (pixels per metre when the unit byte is 1).
  for (let at = 8; at + 12 <= b.length; ) {
    const len = u32(b, at);
    const type = String.fromCharCode(...b.subarray(at + 4, at + 8));
    if (type === 'pHYs' && len >= 9 && b[at + 16] === 1) dpi = Math.round(u32(b, at + 8) * 0.0254);
    if (type === 'IDAT' || type === 'IEND') break;
    at += 12 + len;
  }
  return width > 0 && height > 0 ? { width, height, dpi: dpi && dpi >= 50 ? dpi : null } : null;
}

function jpegInfo(b: Uint8Array): ImageInfo | null {
  let dpi: number | null = null;
  for (let at = 2; at + 4 <= b.length; ) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const len = u16(b, at + 2);
    // APP0 JFIF: units 1 = dots per inch, 2 = dots per cm.
    if (marker === 0xe0 && len >= 14 && String.fromCharCode(...b.subarray(at + 4, at + 9)) === 'JFIF\0') {
      const units = b[at + 11];
      const x = u16(b, at + 12);
      if (units === 1) dpi = x;
      else if (units === 2) dpi = Math.round(x * 2.54);
    }
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (at + 9 > b.length) return null;
      const height = u16(b, at + 5);
      const width = u16(b, at + 7);
      return width > 0 && height > 0 ? { width, height, dpi: dpi && dpi >= 50 ? dpi : null } : null;
    }
    at += 2 + len;
  }
  return null;
}
