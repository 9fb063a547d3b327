import { degrees, rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

const SIZE = 14;
const MARGIN = 20;
const PAD = 3;

/**
 * Stamps a volume page number in the top right corner as the page is SHOWN (its /Rotate honoured), on a
 * white patch so it stays legible over a scan. The page's own content is first wrapped in q … Q, so a
 * transformation it leaves behind cannot move or skew the stamp.
 */
export function stampPageNumber(pdf: PDFDocument, page: PDFPage, font: PDFFont, n: number): void {
  page.node.normalize();
  page.node.wrapContentStreams(pdf.context.getPushGraphicsStateContentStream(), pdf.context.getPopGraphicsStateContentStream());

  const box = page.getCropBox();
  const rotation = (((page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
  const upright = rotation === 90 || rotation === 270;
  // Size of the page as displayed.
  const [dw, dh] = upright ? [box.height, box.width] : [box.width, box.height];
  const text = String(n);
  const tw = font.widthOfTextAtSize(text, SIZE);
  const ascent = SIZE * 0.8;
  const origin = { x: dw - MARGIN - tw, y: dh - MARGIN - ascent };

  /** Display coordinates to the page's own (user space) coordinates. */
  const toUser = (dx: number, dy: number): { x: number; y: number } => {
    switch (rotation) {
      case 90:
        return { x: box.x + box.width - dy, y: box.y + dx };
      case 180:
        return { x: box.x + box.width - dx, y: box.y + box.height - dy };
      case 270:
        return { x: box.x + dy, y: box.y + box.height - dx };
      default:
        return { x: box.x + dx, y: box.y + dy };
    }
  };
  const rotate = degrees(rotation);
  const patch = toUser(origin.x - PAD, origin.y - SIZE * 0.25 - PAD);
  page.drawRectangle({ ...patch, width: tw + 2 * PAD, height: SIZE * 1.05 + 2 * PAD, color: rgb(1, 1, 1), opacity: 0.85, rotate });
  page.drawText(text, { ...toUser(origin.x, origin.y), size: SIZE, font, color: rgb(0, 0, 0), rotate });
}
