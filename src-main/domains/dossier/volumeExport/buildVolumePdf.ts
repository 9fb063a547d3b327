import { PDFDocument, type PDFPage } from 'pdf-lib';
import { VOLUME_LABELS } from '../../../../src-shared/catalogue/categories';
import { drawContents, layoutContents } from './contentsPages';
import { drawCover } from './coverPage';
import { A4, embedCjkFont } from '../../../pdf/exportFont';
import { mergeDocument, mergesAlone } from './mergeDocument';
import { drawNotes } from './notesAndPlaceholders';
import { addOutline, type OutlineEntry } from './outline';
import { addPageLabels, type LabelRange } from './pageLabels';
import { stampPageNumber } from './stampPageNumber';
import type { MergeProblem, PlannedDocument, VolumePlan } from './volumePlan';

export interface BuiltVolume {
  bytes: Uint8Array;
  pageCount: number;
  /** Pages before the first document: the cover and the 目录. */
  frontPages: number;
  problems: MergeProblem[];
  /** Where each document's pages landed, in plan order (for putting per-page things, like annotations, on them). */
  placed: PlacedDocument[];
}

/** A document's place in the volume PDF. */
export interface PlacedDocument {
  documentId: string;
  /** 0-based index of the volume page showing the document's page 0; its page p is at firstPageIndex + p. */
  firstPageIndex: number;
  /** Pages the catalogue counts for it (the volume gives it exactly these, placeholders included). */
  pageCount: number;
  /** Whether those pages are the original's own; false when some or all are placeholders. */
  original: boolean;
}

export type Progress = (done: number, total: number) => void;

const pageRange = (d: PlannedDocument) =>
  d.firstPage === null ? '不编页' : d.pageCount > 1 ? `第 ${d.firstPage}—${d.firstPage + d.pageCount - 1} 页` : `第 ${d.firstPage} 页`;

/**
 * One PDF for a volume: cover, 卷内目录, the documents in catalogue order with their volume page numbers
 * stamped top right, the 备考表 (documents filed after it in the catalogue, a scanned 卷底, follow it),
 * one bookmark per document and page labels matching the stamps. `forcePlaceholder` names documents
 * to leave out (found by `buildVolumePdf` itself when a save fails).
 */
async function build(plan: VolumePlan, progress: Progress, forcePlaceholder: ReadonlySet<string>): Promise<BuiltVolume> {
  const pdf = await PDFDocument.create();
  const font = await embedCjkFont(pdf);
  const label = `${plan.caseNumber} ${VOLUME_LABELS[plan.volume]}`;
  pdf.setTitle(label, { showInWindowTitleBar: true });
  pdf.setSubject(`${plan.courtName} ${plan.cause}`);
  pdf.setProducer('Court Desk');
  pdf.setCreator('Court Desk');
  pdf.setLanguage('zh-CN');
  pdf.setCreationDate(plan.createdAt);
  pdf.setModificationDate(plan.createdAt);

  drawCover(pdf.addPage(A4), font, plan);
  const contents = layoutContents(font, plan.documents);
  const contentPages = contents.map(() => pdf.addPage(A4));
  const labels: LabelRange[] = [{ start: 0, prefix: '封面' }, { start: 1, prefix: '目录', numbered: contents.length > 1 }];

  const outline: OutlineEntry[] = [];
  const problems: MergeProblem[] = [];
  const remarks = new Map<string, string>();
  const unmerged: string[] = [];
  const placed: PlacedDocument[] = [];
  let notesPage: PDFPage | null = null;
  const addNotes = () => {
    labels.push({ start: pdf.getPageCount(), prefix: '备考表' });
    notesPage = pdf.addPage(A4);
  };
  for (const [i, doc] of plan.documents.entries()) {
    if (doc.afterNotes && !notesPage) addNotes();
    const merged = forcePlaceholder.has(doc.id)
      ? await mergeDocument(pdf, font, { ...doc, readPdf: () => null, missingReason: '原件内容无法写入合并文件' })
      : await mergeDocument(pdf, font, doc);
    const first = pdf.getPageCount();
    merged.pages.forEach((page, k) => {
      pdf.addPage(page);
      if (doc.firstPage !== null && k < doc.pageCount) stampPageNumber(pdf, page, font, doc.firstPage + k);
    });
    labels.push(doc.firstPage === null ? { start: first, prefix: doc.category } : { start: first, numberedFrom: doc.firstPage });
    outline.push({ title: doc.title, page: merged.pages[0]!.ref });
    // Only surplus pages of the original (left out) keep the counted ones the original's own.
    placed.push({ documentId: doc.id, firstPageIndex: first, pageCount: doc.pageCount, original: !merged.problem || merged.problem.startsWith('原件有') });
    if (merged.problem) {
      problems.push({ documentId: doc.id, reason: merged.problem });
      remarks.set(doc.id, merged.problem.startsWith('原件有') ? '原件页数不符' : '原件无法合并');
      unmerged.push(`「${doc.title}」（${pageRange(doc)}）：${merged.problem}`);
    }
    progress(i + 1, plan.documents.length);
    // Let the event loop breathe between documents (progress events, other calls).
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (!notesPage) addNotes();
  drawNotes(notesPage!, font, plan, unmerged);
  drawContents(contentPages, font, contents, plan, remarks);
  addOutline(pdf, outline);
  addPageLabels(pdf, labels);
  const bytes = await pdf.save({ useObjectStreams: true });
  return { bytes, pageCount: pdf.getPageCount(), frontPages: 1 + contentPages.length, problems, placed };
}

/**
 * Builds the volume; if pdf-lib copied a document it then cannot write (a broken object deep inside),
 * finds it by merging each document alone and builds again with a placeholder for it. Never leaves a
 * half-made file: it returns bytes or throws.
 */
export async function buildVolumePdf(plan: VolumePlan, progress: Progress = () => {}): Promise<BuiltVolume> {
  try {
    return await build(plan, progress, new Set());
  } catch (first) {
    const bad = new Set<string>();
    for (const doc of plan.documents) if (!(await mergesAlone(doc))) bad.add(doc.id);
    if (bad.size === 0) throw first;
    return build(plan, progress, bad);
  }
}
