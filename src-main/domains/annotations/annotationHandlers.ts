import type { AnnotationChange } from '../../../src-shared/contract/calls/annotationCalls';
import { CallFailure } from '../../../src-shared/contract/errors';
import { mayReadVolume } from '../../../src-shared/domain/dossierVisibility';
import type { Database } from '../../db/openDatabase';
import { cachedStatement } from '../../db/statementCache';
import type { Handler } from '../../services/callContext';
import { readableDocument } from '../dossier/readableDocument';
import { annotationFields, listVisibleAnnotations } from './annotationRows';

export const list: Handler<'annotations.list'> = (input, ctx) => {
  const db = ctx.app.db;
  if ('documentId' in input) {
    readableDocument(db, input.documentId, ctx.actor?.role ?? '');
  } else if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(input.caseId)) {
    throw new CallFailure('NOT_FOUND', '案件不存在');
  }
  return { items: listVisibleAnnotations(db, ctx.actor, input) };
};

interface Existing { id: string; document_id: string; author_id: string; version: number; updated_at: string; deleted_at: string | null }
interface Doc { id: string; case_id: string; volume: string }

const byIds = <T extends { id: string }>(db: Database, sql: string, ids: string[]): Map<string, T> =>
  new Map((cachedStatement(db, sql).all(JSON.stringify(ids)) as T[]).map((r) => [r.id, r]));

const changeId = (c: AnnotationChange): string => (c.op === 'upsert' ? c.annotation.id : c.id);

/**
 * Saves a batch of annotation changes (the reader debounces edits and sends them together) in ONE write:
 * every change is checked first, so a batch is saved whole or not at all. Only the author changes or
 * deletes an annotation; a stale base version is a CONFLICT; a 副卷 document's annotation is never
 * 'showable'. All changes of a batch belong to one case (the audit entry names it).
 */
export const save: Handler<'annotations.save'> = ({ changes }, ctx) => {
  const db = ctx.app.db;
  const userId = ctx.actor?.userId;
  if (!userId) throw new CallFailure('FORBIDDEN', '只有登录的用户才能批注');
  const ids = changes.map(changeId);
  if (new Set(ids).size !== ids.length) {
    throw new CallFailure('VALIDATION', '同一批次中同一条批注只能出现一次（请合并为一次修改）', [{ path: ['changes'], message: '重复的批注' }]);
  }
  const existing = byIds<Existing>(db, 'SELECT id, document_id, author_id, version, updated_at, deleted_at FROM annotations WHERE id IN (SELECT value FROM json_each(?))', ids);
  const docIds = changes.map((c) => (c.op === 'upsert' ? c.annotation.documentId : existing.get(c.id)?.document_id ?? ''));
  const docs = byIds<Doc>(db, 'SELECT id, case_id, volume FROM documents WHERE id IN (SELECT value FROM json_each(?))', docIds);
  const role = ctx.actor?.role ?? '';

  let caseId: string | null = null;
  changes.forEach((c, i) => {
    const old = existing.get(ids[i]!);
    if (c.op === 'delete' && !old) throw new CallFailure('NOT_FOUND', '要删除的批注不存在');
    const doc = docs.get(docIds[i]!);
    if (!doc || !mayReadVolume(role, doc.volume)) throw new CallFailure('NOT_FOUND', '批注所在的材料不存在');
    if (old && old.author_id !== userId) throw new CallFailure('FORBIDDEN', '只能修改或删除本人的批注');
    if (caseId !== null && doc.case_id !== caseId) {
      throw new CallFailure('VALIDATION', '一次只能保存同一案件的批注', [{ path: ['changes', i], message: '不同案件' }]);
    }
    caseId = doc.case_id;
    if (c.op === 'delete') {
      if (old!.version !== c.baseVersion) throw new CallFailure('CONFLICT', '批注已在别处被修改，请刷新后重试');
      return;
    }
    const a = c.annotation;
    if (!old && a.baseVersion !== 0) throw new CallFailure('NOT_FOUND', '要修改的批注不存在');
    if (old && old.version !== a.baseVersion) throw new CallFailure('CONFLICT', '批注已在别处被修改，请刷新后重试');
    if (old && old.document_id !== a.documentId) {
      throw new CallFailure('VALIDATION', '批注不能移到另一份材料上', [{ path: ['changes', i, 'annotation', 'documentId'], message: '材料不同' }]);
    }
    if (a.layer === 'showable' && doc.volume === 'internal') {
      throw new CallFailure('VALIDATION', '副卷材料上的批注不能设为“可当庭展示”', [{ path: ['changes', i, 'annotation', 'layer'], message: '副卷不可展示' }]);
    }
  });

  const now = ctx.app.now().toISOString();
  const saved = ctx.write(caseId, (tx) =>
    changes.map((c, i) => {
      const id = ids[i]!;
      const old = existing.get(id);
      if (c.op === 'delete') {
        if (old!.deleted_at !== null) return { id, version: old!.version, updatedAt: old!.updated_at }; // already gone
        const version = tx.update('annotation', id, { deleted_at: now, updated_at: now }, c.baseVersion)!;
        return { id, version, updatedAt: now };
      }
      const fields = annotationFields(c.annotation);
      if (!old) {
        tx.insert('annotation', id, { ...fields, author_id: userId, created_at: now, updated_at: now, deleted_at: null });
        return { id, version: 1, updatedAt: now };
      }
      // An upsert of a deleted annotation brings it back (undo of a delete).
      const version = tx.update('annotation', id, { ...fields, updated_at: now, deleted_at: null }, c.annotation.baseVersion)!;
      return { id, version, updatedAt: now };
    }),
  );
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'annotation', caseId } });
  return { saved };
};
