import type { Database } from 'better-sqlite3';
import type { Annotation, AnnotationKind, AnnotationLayer, InkStroke, PdfRect } from '../../../src-shared/annotations/annotation';
import type { AnnotationInput } from '../../../src-shared/contract/calls/annotationCalls';
import { mayReadVolume } from '../../../src-shared/domain/dossierVisibility';
import type { Actor } from '../../write/runWrite';
import type { Fields } from '../../write/writeTx';
import { visibleAnnotationFilter } from './visibleAnnotationFilter';

/** The columns a client's annotation sets (author, times and version are the app's). */
export function annotationFields(a: AnnotationInput): Fields {
  return {
    document_id: a.documentId,
    page_index: a.pageIndex,
    kind: a.kind,
    rects: JSON.stringify(a.rects),
    ink: JSON.stringify(a.ink),
    color: a.color.toUpperCase(),
    opacity: a.opacity,
    text: a.text,
    comment: a.comment,
    tags: JSON.stringify(a.tags),
    layer: a.layer,
    quote: a.anchor?.quote ?? null,
    quote_prefix: a.anchor?.prefix ?? null,
    quote_suffix: a.anchor?.suffix ?? null,
    quote_offset: a.anchor?.offset ?? null,
  };
}

// Columns in the order rawToAnnotation reads them. Rows come back as arrays (.raw()): 10,000 annotations of a
// volume load in a few tens of milliseconds only without building an object per row twice.
// The document is known per query, so its id is not read back 10,000 times.
const COLUMNS = `a.id, a.page_index, a.kind, a.rects, a.ink, a.color, a.opacity, a.text, a.comment, a.tags, a.layer,
  a.quote, a.quote_prefix, a.quote_suffix, a.quote_offset, a.author_id, a.created_at, a.updated_at, a.version`;
type RawRow = [string, number, AnnotationKind, string, string, string, number, string, string, string, AnnotationLayer,
  string | null, string | null, string | null, number | null, string, string, string, number];

function rawToAnnotation(r: RawRow, documentId: string, authorName: string): Annotation {
  return {
    id: r[0], documentId, pageIndex: r[1], kind: r[2],
    rects: JSON.parse(r[3]) as PdfRect[],
    ink: r[4] === '[]' ? [] : (JSON.parse(r[4]) as InkStroke[]),
    color: r[5], opacity: r[6], text: r[7], comment: r[8],
    tags: r[9] === '[]' ? [] : (JSON.parse(r[9]) as string[]),
    layer: r[10],
    anchor: r[11] === null ? null : { quote: r[11], prefix: r[12] ?? '', suffix: r[13] ?? '', offset: r[14] ?? 0 },
    authorId: r[15], authorName, createdAt: r[16], updatedAt: r[17], version: r[18],
  };
}

/**
 * The annotations the actor may see on one document or on every document of a case, in reading order
 * (catalogue order of the documents, then page, then creation). Documents are walked in catalogue order and
 * each one's annotations come in order straight from the table, which is keyed in reading order (migration 15):
 * no sort, and no lookup from an index into the table per row.
 */
export function listVisibleAnnotations(db: Database, actor: Actor | null, scope: { documentId: string } | { caseId: string }): Annotation[] {
  const role = actor?.role ?? '';
  const docs = 'documentId' in scope
    ? (db.prepare('SELECT id, volume FROM documents WHERE id = ?').all(scope.documentId) as { id: string; volume: string }[])
    : (db.prepare(`SELECT id, volume FROM documents WHERE case_id = ?
        ORDER BY CASE volume WHEN 'main' THEN 0 ELSE 1 END, position, created_at, id`).all(scope.caseId) as { id: string; volume: string }[]);
  const filter = visibleAnnotationFilter(actor);
  const stmt = db.prepare(`SELECT ${COLUMNS} FROM annotations a WHERE a.document_id = @documentId AND ${filter.sql}
    ORDER BY a.page_index, a.created_at, a.id`).raw();
  const names = new Map((db.prepare('SELECT id, display_name FROM users').raw().all() as [string, string][]));
  const out: Annotation[] = [];
  for (const doc of docs) {
    if (!mayReadVolume(role, doc.volume)) continue;
    for (const row of stmt.all({ ...filter.params, documentId: doc.id }) as RawRow[]) out.push(rawToAnnotation(row, doc.id, names.get(row[15]) ?? ''));
  }
  return out;
}
