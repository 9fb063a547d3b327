import type { PDFFont, PDFPage } from 'pdf-lib';
import { VOLUME_LABELS } from '../../../../src-shared/catalogue/categories';
import { A4, clampLines, drawText, GREY, RULE } from '../../../pdf/exportFont';
import type { PlannedDocument, VolumePlan } from './volumePlan';

const [W] = A4;
const LEFT = 56;
const RIGHT = W - 56;
/** 序号 | 材料名称 | 起始页 | 页数 | 备注 */
const COLS = [44, 0, 56, 48, 84];
COLS[1] = RIGHT - LEFT - COLS.reduce((a, b) => a + b, 0);
const HEADERS = ['序号', '材料名称', '起始页', '页数', '备注'];
const SIZE = 11;
const LINE = 14;
const HEADER_H = 26;
const TABLE_TOP_FIRST = 722;
const TABLE_TOP_NEXT = 752;
const BOTTOM = 64;

interface Row {
  index: number;
  doc: PlannedDocument;
  titleLines: string[];
  height: number;
}

/** The 目录 rows split into pages; the number of pages is known before any document is merged. */
export function layoutContents(font: PDFFont, docs: readonly PlannedDocument[]): Row[][] {
  const pages: Row[][] = [[]];
  let room = TABLE_TOP_FIRST - HEADER_H - BOTTOM;
  docs.forEach((doc, index) => {
    const titleLines = clampLines(font, doc.title, SIZE, COLS[1]! - 12, 2);
    const height = titleLines.length * LINE + 10;
    if (height > room) {
      pages.push([]);
      room = TABLE_TOP_NEXT - HEADER_H - BOTTOM;
    }
    pages[pages.length - 1]!.push({ index, doc, titleLines, height });
    room -= height;
  });
  return pages;
}

function columnXs(): number[] {
  const xs = [LEFT];
  for (const w of COLS) xs.push(xs[xs.length - 1]! + w);
  return xs;
}

/** Draws the 目录 on its reserved pages; `remarks` holds 备注 per document (原件无法合并…). */
export function drawContents(pages: readonly PDFPage[], font: PDFFont, layout: Row[][], plan: VolumePlan, remarks: ReadonlyMap<string, string>): void {
  const xs = columnXs();
  layout.forEach((rows, p) => {
    const page = pages[p]!;
    const first = p === 0;
    drawText(page, font, first ? '卷内目录' : '卷内目录（续）', W / 2, first ? 770 : 786, first ? 22 : 14, 'center');
    if (first) drawText(page, font, `${plan.caseNumber}\u3000${VOLUME_LABELS[plan.volume]}`, W / 2, 746, 11, 'center', GREY);
    let y = first ? TABLE_TOP_FIRST : TABLE_TOP_NEXT;
    const top = y;
    const line = (yy: number, thickness: number) => page.drawLine({ start: { x: LEFT, y: yy }, end: { x: RIGHT, y: yy }, thickness, color: RULE });
    line(y, 1.2);
    HEADERS.forEach((h, i) => drawText(page, font, h, (xs[i]! + xs[i + 1]!) / 2, y - 17, SIZE, 'center'));
    y -= HEADER_H;
    line(y, 0.8);
    for (const row of rows) {
      const baseline = y - 5 - SIZE + 1;
      const d = row.doc;
      drawText(page, font, String(row.index + 1), (xs[0]! + xs[1]!) / 2, baseline, SIZE, 'center');
      row.titleLines.forEach((t, i) => drawText(page, font, t, xs[1]! + 6, baseline - i * LINE, SIZE));
      drawText(page, font, d.firstPage === null ? '—' : String(d.firstPage), (xs[2]! + xs[3]!) / 2, baseline, SIZE, 'center');
      drawText(page, font, String(d.pageCount), (xs[3]! + xs[4]!) / 2, baseline, SIZE, 'center');
      const remark = remarks.get(d.id) ?? (d.numbered ? '' : '不编页');
      if (remark) clampLines(font, remark, 9, COLS[4]! - 8, 2).forEach((t, i) => drawText(page, font, t, xs[4]! + 4, baseline - i * 11, 9));
      y -= row.height;
      line(y, 0.4);
    }
    if (rows.length === 0) {
      drawText(page, font, '本卷暂无材料', W / 2, y - 20, SIZE, 'center', GREY);
      y -= 32;
    }
    line(y, 1.2);
    for (const [i, x] of xs.entries()) {
      page.drawLine({ start: { x, y: top }, end: { x, y }, thickness: i === 0 || i === xs.length - 1 ? 1.2 : 0.4, color: RULE });
    }
    if (layout.length > 1) drawText(page, font, `目录第 ${p + 1} 页，共 ${layout.length} 页`, W / 2, 36, 9, 'center', GREY);
  });
}
