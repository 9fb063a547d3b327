import jpeg from 'jpeg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Bitmaps wider than this are halved (box filter) before decoding: a cover-sheet QR survives it easily. */
const MAX_WIDTH = 1400;

/** The text of the first QR code found in an RGBA bitmap, or null. */
export function decodeQr(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): string | null {
  let [data, w, h] = [new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.byteLength), width, height];
  while (w > MAX_WIDTH) [data, w, h] = halve(data, w, h);
  return jsQR(data, w, h, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

function halve(src: Uint8ClampedArray, w: number, h: number): [Uint8ClampedArray, number, number] {
  const [nw, nh] = [w >> 1, h >> 1];
  const out = new Uint8ClampedArray(nw * nh * 4);
  for (let y = 0; y < nh; y++) {
    for (let x = 0; x < nw; x++) {
      const a = ((2 * y) * w + 2 * x) * 4;
      const b = a + w * 4;
      const o = (y * nw + x) * 4;
      for (let c = 0; c < 4; c++) out[o + c] = (src[a + c]! + src[a + 4 + c]! + src[b + c]! + src[b + 4 + c]!) >> 2;
    }
  }
  return [out, nw, nh];
}

/** Decodes a JPEG or PNG to RGBA (for QR decoding of scanned images); null when it cannot be decoded. */
export function decodeImage(bytes: Uint8Array, type: 'image/jpeg' | 'image/png'): { data: Uint8Array; width: number; height: number } | null {
  try {
    if (type === 'image/png') {
      const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return { data: png.data, width: png.width, height: png.height };
    }
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 100, maxMemoryUsageInMB: 1024 });
    return { data: img.data, width: img.width, height: img.height };
  } catch {
    return null;
  }
}
