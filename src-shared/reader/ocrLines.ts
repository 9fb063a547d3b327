import { z } from 'zod';

/**
 * A box on a page in PDF points (1/72 inch), top-left origin: x to the right, y DOWN, in the page as it is
 * displayed at scale 1 with its own /Rotate applied (pdf.js `page.getViewport({ scale: 1 })`, the same frame
 * as pages.width/height). View rotation and zoom are the reader's business. Numbers are rounded to 0.1 pt.
 */
export const OcrBoxSchema = z.tuple([z.number(), z.number(), z.number().min(0), z.number().min(0)]);
export type OcrBox = z.infer<typeof OcrBoxSchema>;

/**
 * One line of recognised text and its box. Stored as compact JSON in pages.ocr_lines. Lines only: tesseract's
 * line boxes follow the ink, its word boxes for Chinese are rough (one can span half the line).
 */
export const OcrLineSchema = z.object({ t: z.string(), b: OcrBoxSchema });
export type OcrLine = z.infer<typeof OcrLineSchema>;

/** The stored JSON of a page's lines, read back; anything unreadable counts as no lines. */
export function parseOcrLines(json: string | null): OcrLine[] {
  if (!json) return [];
  try {
    const parsed = z.array(OcrLineSchema).safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
