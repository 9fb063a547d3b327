import { rgb, type PDFDocument, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import { wrapChineseText } from '../../pdf/wrapChineseText';

export const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = { x: 64, top: 72, bottom: 64 } as const;
const BLACK = rgb(0, 0, 0);

/**
 * Top-to-bottom text flow over A4 pages with pdf-lib: wraps Chinese text, starts a page when one is full,
 * and remembers what it wrote on each page (the text a search index and pdftotext should find).
 * `reserve` keeps a band free at the foot of every page (the parties' signatures, when they sign each page).
 */
export class PdfFlow {
  readonly pages: PDFPage[] = [];
  readonly pageTexts: string[][] = [];
  private y = 0;
  private readonly widths = new Map<string, number>();

  constructor(
    private readonly doc: PDFDocument,
    readonly font: PDFFont,
    private readonly reserve = 0,
  ) {
    this.newPage();
  }

  get textWidth(): number {
    return A4.width - 2 * MARGIN.x;
  }

  get left(): number {
    return MARGIN.x;
  }

  get bottom(): number {
    return MARGIN.bottom + this.reserve;
  }

  measure(text: string, size: number): number {
    let w = 0;
    for (const ch of text) {
      let cw = this.widths.get(ch);
      if (cw === undefined) this.widths.set(ch, (cw = this.font.widthOfTextAtSize(ch, 1)));
      w += cw;
    }
    return w * size;
  }

  wrap(text: string, size: number, width: number, firstIndent = 0): string[] {
    return wrapChineseText(text, width, firstIndent, (piece) => this.measure(piece, size));
  }

  newPage(): void {
    this.pages.push(this.doc.addPage([A4.width, A4.height]));
    this.pageTexts.push([]);
    this.y = A4.height - MARGIN.top;
  }

  /** Makes room for `height` points on the current page, else moves to a new page. */
  ensure(height: number): void {
    if (this.y - height < this.bottom) this.newPage();
  }

  gap(height: number): void {
    this.y -= height;
  }

  private get page(): PDFPage {
    return this.pages[this.pages.length - 1]!;
  }

  /** A paragraph: the first line may start with a label; following lines hang under `hang` points. */
  paragraph(text: string, opts: { size?: number; align?: 'left' | 'center'; hang?: number; leading?: number } = {}): void {
    const size = opts.size ?? 12;
    const hang = opts.hang ?? 0;
    const lineH = size * (opts.leading ?? 1.7);
    this.wrap(text, size, this.textWidth - hang).forEach((line, i) => {
      this.ensure(lineH);
      const x = opts.align === 'center' ? this.left + (this.textWidth - this.measure(line, size)) / 2 : this.left + (i === 0 ? 0 : hang);
      this.page.drawText(line, { x, y: this.y - size, size, font: this.font, color: BLACK });
      this.pageTexts[this.pages.length - 1]!.push(line);
      this.y -= lineH;
    });
  }

  /** An image with a caption to its left, kept together on one page. */
  imageRow(caption: string, image: PDFImage, height: number, after: string): void {
    const size = 12;
    const rowH = Math.max(height, size * 1.7) + 8;
    this.ensure(rowH);
    const capW = this.measure(caption, size);
    const baseline = this.y - rowH / 2 - size / 3;
    this.page.drawText(caption, { x: this.left, y: baseline, size, font: this.font, color: BLACK });
    const w = Math.min(image.width * (height / image.height), this.textWidth - capW - 140);
    const h = image.height * (w / image.width);
    this.page.drawImage(image, { x: this.left + capW + 6, y: this.y - rowH / 2 - h / 2, width: w, height: h });
    this.page.drawText(after, { x: this.left + capW + 16 + w, y: baseline, size: 10, font: this.font, color: BLACK });
    this.pageTexts[this.pages.length - 1]!.push(`${caption}${after}`);
    this.y -= rowH;
  }

  /** Writes 「第 x 页 共 y 页」 at the foot of every page (done last, when the count is known). */
  numberPages(): void {
    const n = this.pages.length;
    this.pages.forEach((page, i) => {
      const footer = `第 ${i + 1} 页 共 ${n} 页`;
      const w = this.measure(footer, 9);
      page.drawText(footer, { x: (A4.width - w) / 2, y: MARGIN.bottom / 2, size: 9, font: this.font, color: rgb(0.3, 0.3, 0.3) });
      this.pageTexts[i]!.push(footer);
    });
  }
}
