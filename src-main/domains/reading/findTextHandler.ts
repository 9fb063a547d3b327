import { FIND_HIT_CAP } from '../../../src-shared/contract/calls/findTextCalls';
import { CallFailure } from '../../../src-shared/contract/errors';
import { assertVolumeVisible } from '../../../src-shared/domain/dossierVisibility';
import { findIn, findNeedle } from '../../../src-shared/reader/findMatches';
import type { Handler } from '../../services/callContext';

interface PageRow {
  document_id: string;
  page_index: number;
  text: string;
  text_source: 'pdf' | 'ocr' | 'none';
}

/**
 * Occurrences of a phrase in the stored page text of a volume (or one document of it), counted per page in
 * reading order, for the reader's find bar; the renderer places them in the text layer with the same rule
 * (src-shared/reader/findMatches). A volume the role may not see does not exist for it.
 */
export const findText: Handler<'documents.findText'> = ({ caseId, volume, documentId, query }, ctx) => {
  const db = ctx.app.db;
  if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) throw new CallFailure('NOT_FOUND', '案件不存在');
  assertVolumeVisible(ctx.actor?.role ?? '', volume);
  if (documentId && !db.prepare('SELECT 1 FROM documents WHERE id = ? AND case_id = ? AND volume = ?').get(documentId, caseId, volume)) {
    throw new CallFailure('NOT_FOUND', '材料不存在');
  }
  const needle = findNeedle(query);
  if (!needle) throw new CallFailure('VALIDATION', '请输入要查找的文字');
  const rows = db
    .prepare(
      `SELECT p.document_id, p.page_index, p.text, p.text_source FROM pages p JOIN documents d ON d.id = p.document_id
       WHERE d.case_id = ? AND d.volume = ? AND (? IS NULL OR d.id = ?)
       ORDER BY d.position, d.created_at, d.id, p.page_index`,
    )
    .iterate(caseId, volume, documentId ?? null, documentId ?? null) as Iterable<PageRow>;
  const pages: { documentId: string; pageIndex: number; count: number; source: PageRow['text_source'] }[] = [];
  let total = 0;
  for (const row of rows) {
    if (total >= FIND_HIT_CAP) break;
    const count = findIn(row.text, needle, FIND_HIT_CAP - total).length;
    if (count === 0) continue;
    pages.push({ documentId: row.document_id, pageIndex: row.page_index, count, source: row.text_source });
    total += count;
  }
  return { pages, total };
};
