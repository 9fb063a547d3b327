/** Largest width of the PNG sent to the app: sharp enough on paper, well under the call's size limit. */
const MAX_WIDTH = 1200;
const PAD = 12;

/**
 * The signature as a PNG data URL, cropped to the ink (plus a margin) and scaled down if wide, so an
 * empty border of a big pad does not travel or shrink the signature on the PDF. Null when there is no ink.
 */
export function exportSignature(canvas: HTMLCanvasElement): string | null {
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const { width, height } = canvas;
  const data = ctx.getImageData(0, 0, width, height).data;
  let [minX, minY, maxX, maxY] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[(y * width + x) * 4 + 3]! > 0) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  if (maxX < 0) return null;
  minX = Math.max(0, minX - PAD);
  minY = Math.max(0, minY - PAD);
  const w = Math.min(width, maxX + PAD + 1) - minX;
  const h = Math.min(height, maxY + PAD + 1) - minY;
  const scale = Math.min(1, MAX_WIDTH / w);
  const out = document.createElement('canvas');
  // A signature of a single short stroke is still at least as big as the app accepts (80×30).
  out.width = Math.max(80, Math.round(w * scale));
  out.height = Math.max(30, Math.round(h * scale));
  out.getContext('2d')!.drawImage(canvas, minX, minY, w, h, 0, 0, Math.round(w * scale), Math.round(h * scale));
  return out.toDataURL('image/png');
}
