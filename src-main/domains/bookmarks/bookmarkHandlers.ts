import type { Bookmark } from '../../../src-shared/contract/calls/bookmarkCalls';
import { CallFailure } from '../../../src-shared/contract/errors';
import { visibleVolumes } from '../../../src-shared/domain/dossierVisibility';
import type { Database } from '../../db/openDatabase';
import type { Handler } from '../../services/callContext';
import { readableDocument } from '../dossier/readableDocument';

interface BookmarkRow {
  id: string;
  user_id: string;
  document_id: string;
  page_index: number;
  title: string;
  created_at: string;
  updated_at: string;
  version: number;
}

const toBookmark = (r: BookmarkRow): Bookmark => ({
  id: r.id, documentId: r.document_id, pageIndex: r.page_index, title: r.title, createdAt: r.created_at, updatedAt: r.updated_at, version: r.version,
});

const rowOf = (db: Database, id: string): BookmarkRow | undefined =>
  db.prepare('SELECT * FROM bookmarks WHERE id = ?').get(id) as BookmarkRow | undefined;

/** A document the user may read (its volume visible to the role), or NOT_FOUND. */
/** The user's own bookmarks in a case, in dossier order (正卷 then 副卷, catalogue order, page). */
export const list: Handler<'bookmarks.list'> = ({ caseId }, ctx) => {
  const db = ctx.app.db;
  if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) throw new CallFailure('NOT_FOUND', '案件不存在');
  const volumes = visibleVolumes(ctx.actor?.role ?? '');
  const rows = db
    .prepare(
      `SELECT b.* FROM bookmarks b JOIN documents d ON d.id = b.document_id
       WHERE d.case_id = ? AND b.user_id = ? AND d.volume IN (SELECT value FROM json_each(?))
       ORDER BY d.volume <> 'main', d.position, d.created_at, d.id, b.page_index`,
    )
    .all(caseId, ctx.actor?.userId ?? '', JSON.stringify(volumes)) as BookmarkRow[];
  return { items: rows.map(toBookmark) };
};

/**
 * Adds, renames or deletes one bookmark of the user. Someone else's bookmark does not exist for them
 * (NOT_FOUND, never FORBIDDEN, so ids reveal nothing); a stale version is a CONFLICT.
 */
export const save: Handler<'bookmarks.save'> = ({ change }, ctx) => {
  const db = ctx.app.db;
  const userId = ctx.actor?.userId;
  if (!userId) throw new CallFailure('FORBIDDEN', '只有登录的用户才能添加书签');
  const role = ctx.actor?.role ?? '';
  const now = ctx.app.now().toISOString();

  if (change.op === 'add') {
    const doc = readableDocument(db, change.documentId, role);
    if (change.pageIndex >= doc.page_count) {
      throw new CallFailure('VALIDATION', `页码超出材料页数（共 ${doc.page_count} 页）`, [{ path: ['change', 'pageIndex'], message: '页码超出范围' }]);
    }
    if (rowOf(db, change.id)) throw new CallFailure('VALIDATION', '书签编号已被使用', [{ path: ['change', 'id'], message: '编号重复' }]);
    const same = db.prepare('SELECT 1 FROM bookmarks WHERE user_id = ? AND document_id = ? AND page_index = ?').get(userId, change.documentId, change.pageIndex);
    if (same) throw new CallFailure('VALIDATION', '本页已有书签', [{ path: ['change', 'pageIndex'], message: '本页已有书签' }]);
    ctx.write(doc.case_id, (tx) =>
      tx.insert('bookmark', change.id, {
        user_id: userId, document_id: change.documentId, page_index: change.pageIndex, title: change.title, created_at: now, updated_at: now,
      }),
    );
    return { item: toBookmark(rowOf(db, change.id)!) };
  }

  const old = rowOf(db, change.id);
  if (!old || old.user_id !== userId) throw new CallFailure('NOT_FOUND', '书签不存在');
  const doc = readableDocument(db, old.document_id, role);
  if (old.version !== change.baseVersion) throw new CallFailure('CONFLICT', '书签已在别处被修改，请刷新后重试');
  if (change.op === 'delete') {
    ctx.write(doc.case_id, (tx) => tx.remove('bookmark', change.id, change.baseVersion));
    return { item: null };
  }
  ctx.write(doc.case_id, (tx) => tx.update('bookmark', change.id, { title: change.title, updated_at: now }, change.baseVersion));
  return { item: toBookmark(rowOf(db, change.id)!) };
};
