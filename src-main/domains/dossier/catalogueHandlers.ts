import { categoriesFor, findCategory, VOLUME_LABELS } from '../../../src-shared/catalogue/categories';
import { titleKey } from '../../../src-shared/catalogue/classifyDocument';
import { CallFailure } from '../../../src-shared/contract/errors';
import { assertVolumeVisible, mayReadVolume } from '../../../src-shared/domain/dossierVisibility';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { Handler } from '../../services/callContext';
import type { WriteTx } from '../../write/writeTx';
import type { Database } from '../../db/openDatabase';
import { fitsAt, placeInVolume, POSITION_GAP } from './catalogueOrder';
import { checkDossier } from './completenessCheck';
import { caseFacts, documentRow, documentRows, listDocuments } from './documentRows';
import { exportVolumePdf } from './volumeExport/exportVolumePdf';

/** The catalogue as the role may see it: a volume it may not see is left out whole. */
export const list: Handler<'documents.list'> = ({ caseId }, ctx) => ({
  items: listDocuments(ctx.app.db, caseId).filter((d) => mayReadVolume(ctx.actor?.role ?? '', d.volume)),
});

/** Keeps one correction per titleKey: the newest choice for a title is the one remembered. */
function rememberCorrection(tx: WriteTx, db: Database, key: string, category: string, volume: string, at: string): void {
  const existing = db.prepare('SELECT id FROM category_corrections WHERE title_key = ? ORDER BY created_at DESC LIMIT 1').get(key) as { id: string } | undefined;
  if (existing) tx.update('category_correction', existing.id, { category, volume, created_at: at });
  else tx.insert('category_correction', uuidv7(), { title_key: key, category, volume, created_at: at });
}

/**
 * A person files a document under a category (and may rename it). The choice is remembered for the
 * document's titleKey, so the next document with that title is classified the same way. A category of
 * the other volume moves the document there; either way it is placed in catalogue order unless it
 * already sits well where it is.
 */
export const setCategory: Handler<'documents.setCategory'> = ({ id, category, title, baseVersion }, ctx) => {
  const db = ctx.app.db;
  const row = documentRow(db, id);
  const facts = caseFacts(db, row.case_id);
  const def = findCategory(facts.caseType, category);
  if (!def) {
    throw new CallFailure('VALIDATION', `「${category}」不是${facts.caseType}案件卷宗目录中的类别，请从目录中选择`, [{ path: ['category'], message: '未知类别' }]);
  }
  if (row.version !== baseVersion) throw new CallFailure('CONFLICT');
  ctx.write(row.case_id, (tx) => {
    const fields: Record<string, string | number | null> = { category: def.name, category_source: 'user', category_confidence: null };
    if (title !== undefined && title !== row.title) fields.title = title;
    if (def.volume !== row.volume || !fitsAt(db, row.case_id, row.volume, def.name, row.id)) {
      fields.volume = def.volume;
      fields.position = placeInVolume(tx, db, row.case_id, def.volume, def.name, row.id);
    }
    tx.update('document', id, fields, baseVersion);
    const key = titleKey(row.title);
    if (key !== '' && def.name !== row.category) rememberCorrection(tx, db, key, def.name, def.volume, ctx.app.now().toISOString());
  });
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'document', id, caseId: row.case_id } });
  return listDocuments(db, row.case_id).find((d) => d.id === id)!;
};

/**
 * A new order for one volume (dragging in the catalogue tree): `orderedIds` must be exactly that
 * volume's documents. Positions are rewritten as multiples of the gap; unchanged ones are left alone.
 * Returns the whole case's catalogue, as documents.list does.
 */
export const reorder: Handler<'documents.reorder'> = ({ caseId, volume, orderedIds }, ctx) => {
  const db = ctx.app.db;
  caseFacts(db, caseId);
  const rows = documentRows(db, caseId).filter((r) => r.volume === volume);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const unique = new Set(orderedIds);
  const strangers = orderedIds.filter((x) => !byId.has(x));
  if (unique.size !== orderedIds.length || strangers.length > 0 || unique.size !== rows.length) {
    const why = unique.size !== orderedIds.length ? '有重复的材料' : strangers.length > 0 ? `有 ${strangers.length} 份材料不在本案${VOLUME_LABELS[volume]}中` : `本案${VOLUME_LABELS[volume]}共有 ${rows.length} 份材料，排序只给了 ${unique.size} 份`;
    throw new CallFailure('VALIDATION', `排序必须恰好包含本案${VOLUME_LABELS[volume]}的全部材料：${why}`, [{ path: ['orderedIds'], message: why }]);
  }
  ctx.write(caseId, (tx) => {
    orderedIds.forEach((docId, i) => {
      const position = (i + 1) * POSITION_GAP;
      if (byId.get(docId)!.position !== position) tx.update('document', docId, { position });
    });
  });
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'document', caseId } });
  return { items: listDocuments(db, caseId) };
};

export const categories: Handler<'dossier.categories'> = ({ caseId }, ctx) => {
  const facts = caseFacts(ctx.app.db, caseId);
  return { categories: categoriesFor(facts.caseType).map((c) => ({ name: c.name, volume: c.volume, numbered: c.numbered })) };
};

export const check: Handler<'dossier.check'> = ({ caseId }, ctx) => checkDossier(ctx.app.db, caseId);

/** The same volume rule as reading: a volume the role may not see does not exist for it. */
export const exportVolume: Handler<'dossier.exportVolume'> = ({ caseId, volume }, ctx) => {
  assertVolumeVisible(ctx.actor?.role ?? '', volume);
  return exportVolumePdf(ctx.app, caseId, volume);
};
