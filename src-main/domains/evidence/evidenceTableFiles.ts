import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { writeChineseDocument, type ChineseParagraph } from '../../pdf/chineseDocument';
import { EVIDENCE_TABLE_TITLE, type EvidenceTable } from './evidenceTable';

/** The table as an A4 PDF with the embedded Chinese font: per party, each item with pages, purpose and opinions. */
export function evidenceTablePdf(t: EvidenceTable, createdAt: Date): Promise<Uint8Array> {
  const paragraphs: ChineseParagraph[] = [{ text: `案由：${t.cause}`, align: 'left' }, ''];
  if (t.sections.length === 0) paragraphs.push({ text: '本案尚未登记证据。', align: 'left' });
  for (const s of t.sections) {
    paragraphs.push({ text: `【${s.heading}】`, align: 'left' });
    for (const r of s.rows) {
      paragraphs.push({ text: `${r.label}：${r.name}（${r.pages}）`, align: 'left' });
      if (r.purpose) paragraphs.push(`证明目的：${r.purpose}`);
      if (r.opinions.length === 0) paragraphs.push('质证意见：尚未质证。');
      for (const o of r.opinions) paragraphs.push(`质证意见：${o}`);
    }
    paragraphs.push('');
  }
  return writeChineseDocument({ title: EVIDENCE_TABLE_TITLE, subtitle: `${t.court}\u3000${t.caseNumber}`, paragraphs, createdAt });
}

const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia });
/** A4 with 2.54 cm margins: 9026 twips of text width over 序号, 证据名称, 页码, 证明目的, 质证意见. */
const COLUMNS = [900, 1700, 1500, 2100, 2826];
const para = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
const cell = (paragraphs: Paragraph[], width: number, header = false) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, shading: header ? { fill: 'E7E6E6' } : undefined, children: paragraphs.length ? paragraphs : [para('')] });

/** The same table as a .docx the court edits in Word or WPS (fonts named, not embedded: 仿宋 body, 黑体 headings). */
export async function evidenceTableDocx(t: EvidenceTable): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(EVIDENCE_TABLE_TITLE)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(`${t.court}\u3000${t.caseNumber}`)] }),
    para(`案由：${t.cause}`),
  ];
  if (t.sections.length === 0) children.push(para('本案尚未登记证据。'));
  for (const s of t.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240 }, children: [new TextRun(s.heading)] }));
    const header = new TableRow({ tableHeader: true, children: ['序号', '证据名称', '页码', '证明目的', '质证意见'].map((h, i) => cell([para(h, true)], COLUMNS[i]!, true)) });
    const rows = s.rows.map((r) => new TableRow({
      cantSplit: true,
      children: [
        cell([para(r.label)], COLUMNS[0]!),
        cell([para(r.name)], COLUMNS[1]!),
        cell([para(r.pages)], COLUMNS[2]!),
        cell([para(r.purpose)], COLUMNS[3]!),
        cell(r.opinions.length ? r.opinions.map((o) => para(o)) : [para('尚未质证')], COLUMNS[4]!),
      ],
    }));
    children.push(new Table({ width: { size: 9026, type: WidthType.DXA }, columnWidths: COLUMNS, rows: [header, ...rows] }));
  }
  const document = new Document({
    title: `${EVIDENCE_TABLE_TITLE} ${t.caseNumber}`,
    styles: {
      default: {
        document: { run: { font: font('仿宋'), size: 24, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } },
        title: { run: { font: font('宋体'), size: 44, bold: true, color: '000000' }, paragraph: { spacing: { after: 240 } } },
        heading1: { run: { font: font('黑体'), size: 30, color: '000000' }, paragraph: { spacing: { after: 120 } } },
      },
    },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
