import { createCanvas } from '@napi-rs/canvas';
import type { PdfPage } from './pdfjsSetup';

/** Control characters and replacement/non-characters that broken fonts map glyphs to. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const JUNK = /[\u0000-\u0008\u000b-\u001f\u007f\ufffd\ufffe\uffff]/gu;

export interface PageFacts {
  text: string;
  width: number;
  height: number;
  rotation: number;
}

/**
 * A page's text in content order (pdf.js's reading order), items joined, a line break where pdf.js says a
 * line ends; control characters from broken fonts dropped. Size and rotation as displayed (scale 1).
 */
export async function readPage(page: PdfPage): Promise<PageFacts> {
  const viewport = page.getViewport({ scale: 1 });
  let text = '';
  try {
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str;
      if (item.hasEOL) text += '\n';
    }
  } catch {
    text = ''; // an unreadable text layer: the page is kept and OCR gets a chance
  }
  text = text
    .replace(JUNK, '')
    .replace(/[ \t\u00a0]+\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
  return { text, width: round2(viewport.width), height: round2(viewport.height), rotation: page.rotate };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export interface RenderedPage {
  width: number;
  height: number;
  /** PNG bytes (for OCR) or raw RGBA (for QR decoding). */
  data: Uint8Array;
  /** Share of dark pixels: ~0 means a blank page that needs no OCR. */
  ink: number;
}

/** Renders at `dpi` on white, scaled down so the bitmap never exceeds `maxPixels`. */
export async function renderPage(page: PdfPage, dpi: number, maxPixels: number, format: 'png' | 'rgba'): Promise<RenderedPage> {
  let scale = dpi / 72;
  const base = page.getViewport({ scale: 1 });
  const area = base.width * base.height * scale * scale;
  if (area > maxPixels) scale *= Math.sqrt(maxPixels / area);
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  // pdf.js 5 draws on the canvas it is given; its Node canvas factory is @napi-rs/canvas too.
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport }).promise;
  const rgba = ctx.getImageData(0, 0, width, height).data;
  let dark = 0;
  for (let i = 0; i < rgba.length; i += 16) if (rgba[i]! + rgba[i + 1]! + rgba[i + 2]! < 384) dark++; // every 4th pixel
  const ink = dark / (rgba.length / 16);
  const data = format === 'png' ? new Uint8Array(await canvas.encode('png')) : new Uint8Array(rgba); // copies: owned, transferable
  return { width, height, data, ink };
}
