import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderChineseDocument } from '../../../src-main/pdf/chineseDocument';
import { visibleVolumes } from '../../../src-shared/domain/dossierVisibility';
import { ROLES } from '../../../src-shared/domain/roles';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { createTestApp, type TestApp } from '../../helpers/testApp';
import { addDocument } from '../dossier/dossierFixture';
import { colourShare, pdfjsOpen, rasterise, run, sha256 } from './exports/exportFixture';

// annotations.exportVolumePdf over real SQLite and real PDFs: each annotation lands on the volume page where its
// document's page is (found by the page's own text), only what the caller may see and chose goes in.
const DPI = 50;
const HEIGHT = 841.89;
/** #FFD400 at 50 % multiplied onto white paper. */
const HIGHLIGHT_ON_WHITE: [number, number, number] = [255, Math.round(255 - 0.5 * (255 - 212)), Math.round(255 - 0.5 * 255)];
const HIGHLIGHT_RECT: [number, number, number, number] = [72, 560, 320, 600];

/** A PDF whose page k says 「页标 <marker k>」, each page made with the Chinese document writer. */
async function markedPdf(title: string, markers: string[]): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  for (const marker of markers) {
    const one = await PDFDocument.load((await renderChineseDocument({ title, paragraphs: [`页标${marker}`], createdAt: new Date('2026-03-01T00:00:00Z') })).bytes);
    const [page] = await out.copyPages(one, [0]);
    out.addPage(page!);
  }
  return out.save();
}

type Found = { subtype: string; contentsObj: { str: string } };

