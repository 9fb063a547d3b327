import { PNG } from 'pngjs';

/**
 * A handwriting-like signature as a PNG data URL (dark ink on transparent, as signature_pad gives), for the
 * demo's signed transcript and for tests. Strokes are loops along a line, varied by `seed`, drawn with a round pen.
 */
export function drawnSignaturePng(seed = 1, width = 420, height = 160): string {
  const png = new PNG({ width, height });
  png.data.fill(0);
  const dot = (cx: number, cy: number, r: number) => {
    for (let y = Math.floor(cy - r); y <= cy + r; y++) {
      for (let x = Math.floor(cx - r); x <= cx + r; x++) {
        if (x < 0 || y < 0 || x >= width || y >= height || (x - cx) ** 2 + (y - cy) ** 2 > r * r) continue;
        const i = (y * width + x) * 4;
        png.data[i] = 20;
        png.data[i + 1] = 30;
        png.data[i + 2] = 60;
        png.data[i + 3] = 255;
      }
    }
  };
  const strokes = 3;
  for (let s = 0; s < strokes; s++) {
    const x0 = 30 + (s * (width - 60)) / strokes;
    const span = (width - 60) / strokes - 10;
    for (let t = 0; t <= 1; t += 0.002) {
      const x = x0 + span * t + 18 * Math.sin(t * (9 + seed + s) );
      const y = height / 2 + (height / 3.2) * Math.sin(t * Math.PI * (3 + ((seed + s) % 3))) * Math.cos(t * (2 + s));
      dot(x, y, 2.6);
    }
  }
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}
