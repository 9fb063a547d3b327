import type { Annotation } from '../../../src-shared/annotations/annotation';
import { CallFailure } from '../../../src-shared/contract/errors';
import { appendTo } from '../../../src-shared/util/appendTo';
import type { Handler } from '../../services/callContext';
import { caseFacts, documentRows } from '../dossier/documentRows';
import { readableDocument } from '../dossier/readableDocument';
import { volumePageNumbers } from '../dossier/volumeNumbering';
import { listVisibleAnnotations } from './annotationRows';
import { exportCallFailure, exportThread } from './export/exportWorkerClient';

/** A copy of the document (its PDF rendition for images) with the caller's visible annotations of the chosen layers. */
export const exportPdf: Handler<'annotations.exportPdf'> = async ({ documentId, flatten, layers }, ctx) => {
  const db = ctx.app.db;
  // The volume rule before any byte is read: a document the caller may not see is NOT_FOUND, not a copy without notes.
  const doc = readableDocument(db, documentId, ctx.actor?.role ?? '');
  const annotations = listVisibleAnnotations(db, ctx.actor, { documentId }).filter((a) => layers.includes(a.layer));
  // A copy of the stored bytes, handed over to the export thread (exportWorkerClient.ts).
  const original = new Uint8Array(ctx.app.blobs.read(doc.rendition_sha256 ?? doc.blob_sha256));
  try {
    return (await exportThread.run({ kind: 'annotatePdf', bytes: original, annotations, flatten }, { transfer: [original.buffer] })) as Uint8Array<ArrayBuffer>;
  } catch (err) {
    throw exportCallFailure(err, new CallFailure('VALIDATION', '该材料的原件无法生成批注副本（可能已加密或损坏），请单独查看原件'));
  }
};

/** 阅卷笔录: the annotations of a case grouped by document in catalogue order, with page references. */
export const readingNotes: Handler<'annotations.readingNotes'> = async ({ caseId, format, onlyMine }, ctx) => {
  const db = ctx.app.db;
  const facts = caseFacts(db, caseId);
  const all = listVisibleAnnotations(db, ctx.actor, { caseId });
  const mine = onlyMine ? all.filter((a) => a.authorId === ctx.actor?.userId) : all;
  const byDocument = new Map<string, Annotation[]>();
  for (const a of mine) appendTo(byDocument, a.documentId, a);
  const numbering = new Map([...volumePageNumbers(db, caseId, 'main'), ...volumePageNumbers(db, caseId, 'internal')]);
  const documents = documentRows(db, caseId)
    .filter((d) => byDocument.has(d.id))
    .map((d) => ({
      title: d.title,
      category: d.category,
      volumeFirstPage: numbering.get(d.id)?.firstPage ?? undefined,
      annotations: byDocument.get(d.id)!,
    }));
  const input = {
    caseNumber: facts.caseNumber,
    courtName: facts.courtName,
    cause: facts.cause,
    author: ctx.session?.displayName ?? ctx.actor?.userName ?? '',
    createdAt: ctx.app.now().toISOString(),
    documents,
  };
  try {
    return (await exportThread.run({ kind: 'readingNotes', format, input })) as Uint8Array<ArrayBuffer>;
  } catch (err) {
    throw exportCallFailure(err, new CallFailure('INTERNAL', '阅卷笔录生成失败，请重试'));
  }
};
