import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { VOLUME_LABELS } from '../../../../src-shared/catalogue/categories';
import { A4, drawText, GREY, RULE, wrapText, zhDay } from '../../../pdf/exportFont';
import type { VolumePlan } from './volumePlan';

const [W] = A4;
const LEFT = 72;
const RIGHT = W - 72;
const LABEL_W = 96;
const SIZE = 13;
const LINE = 20;
const PAD = 9;
const RED = rgb(0.7, 0.05, 0.05);

/** A label spread evenly over `width` (案号 and 承办法官 line up, as on printed forms). */
function drawSpread(page: PDFPage, font: PDFFont, label: string, x: number, y: number, width: number): void {
  const chars = Array.from(label);
  const gap = chars.length > 1 ? (width - font.widthOfTextAtSize(label, SIZE)) / (chars.length - 1) : 0;
  let at = x;
  for (const ch of chars) {
    drawText(page, font, ch, at, y, SIZE);
    at += font.widthOfTextAtSize(ch, SIZE) + gap;
  }
}

/** The volume's cover: court, 卷宗 heading, volume, and a ruled table of the case's facts. */
export function drawCover(page: PDFPage, font: PDFFont, plan: VolumePlan): void {
  const centre = W / 2;
  drawText(page, font, plan.courtName, centre, 752, 22, 'center');
  drawText(page, font, '诉讼文书卷宗', centre, 690, 32, 'center');
  drawText(page, font, `${plan.caseKind}\u3000${VOLUME_LABELS[plan.volume]}`, centre, 648, 18, 'center');
  if (plan.volume === 'internal') {
    drawText(page, font, '副卷不对外公开，不得向当事人及其诉讼代理人提供查阅', centre, 622, 11, 'center', RED);
  }

  const rows: [string, string[]][] = [
    ['案号', [plan.caseNumber]],
    ['案由', [plan.cause]],
    ['当事人', plan.parties.map((p) => `${p.label}：${p.names.join('、')}`)],
    ['承办法官', [plan.judgeName ?? '']],
    ['立案日期', [zhDay(plan.filedOn)]],
    ['结案日期', [zhDay(plan.closedAt)]],
    ['卷别', [VOLUME_LABELS[plan.volume]]],
    ['本卷页数', [`本卷共 ${plan.numberedPages} 页`]],
  ];
  const valueW = RIGHT - LEFT - LABEL_W - 2 * PAD;
  let top = 596;
  page.drawLine({ start: { x: LEFT, y: top }, end: { x: RIGHT, y: top }, thickness: 1.2, color: RULE });
  const tableTop = top;
  for (const [label, values] of rows) {
    const lines = values.flatMap((v) => wrapText(font, v, SIZE, valueW)).slice(0, 8);
    const height = Math.max(1, lines.length) * LINE + 2 * PAD - (LINE - SIZE);
    drawSpread(page, font, label, LEFT + PAD, top - PAD - SIZE + 1, 4 * SIZE);
    lines.forEach((line, i) => drawText(page, font, line, LEFT + LABEL_W + PAD, top - PAD - SIZE + 1 - i * LINE, SIZE));
    top -= height;
    page.drawLine({ start: { x: LEFT, y: top }, end: { x: RIGHT, y: top }, thickness: 0.6, color: RULE });
  }
  for (const x of [LEFT, LEFT + LABEL_W, RIGHT]) {
    page.drawLine({ start: { x, y: tableTop }, end: { x, y: top }, thickness: x === LEFT + LABEL_W ? 0.6 : 1.2, color: RULE });
  }
  page.drawLine({ start: { x: LEFT, y: top }, end: { x: RIGHT, y: top }, thickness: 1.2, color: RULE });

  drawText(page, font, '归档日期：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日', LEFT, 150, SIZE);
  drawText(page, font, '保管期限：', RIGHT - 150, 150, SIZE);
  drawText(page, font, `本卷由办案台电子卷宗生成（${zhDay(plan.createdAt.toISOString())}）`, centre, 60, 9, 'center', GREY);
}
