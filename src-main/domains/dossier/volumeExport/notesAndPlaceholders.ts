import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { VOLUME_LABELS } from '../../../../src-shared/catalogue/categories';
import { A4, drawText, GREY, RULE, wrapText } from '../../../pdf/exportFont';
import type { VolumePlan } from './volumePlan';

const [W, H] = A4;
const LEFT = 72;
const RIGHT = W - 72;

/** The 备考表 closing the volume: 本卷情况说明 (pre-filled with the counts and any unmerged originals), 立卷人, 检查人, 立卷时间. */
export function drawNotes(page: PDFPage, font: PDFFont, plan: VolumePlan, unmerged: readonly string[]): void {
  drawText(page, font, '备考表', W / 2, 764, 24, 'center');
  drawText(page, font, `${plan.caseNumber}\u3000${VOLUME_LABELS[plan.volume]}`, W / 2, 738, 11, 'center', GREY);
  const [top, bottom] = [716, 230];
  page.drawRectangle({ x: LEFT, y: bottom, width: RIGHT - LEFT, height: top - bottom, borderColor: RULE, borderWidth: 1.2 });
  drawText(page, font, '本卷情况说明：', LEFT + 12, top - 28, 13);
  const said = [
    `本卷共有材料 ${plan.documents.length} 件，共 ${plan.numberedPages} 页（封面、卷内目录、备考表不编页）。`,
    ...(unmerged.length > 0 ? ['下列材料的原件无法合并入本卷，卷中以说明页代替，请单独查看原件：', ...unmerged] : []),
  ].flatMap((s) => wrapText(font, s, 12, RIGHT - LEFT - 48));
  let y = top - 58;
  for (const line of said.slice(0, 12)) {
    drawText(page, font, line, LEFT + 24, y, 12);
    y -= 24;
  }
  // Ruled lines for the clerk's own notes.
  for (y -= 6; y > bottom + 20; y -= 28) page.drawLine({ start: { x: LEFT + 24, y }, end: { x: RIGHT - 24, y }, thickness: 0.4, color: rgb(0.6, 0.6, 0.6) });
  drawText(page, font, '立卷人：______________', LEFT, 180, 13);
  drawText(page, font, '检查人：______________', RIGHT, 180, 13, 'right');
  drawText(page, font, '立卷时间：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日', LEFT, 136, 13);
}

/** A page standing in for a page of an original that cannot be merged (encrypted, broken, no PDF). */
export function drawPlaceholder(page: PDFPage, font: PDFFont, title: string, reason: string, pageIndex: number, pageCount: number): void {
  const y0 = H / 2 + 90;
  page.drawRectangle({ x: LEFT, y: y0 - 190, width: RIGHT - LEFT, height: 240, borderColor: RULE, borderWidth: 1, borderDashArray: [6, 4] });
  drawText(page, font, '原件无法合并，请单独查看', W / 2, y0, 20, 'center');
  const lines = wrapText(font, `「${title}」`, 14, RIGHT - LEFT - 60);
  lines.slice(0, 3).forEach((l, i) => drawText(page, font, l, W / 2, y0 - 44 - i * 20, 14, 'center'));
  drawText(page, font, `原因：${reason}`, W / 2, y0 - 110, 12, 'center', GREY);
  drawText(page, font, `（原件第 ${pageIndex + 1} 页，共 ${pageCount} 页；页码与卷内目录一致）`, W / 2, y0 - 140, 11, 'center', GREY);
}