describe('annotations.exportVolumePdf', () => {
  let t: TestApp;
  let caseId: string;
  let judge: string;
  let clerk: string;
  let d2: string;
  let d3: string;
  let annotated: Uint8Array;
  let flattened: Uint8Array;
  const blobHashes: string[] = [];

  const call = async (name: string, input: unknown, session: string) => {
    const r = await t.call(name, input, session);
    if (!r.ok) throw new Error(`${name}: [${r.error.code}] ${r.error.message}`);
    return r.value;
  };
  const note = (documentId: string, pageIndex: number, kind: string, comment: string, extra: Record<string, unknown> = {}) => ({
    op: 'upsert',
    annotation: { id: uuidv7(), documentId, pageIndex, kind, rects: [[100, 300, 220, 360]], color: '#1E88E5', comment, layer: 'team', baseVersion: 0, ...extra },
  });

  /** Per volume page (1-based): its text and the comments of its annotations by subtype, as pdf.js reads them. */
  async function readVolume(bytes: Uint8Array): Promise<{ text: string; annots: string[] }[]> {
    const pdf = await pdfjsOpen(bytes);
    const pages: { text: string; annots: string[] }[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      const annots = ((await page.getAnnotations()) as Found[]).map((a) => `${a.subtype}:${a.contentsObj.str}`).sort();
      pages.push({ text, annots });
    }
    await pdf.destroy();
    return pages;
  }
  const pageOf = (pages: { text: string }[], marker: string) => {
    const found = pages.flatMap((p, i) => (p.text.includes(`页标${marker}`) ? [i + 1] : []));
    expect(found, marker).toHaveLength(1);
    return found[0]!;
  };

  beforeAll(async () => {
    t = createTestApp();
    caseId = t.court.caseIds[0]!;
    judge = await t.login('judge');
    clerk = await t.login('clerk');
    const add = async (title: string, category: string, markers: string[], bytes?: Uint8Array, volume?: 'internal') =>
      addDocument(t.app, caseId, { title, category, pages: markers.map((m) => `页标${m}`), bytes: bytes ?? (await markedPdf(title, markers)), volume });
    await add('民事起诉状', '起诉状', ['D1P0', 'D1P1']);
    d2 = await add('借条及转账记录', '证据材料', ['D2P0', 'D2P1', 'D2P2']);
    d3 = await add('庭审笔录', '庭审笔录', ['D3P0', 'D3P1']);
    // Not a PDF at all: the volume shows a placeholder page for it.
    const broken = await add('损坏的代理词', '代理词', ['D4P0'], new TextEncoder().encode('%PDF-1.7 broken beyond repair'));
    const report = await add('审理报告', '审理报告', ['I1P0'], undefined, 'internal');
    for (const row of t.app.db.prepare('SELECT blob_sha256 FROM documents WHERE case_id = ?').all(caseId) as { blob_sha256: string }[]) blobHashes.push(row.blob_sha256);

    await call('annotations.save', { changes: [
      note(d2, 1, 'highlight', '高亮借款金额', { rects: [HIGHLIGHT_RECT], color: '#FFD400', opacity: 0.5 }),
      note(d2, 1, 'underline', '下划线利息约定', { layer: 'private' }),
      note(d2, 1, 'strikeout', '删除线笔误'),
      note(d2, 1, 'rect', '方框签名处', { layer: 'private' }),
      note(d2, 2, 'ellipse', '圆圈转账日期'),
      note(d2, 2, 'ink', '手绘勾画', { rects: [], ink: [[[100, 400, 0.5], [160, 440, 0.5], [220, 410, 0.5]]] }),
      note(d3, 0, 'freetext', '文字框陈述矛盾', { text: '陈述与证据矛盾' }),
      note(d3, 0, 'note', '便签询问证人'),
      note(d3, 0, 'stamp', '印章存疑', { text: '存疑', color: '#D32F2F' }),
      // Of a layer the export below does not choose.
      note(d3, 1, 'stamp', '可展示层印章', { text: '重点', layer: 'showable' }),
      // Beyond the catalogue's pages of d2: it must not spill onto d3's first page.
      note(d2, 3, 'rect', '越界的方框'),
      note(broken, 0, 'highlight', '损坏材料上的高亮'),
      note(report, 0, 'highlight', '副卷上的高亮', { layer: 'private' }),
    ] }, judge);
    await call('annotations.save', { changes: [note(d2, 1, 'rect', '书记员私人方框', { layer: 'private' })] }, clerk);

    annotated = (await call('annotations.exportVolumePdf', { caseId, volume: 'main', layers: ['private', 'team'] }, judge)) as Uint8Array;
    flattened = (await call('annotations.exportVolumePdf', { caseId, volume: 'main', layers: ['private', 'team'], flatten: true }, judge)) as Uint8Array;
    writeFileSync(join(t.dir, 'annotated.pdf'), annotated);
    writeFileSync(join(t.dir, 'flattened.pdf'), flattened);
  }, 180_000);
  afterAll(() => t?.close());

  it('puts each annotation, of every kind, on the volume page where its document page lands, and nothing elsewhere', async () => {
    const pages = await readVolume(annotated);
    const expected = new Map<number, string[]>([
      [pageOf(pages, 'D2P1'), ['Highlight:高亮借款金额', 'Square:方框签名处', 'StrikeOut:删除线笔误', 'Underline:下划线利息约定']],
      [pageOf(pages, 'D2P2'), ['Circle:圆圈转账日期', 'Ink:手绘勾画']],
      [pageOf(pages, 'D3P0'), ['FreeText:陈述与证据矛盾', 'Stamp:印章存疑', 'Text:便签询问证人']],
    ]);
    pages.forEach((p, i) => expect(p.annots, `page ${i + 1}`).toEqual(expected.get(i + 1) ?? []));
    // The volume is the whole volume: cover, 目录, every document page (the broken one as a placeholder), 备考表.
    expect(pages.length).toBe(1 + 1 + 2 + 3 + 2 + 1 + 1);
    expect(pages.some((p) => p.text.includes('页标I1P0'))).toBe(false);
    const check = run('qpdf', ['--check', join(t.dir, 'annotated.pdf')]);
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it("gives another user the team layer and their own private annotations, never the judge's private ones", async () => {
    const pages = await readVolume((await call('annotations.exportVolumePdf', { caseId, volume: 'main' }, clerk)) as Uint8Array);
    const all = pages.flatMap((p) => p.annots);
    expect(pages[pageOf(pages, 'D2P1') - 1]!.annots).toEqual(['Highlight:高亮借款金额', 'Square:书记员私人方框', 'StrikeOut:删除线笔误']);
    expect(all).toContain('Stamp:可展示层印章'); // all layers by default
    expect(all.join()).not.toMatch(/下划线利息约定|方框签名处/);
  });

  it('leaves no annotation objects in the flattened volume but paints the highlight on its page', async () => {
    const pages = await readVolume(flattened);
    expect(pages.flatMap((p) => p.annots)).toEqual([]);
    const file = join(t.dir, 'flattened.pdf');
    const k = DPI / 72;
    const [x1, y1, x2, y2] = HIGHLIGHT_RECT;
    const box = { x1: x1 * k + 1, x2: x2 * k - 1, y1: (HEIGHT - y2) * k + 1, y2: (HEIGHT - y1) * k - 1 };
    expect(colourShare(rasterise(file, pageOf(pages, 'D2P1'), DPI, join(t.dir, 'd2p1')), box, HIGHLIGHT_ON_WHITE)).toBeGreaterThan(0.8);
    // The page before it, same place, is plain paper.
    expect(colourShare(rasterise(file, pageOf(pages, 'D2P0'), DPI, join(t.dir, 'd2p0')), box, HIGHLIGHT_ON_WHITE)).toBeLessThan(0.02);
    // Free text is drawn into the page content, where poppler reads it.
    expect(run('pdftotext', ['-f', String(pageOf(pages, 'D3P0')), '-l', String(pageOf(pages, 'D3P0')), file, '-']).stdout).toContain('陈述与证据矛盾');
  });

  it('leaves the stored originals byte for byte as they were', () => {
    expect(blobHashes).toHaveLength(5);
    for (const hash of blobHashes) expect(sha256(t.app.blobs.read(hash))).toBe(hash);
  });

  it('exports the 副卷 with its own annotations only to roles that may see it, and refuses an unknown case', async () => {
    for (const role of ROLES) {
      const session = await t.login(role);
      const r = await t.call('annotations.exportVolumePdf', { caseId, volume: 'internal' }, session);
      if (visibleVolumes(role).includes('internal')) {
        expect(r.ok, role).toBe(true);
        const pages = await readVolume(r.ok ? (r.value as Uint8Array) : new Uint8Array());
        expect(pages[pageOf(pages, 'I1P0') - 1]!.annots).toEqual(role === 'judge' ? ['Highlight:副卷上的高亮'] : []);
      } else {
        expect(r, role).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      }
    }
    expect(await t.call('annotations.exportVolumePdf', { caseId, volume: 'internal' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await t.call('annotations.exportVolumePdf', { caseId: uuidv7(), volume: 'main' }, judge)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
