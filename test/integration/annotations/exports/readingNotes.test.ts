import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate'; // docx's own zip library
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readingNotesDocx } from '../../../../src-main/domains/annotations/export/readingNotesDocx';
import type { ReadingNotesInput } from '../../../../src-main/domains/annotations/export/readingNotesModel';
import { readingNotesPdf } from '../../../../src-main/domains/annotations/export/readingNotesPdf';
import { annotation, NOTES_CASE, colourShare, rasterise, run } from './exportFixture';

const quote = (q: string) => ({ quote: q, prefix: '', suffix: '', offset: 0 });
const longQuote = '被告于二〇二三年五月向原告借款人民币伍万元整，约定一年内归还，逾期按年利率百分之六支付利息，并由担保人承担连带保证责任。';

const input: ReadingNotesInput = {
  ...NOTES_CASE,
  documents: [
    {
      title: '民事起诉状',
      category: '起诉状',
      volumeFirstPage: 5,
      annotations: [
        // Out of order on purpose: the notes list them by page, then top to bottom.
        annotation({ kind: 'underline', pageIndex: 1, rects: [[72, 600, 300, 615]], anchor: quote('原告多次催要'), comment: '催要无证据' }),
        annotation({ kind: 'highlight', pageIndex: 0, rects: [[72, 700, 500, 715]], anchor: quote(longQuote), comment: '借款金额与借条一致', tags: ['借款金额', '争议焦点'] }),
        annotation({ kind: 'note', pageIndex: 0, rects: [[520, 400, 520, 400]], text: '询问被告是否认可利息', tags: ['利息'] }),
      ],
    },
    { title: '借条', category: '证据材料', annotations: [annotation({ kind: 'stamp', rects: [[400, 160, 520, 210]], text: '存疑', comment: '落款日期涂改' })] },
    { title: '送达回证', category: '送达材料', annotations: [] },
  ],
};

describe('reading notes (阅卷笔录)', () => {
  let dir: string;
  let pdfFile: string;
  let docxBytes: Uint8Array;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'reading-notes-'));
    pdfFile = join(dir, 'notes.pdf');
    writeFileSync(pdfFile, await readingNotesPdf(input));
    docxBytes = await readingNotesDocx(input);
    writeFileSync(join(dir, 'notes.docx'), docxBytes);
  }, 60_000);
  afterAll(() => {
    if (process.env.KEEP_EXPORTS) console.log(dir);
    else rmSync(dir, { recursive: true, force: true });
  });

  it('PDF: pdftotext finds the heading, facts, page references, quotes, comments and tags in Chinese', () => {
    expect(run('qpdf', ['--check', pdfFile]).status).toBe(0);
    const text = run('pdftotext', [pdfFile, '-']).stdout.replace(/\s+/g, '');
    for (const s of ['阅卷笔录', '（2025）京0105民初1234号', '北京市朝阳区人民法院', '民间借贷纠纷', '2025年3月14日', '一、民事起诉状', '二、借条', '三、送达回证',
      '第1页/卷内第5页', '第2页/卷内第6页', '［高亮］', '［便签］', '［印章］', '原告多次催要', '催要无证据', '借款金额与借条一致', '借款金额、争议焦点',
      '询问被告是否认可利息', '落款日期涂改', '本文件无批注', '第1页共1页']) {
      expect(text, s).toContain(s);
    }
    // The long quote wraps over lines but comes out whole.
    expect(text).toContain(longQuote);
    // Reading order: page 1 highlight (top), page 1 note (lower), then page 2.
    const order = ['借款金额与借条一致', '询问被告是否认可利息', '催要无证据'].map((s) => text.indexOf(s));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(run('pdffonts', [pdfFile]).stdout).toMatch(/NotoSansSC\S*\s+CID TrueType\s+Identity-H\s+yes/); // embedded
  });

  it('PDF: page 1 renders (the rasterised page has ink where the title is)', () => {
    const png = rasterise(pdfFile, 1, 50, join(dir, 'notes-p1'));
    const k = 50 / 72;
    // Title 阅卷笔录 centred near the top: not blank paper there.
    const title = { x1: 220 * k, x2: 375 * k, y1: 70 * k, y2: 100 * k };
    expect(colourShare(png, title, [255, 255, 255], 8)).toBeLessThan(0.9);
  });

  it('docx: word/document.xml holds the Chinese quotes, comments, tags and the East Asian fonts', () => {
    const zip = unzipSync(docxBytes);
    const xml = strFromU8(zip['word/document.xml']!);
    const styles = strFromU8(zip['word/styles.xml']!);
    const plain = xml.replace(/<[^>]+>/g, '');
    for (const s of ['阅卷笔录', '（2025）京0105民初1234号', '一、民事起诉状', '第 1 页', '卷内第 5 页', '高亮', `“${longQuote}”`, '借款金额与借条一致',
      '借款金额、争议焦点', '内容：询问被告是否认可利息', '存疑', '落款日期涂改', '本文件无批注。']) {
      expect(plain, s).toContain(s);
    }
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(2); // one table per document with annotations
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).toContain('w:eastAsia="黑体"');
    expect(styles).toMatch(/w:lang [^>]*w:eastAsia="zh-CN"/);
  });
});
