import { EncryptedPDFError, PDFDocument, PDFPage, type PDFFont } from 'pdf-lib';
import { A4 } from '../../../pdf/exportFont';
import { drawPlaceholder } from './notesAndPlaceholders';
import type { PlannedDocument } from './volumePlan';

export interface MergedDocument {
  /** Exactly `doc.pageCount` pages (at least one), not yet added to the volume. */
  pages: PDFPage[];
  /** Why (some of) the original could not be merged; undefined when it was merged whole. */
  problem?: string;
}

function reasonOf(err: unknown): string {
  if (err instanceof EncryptedPDFError) return '原件已加密';
  const text = err instanceof Error ? err.message : String(err);
  return /encrypt/i.test(text) ? '原件已加密' : '原件结构无法解析';
}

function placeholders(volume: PDFDocument, font: PDFFont, doc: PlannedDocument, from: number, reason: string): PDFPage[] {
  const pages: PDFPage[] = [];
  for (let i = from; i < Math.max(1, doc.pageCount); i++) {
    const page = PDFPage.create(volume);
    page.setSize(A4[0], A4[1]);
    drawPlaceholder(page, font, doc.title, reason, i, doc.pageCount);
    pages.push(page);
  }
  return pages;
}

/**
 * Copies a document's pages into the volume. Never throws: an original pdf-lib cannot load or copy
 * (encrypted, broken page tree, no PDF at all) gets placeholder pages saying so — as many as the
 * catalogue counts for it, so every later page keeps the number the catalogue and search show.
 * When the original has fewer pages than counted, the missing ones become placeholders too; when it has
 * more, only the counted ones are merged (and the difference is reported).
 */
export async function mergeDocument(volume: PDFDocument, font: PDFFont, doc: PlannedDocument): Promise<MergedDocument> {
  let bytes: Uint8Array | null;
  try {
    bytes = doc.readPdf();
  } catch {
    bytes = null;
  }
  if (!bytes) {
    const reason = doc.missingReason ?? '原件文件缺失';
    return { pages: placeholders(volume, font, doc, 0, reason), problem: reason };
  }
  try {
    const source = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
    const have = source.getPageCount();
    const take = Math.min(have, doc.pageCount);
    const copied = await volume.copyPages(source, Array.from({ length: take }, (_, i) => i));
    if (have === doc.pageCount) return { pages: copied };
    if (have > doc.pageCount) return { pages: copied, problem: `原件有 ${have} 页，目录登记 ${doc.pageCount} 页，仅合并前 ${doc.pageCount} 页` };
    const reason = `原件仅能读出 ${have} 页`;
    return { pages: [...copied, ...placeholders(volume, font, doc, take, reason)], problem: reason };
  } catch (err) {
    const reason = reasonOf(err);
    return { pages: placeholders(volume, font, doc, 0, reason), problem: reason };
  }
}

/**
 * Whether a document survives a merge and save on its own: used only after a volume failed to save,
 * to find the document whose objects pdf-lib copied but cannot write.
 */
export async function mergesAlone(doc: PlannedDocument): Promise<boolean> {
  try {
    const scratch = await PDFDocument.create();
    const bytes = doc.readPdf();
    if (!bytes) return true;
    const source = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
    const pages = await scratch.copyPages(source, Array.from({ length: Math.min(source.getPageCount(), doc.pageCount) }, (_, i) => i));
    pages.forEach((p) => scratch.addPage(p));
    await scratch.save({ useObjectStreams: false });
    return true;
  } catch {
    return false;
  }
}
