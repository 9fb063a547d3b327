import { describe, expect, it } from 'vitest';
import { canvasPixelRatio, MAX_CANVAS_PIXELS, MAX_CANVAS_SIDE } from '../../../src-renderer/features/reader/canvasViewport';

describe('canvasPixelRatio', () => {
  it("keeps the screen's ratio for pages that fit a canvas", () => {
    expect(canvasPixelRatio(800, 1131, 1)).toBe(1);
    expect(canvasPixelRatio(800, 1131, 2)).toBe(2);
    expect(canvasPixelRatio(1786, 2526, 2)).toBe(2); // A4 at 300 % on a high-DPI screen: 18 million pixels
  });

  it('lowers it so a large-format page zoomed in stays within the pixel cap', () => {
    const [w, h] = [2384 * 4, 3370 * 4]; // A0 at 300 %
    const r = canvasPixelRatio(w, h, 2);
    expect(r).toBeLessThan(2);
    expect(w * r * h * r).toBeLessThanOrEqual(MAX_CANVAS_PIXELS * (1 + 1e-9));
    expect(w * r * h * r).toBeGreaterThan(MAX_CANVAS_PIXELS * 0.99);
  });

  it('lowers it so no side passes the longest canvas side Chromium draws', () => {
    const r = canvasPixelRatio(900, 64_800, 1); // a 200 × 14,400 pt strip at fit width
    expect(Math.floor(64_800 * r)).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(Math.floor(900 * r) * Math.floor(64_800 * r)).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
    expect(canvasPixelRatio(64_800, 900, 2) * 64_800).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });
});
