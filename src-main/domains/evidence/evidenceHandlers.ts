import type { EvidenceChange } from '../../../src-shared/contract/calls/evidenceCalls';
import { CallFailure } from '../../../src-shared/contract/errors';
import type { Database } from '../../db/openDatabase';
import type { Handler } from '../../services/callContext';
import type { WriteTx } from '../../write/writeTx';
import { caseHearings, evidenceGroups } from './evidenceQueries';
import { evidenceTable } from './evidenceTable';
import { evidenceTableDocx, evidenceTablePdf } from './evidenceTableFiles';

export const list: Handler<'evidence.list'> = ({ caseId }, ctx) => {
  const { parties, groups } = evidenceGroups(ctx.app.db, caseId);
  return { parties, groups, hearings: caseHearings(ctx.app.db, caseId) };
};

interface ItemRow { id: string; case_id: string; party_id: string | null; number: number; version: number; deleted_at: string | null }

const bad = (message: string, path: (string | number)[]) => new CallFailure('VALIDATION', message, [{ path, message }]);

/** Checks one upsert against the case and its 正卷; returns the number to give the item. */
function checkUpsert(db: Database, caseId: string, item: Extract<EvidenceChange, { op: 'upsert' }>['item'], old: ItemRow | undefined, i: number): number {
  const path = (f: string) => ['changes', i, 'item', f];
  if (old && old.case_id !== caseId) throw new CallFailure('NOT_FOUND', '证据不属于本案');
  if (!old && item.baseVersion !== 0) throw new CallFailure('NOT_FOUND', '要修改的证据不存在');
  if (old && old.version !== item.baseVersion) throw new CallFailure('CONFLICT', '证据已在别处被修改，请刷新后重试');
  if (item.partyId !== null && !db.prepare('SELECT 1 FROM parties WHERE id = ? AND case_id = ?').get(item.partyId, caseId)) {
    throw bad('提交方不是本案当事人', path('partyId'));
  }
  if (item.documentId !== null) {
    const doc = db.prepare('SELECT case_id, volume, page_count FROM documents WHERE id = ?').get(item.documentId) as
      | { case_id: string; volume: string; page_count: number } | undefined;
    if (!doc || doc.case_id !== caseId) throw bad('所选材料不属于本案', path('documentId'));
    if (doc.volume !== 'main') throw bad('证据只能指向正卷中的材料（副卷材料不能作为证据展示）', path('documentId'));
    if (item.pageTo !== null && item.pageTo >= doc.page_count) throw bad(`页码超出材料页数（该材料共 ${doc.page_count} 页）`, path('pageTo'));
  }
  const number = item.number ?? (old && old.party_id === item.partyId ? old.number : nextNumber(db, caseId, item.partyId));
  const clash = db.prepare(`SELECT 1 FROM evidence_items WHERE case_id = ? AND party_id IS ? AND number = ? AND deleted_at IS NULL AND id != ?`)
    .get(caseId, item.partyId, number, item.id);
  if (clash) throw bad(`该方已有证据编号 ${number}`, path('number'));
  return number;
}

const nextNumber = (db: Database, caseId: string, partyId: string | null): number =>
  ((db.prepare('SELECT MAX(number) AS n FROM evidence_items WHERE case_id = ? AND party_id IS ? AND deleted_at IS NULL').get(caseId, partyId) as { n: number | null }).n ?? 0) + 1;

/**
 * Saves a batch of evidence changes in ONE write. Checks run inside the transaction, change by change, so
 * numbering and uniqueness see the batch's own earlier changes; any failure leaves nothing written.
 */
export const save: Handler<'evidence.save'> = ({ caseId, changes }, ctx) => {
  const db = ctx.app.db;
  if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) throw new CallFailure('NOT_FOUND', '案件不存在');
  const ids = changes.map((c) => (c.op === 'upsert' ? c.item.id : c.id));
  if (new Set(ids).size !== ids.length) throw bad('同一批次中同一项证据只能出现一次', ['changes']);
  const now = ctx.app.now().toISOString();
  const saved = ctx.write(caseId, (tx: WriteTx) =>
    changes.map((c, i) => {
      const id = ids[i]!;
      const old = db.prepare('SELECT id, case_id, party_id, number, version, deleted_at FROM evidence_items WHERE id = ?').get(id) as ItemRow | undefined;
      if (c.op === 'delete') {
        if (!old || old.case_id !== caseId) throw new CallFailure('NOT_FOUND', '要删除的证据不存在');
        if (old.version !== c.baseVersion) throw new CallFailure('CONFLICT', '证据已在别处被修改，请刷新后重试');
        if (old.deleted_at !== null) return { id, number: old.number, version: old.version };
        const version = tx.update('evidence_item', id, { deleted_at: now, updated_at: now }, c.baseVersion)!;
        return { id, number: old.number, version };
      }
      const item = c.item;
      const number = checkUpsert(db, caseId, item, old, i);
      const fields = {
        party_id: item.partyId, number, name: item.name, purpose: item.purpose, document_id: item.documentId,
        page_from: item.pageFrom, page_to: item.pageTo, updated_at: now, deleted_at: null,
      };
      if (!old) {
        tx.insert('evidence_item', id, { ...fields, case_id: caseId, created_at: now });
        return { id, number, version: 1 };
      }
      return { id, number, version: tx.update('evidence_item', id, fields, item.baseVersion)! };
    }),
  );
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'evidence', caseId } });
  return { saved };
};

export const exportTable: Handler<'evidence.exportTable'> = async ({ caseId, format }, ctx) => {
  const table = evidenceTable(ctx.app.db, caseId);
  return new Uint8Array(format === 'pdf' ? await evidenceTablePdf(table, ctx.app.now()) : await evidenceTableDocx(table));
};
