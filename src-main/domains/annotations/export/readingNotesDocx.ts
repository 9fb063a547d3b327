import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { caseFacts, chineseOrdinal, noteEntries, NOTES_TITLE, type NoteEntry, type ReadingNotesInput } from './readingNotesModel';

/** Chinese court documents: 仿宋 body, 黑体 headings, 宋体 title; Latin in Times New Roman. Word and WPS have all four. */
const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia });
const BODY = font('仿宋');
const HEADING = font('黑体');
const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' };
/** A4 with 2.54 cm margins: 9026 twips of text width, split over the five columns. */
const COLUMNS = [640, 1560, 960, 3266, 2600];

const run = (text: string, extra: { bold?: boolean; size?: number } = {}) => new TextRun({ text, ...extra });
const para = (text: string, extra: { bold?: boolean; size?: number } = {}) => new Paragraph({ children: [run(text, extra)] });

function cell(paragraphs: Paragraph[], width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { fill: 'E7E6E6' } : undefined,
    children: paragraphs.length ? paragraphs : [new Paragraph('')],
  });
}

function commentParagraphs(e: NoteEntry): Paragraph[] {
  const out: Paragraph[] = [];
  if (e.text) out.push(para(`内容：${e.text}`));
  if (e.comment) out.push(para(e.comment));
  if (e.tags.length) out.push(new Paragraph({ children: [run('标签：', { bold: true }), run(e.tags.join('、'))] }));
  return out;
}

function entriesTable(entries: NoteEntry[]): Table {
  const header = new TableRow({
    tableHeader: true,
    children: ['序号', '页码', '类型', '摘录原文', '批注'].map((h, i) => cell([para(h, { bold: true })], COLUMNS[i]!, true)),
  });
  const rows = entries.map(
    (e, k) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([new Paragraph({ alignment: AlignmentType.CENTER, children: [run(String(k + 1))] })], COLUMNS[0]!),
          cell(e.page.split(' / ').map((p) => para(p)), COLUMNS[1]!),
          cell([para(e.kind)], COLUMNS[2]!),
          cell(e.quote ? [para(`“${e.quote}”`)] : [], COLUMNS[3]!),
          cell(commentParagraphs(e), COLUMNS[4]!),
        ],
      }),
  );
  return new Table({ width: { size: 9026, type: WidthType.DXA }, columnWidths: COLUMNS, rows: [header, ...rows] });
}

/**
 * The 阅卷笔录 as a Word document the judge goes on editing in Word or WPS: title, case facts, then per
 * document a heading and a table of its annotations (序号, 页码, 类型, 摘录原文, 批注 with tags).
 * No font is embedded: East Asian text asks for 仿宋/黑体, which every Chinese Windows and WPS has.
 */
export async function readingNotesDocx(input: ReadingNotesInput): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [run(NOTES_TITLE)] }),
    ...caseFacts(input).map(([label, value]) => new Paragraph({ children: [run(`${label}：`, { bold: true }), run(value)] })),
  ];
  input.documents.forEach((doc, i) => {
    const entries = noteEntries(doc);
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240 }, children: [run(`${chineseOrdinal(i + 1)}、${doc.title}`)] }),
      para(`类别：${doc.category || '—'}\u3000批注 ${entries.length} 条`),
      entries.length ? entriesTable(entries) : para('本文件无批注。'),
    );
  });
  const document = new Document({
    creator: input.author,
    title: `${NOTES_TITLE} ${input.caseNumber}`,
    styles: {
      default: {
        document: { run: { font: BODY, size: 24, language: LANGUAGE } }, // 小四
        title: { run: { font: font('宋体'), size: 44, bold: true, color: '000000' }, paragraph: { spacing: { after: 240 } } }, // 二号
        heading1: { run: { font: HEADING, size: 30, color: '000000' }, paragraph: { spacing: { after: 120 } } }, // 小三
      },
    },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
