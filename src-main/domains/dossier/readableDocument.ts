import { CallFailure } from '../../../src-shared/contract/errors';
import { mayReadVolume } from '../../../src-shared/domain/dossierVisibility';
import type { Database } from '../../db/openDatabase';

export interface ReadableDocument {
  id: string;
  case_id: string;
  volume: string;
  page_count: number;
  blob_sha256: string;
  rendition_sha256: string | null;
}

/**
 * The document named by a call that reads it, or NOT_FOUND: a document in a volume the caller's role may not
 * see does not exist for it (the answer is the same as for an unknown id, so it reveals nothing).
 */
export function readableDocument(db: Database, id: string, role: string): ReadableDocument {
  const doc = db.prepare('SELECT id, case_id, volume, page_count, blob_sha256, rendition_sha256 FROM documents WHERE id = ?').get(id) as
    | ReadableDocument
    | undefined;
  if (!doc || !mayReadVolume(role, doc.volume)) throw new CallFailure('NOT_FOUND', '材料不存在');
  return doc;
}
