import type { Annotation } from '../../../src-shared/annotations/annotation';
import { CallFailure } from '../../../src-shared/contract/errors';
import { assertVolumeVisible } from '../../../src-shared/domain/dossierVisibility';
import type { Handler } from '../../services/callContext';
import { buildVolumePdf, type PlacedDocument } from '../dossier/volumeExport/buildVolumePdf';
import { planVolume } from '../dossier/volumeExport/exportVolumePdf';
import { listVisibleAnnotations } from './annotationRows';
import { handOver } from './export/exportJobs';
import { exportCallFailure, exportThread } from './export/exportWorkerClient';

/**
 * Moves document annotations onto the volume's pages: page p of a document is volume page firstPageIndex + p.
 * Annotations of other volumes' documents, of documents shown by placeholders (their pages are not the original's,
 * so the marks would sit on the wrong content) and of pages beyond the catalogue's count are left out.
 */
export function placeOnVolume(annotations: readonly Annotation[], placed: readonly PlacedDocument[]): Annotation[] {
  const at = new Map(placed.map((d) => [d.documentId, d]));
  const out: Annotation[] = [];
  for (const a of annotations) {
    const doc = at.get(a.documentId);
    if (!doc?.original || a.pageIndex < 0 || a.pageIndex >= doc.pageCount) continue;
    out.push({ ...a, pageIndex: doc.firstPageIndex + a.pageIndex });
  }
  return out;
}

/**
 * annotations.exportVolumePdf: the volume exactly as dossier.exportVolume builds it (cover, 目录, page numbers,
 * bookmarks), with the caller's visible annotations of the chosen layers added in one pass, as annotation
 * objects or flattened. The stored originals are only read.
 */
export const exportVolumeWithAnnotations: Handler<'annotations.exportVolumePdf'> = async ({ caseId, volume, flatten, layers }, ctx) => {
  const app = ctx.app;
  // The same volume rule as reading: a volume the role may not see does not exist for it.
  assertVolumeVisible(ctx.actor?.role ?? '', volume);
  const plan = planVolume(app, caseId, volume);
  const started = performance.now();
  const built = await buildVolumePdf(plan, (done, total) =>
    app.events.emit({ topic: 'progress', payload: { task: 'annotations.exportVolumePdf', caseId, volume, done, total } }),
  );
  const visible = listVisibleAnnotations(app.db, ctx.actor, { caseId }).filter((a) => layers.includes(a.layer));
  const annotations = placeOnVolume(visible, built.placed);
  let bytes: Uint8Array = built.bytes;
  if (annotations.length > 0) {
    try {
      // The volume's bytes are handed over to the export thread (exportWorkerClient.ts), not copied.
      bytes = await exportThread.run({ kind: 'annotatePdf', bytes: built.bytes, annotations, flatten }, { transfer: handOver(built.bytes) });
    } catch (err) {
      app.logger.error({ caseId, volume, err: err instanceof Error ? err.message : String(err) }, 'volume annotation export failed');
      throw exportCallFailure(err, new CallFailure('INTERNAL', '整卷批注副本生成失败，请改为导出单份材料的批注副本'));
    }
  }
  app.logger.info(
    { caseId, volume, flatten, pages: built.pageCount, annotations: annotations.length, leftOut: visible.length - annotations.length, ms: Math.round(performance.now() - started) },
    'volume exported with annotations',
  );
  // pdf-lib writes into a plain ArrayBuffer, never a shared one.
  return bytes as Uint8Array<ArrayBuffer>;
};
