import type { AppContext } from '../../src-main/app/appContext';
import { runWrite } from '../../src-main/write/runWrite';
import { uuidv7 } from '../../src-shared/util/uuidv7';

/** Documents (rows only, no file) in a case, written through the write path: enough to annotate. */
export function addDocuments(app: AppContext, caseId: string, specs: { volume?: 'main' | 'internal'; pages?: number }[]): string[] {
  const actor = { userId: null, userName: 'test-fixture', role: 'admin', via: 'test' };
  const now = app.now().toISOString();
  return runWrite(app.db, { actor, call: 'test.documents', caseId, now: app.now() }, (tx) =>
    specs.map((spec, i) => {
      const sha = uuidv7().replace(/-/g, '').padEnd(64, '0');
      tx.insert('blob', sha, { size_bytes: 1, media_type: 'application/pdf', created_at: now });
      const id = uuidv7();
      tx.insert('document', id, {
        case_id: caseId, title: `材料${i + 1}`, category: '其他', blob_sha256: sha, page_count: spec.pages ?? 3, size_bytes: 1,
        created_at: now, volume: spec.volume ?? 'main', position: (i + 1) * 1000,
      });
      return id;
    }),
  );
}

/** An annotation as the client sends it in annotations.save. */
export function newAnnotation(documentId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: uuidv7(), documentId, pageIndex: 0, kind: 'highlight', rects: [[72, 700, 300, 714]], color: '#FFD400',
    tags: ['重点'], comment: '', layer: 'private', anchor: { quote: '诉讼请求', prefix: '', suffix: '：', offset: 0 }, baseVersion: 0, ...extra,
  };
}
