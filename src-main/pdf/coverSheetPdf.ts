import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { embedCjkFont } from './cjkFont';

export interface CoverSheet {
  courtName: string;
  caseNumber: string;
  cause: string;
  category: string;
  /** The text the QR code holds (see encodeCoverCode). */
  code: string;
  printedAt: Date;
}

const [PAGE_W, PAGE_H] = [595.28, 841.89];
const QR_SIZE = 260; // points: about 9 cm, read reliably from a 150-300 dpi scan

function centred(page: PDFPage, font: PDFFont, text: string, y: number, size: number, gray = 0): void {
  const w = font.widthOfTextAtSize(text, size);
  page.drawText(text, { x: (PAGE_W - w) / 2, y, size, font, color: rgb(gray, gray, gray) });
}

/**
 * The scan cover sheet (扫描封面页): an A4 page naming the court, case number, cause and category, with a
 * large QR code holding case and category. Scanned in front of a batch, it sends the batch to that case
 * and category; the page itself is then dropped. Chinese text uses the embedded Noto Sans SC subset.
 */
export async function writeCoverSheet(sheet: CoverSheet): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await embedCjkFont(pdf);
  pdf.setTitle(`扫描封面页 ${sheet.caseNumber} ${sheet.category}`);
  pdf.setProducer('Court Desk');
  pdf.setCreator('Court Desk');
  pdf.setLanguage('zh-CN');
  pdf.setCreationDate(sheet.printedAt);
  pdf.setModificationDate(sheet.printedAt);

  const page = pdf.addPage([PAGE_W, PAGE_H]);
  centred(page, font, sheet.courtName, 770, 18);
  centred(page, font, '扫 描 封 面 页', 718, 30);
  const rows: [string, string][] = [['案　　号', sheet.caseNumber], ['案　　由', sheet.cause], ['材料类别', sheet.category]];
  rows.forEach(([label, value], i) => {
    const y = 650 - i * 34;
    page.drawText(`${label}：`, { x: 130, y, size: 16, font });
    page.drawText(value, { x: 130 + font.widthOfTextAtSize(`${label}：`, 16), y, size: 16, font });
  });
  page.drawLine({ start: { x: 110, y: 572 }, end: { x: PAGE_W - 110, y: 572 }, thickness: 0.8, color: rgb(0.4, 0.4, 0.4) });

  const png = await QRCode.toBuffer(sheet.code, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 10 });
  const qr = await pdf.embedPng(png);
  page.drawImage(qr, { x: (PAGE_W - QR_SIZE) / 2, y: 290, width: QR_SIZE, height: QR_SIZE });

  centred(page, font, '扫描封面页 — 请置于该类材料之前扫描', 240, 16);
  centred(page, font, '扫描后系统按二维码自动归入上述案件与类别；本页不作为卷宗材料保存。', 212, 10.5, 0.3);
  centred(page, font, '一份封面页对应一批同类材料；不同类别的材料请分别打印封面页。', 194, 10.5, 0.3);
  const d = sheet.printedAt;
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
  centred(page, font, `打印时间 ${stamp}`, 60, 9, 0.45);
  return pdf.save({ useObjectStreams: true });
}
