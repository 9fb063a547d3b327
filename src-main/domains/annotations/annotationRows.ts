import type { Database } from 'better-sqlite3';
import type { Annotation, AnnotationKind, AnnotationLayer, InkStroke, PdfRect } from '../../../src-shared/annotations/annotation';
import type { AnnotationInput } from '../../../src-shared/contract/calls/annotationCalls';
import { visibleVolumes } from '../../../src-shared/domain/dossierVisibility';
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

/** Unit separator: never inside an id, a time, a number or JSON text (JSON.stringify escapes control characters). */
const US = '\x1f';

// Each value better-sqlite3 hands to JavaScript costs about as much as a whole row's SQL, whatever its type,
// so the fixed-format columns (ids, times, numbers, enums and the JSON of rects, ink and tags) come joined
// in one string that is split here; only the free texts (and the opacity, a float) come as columns. The
// document id is not read: rows are read one document at a time. 10,000 annotations of a volume load in
// about half the time of twenty separate columns.
const PACKED = [
  'a.id', 'a.kind', 'a.color', 'a.layer', 'a.author_id', 'a.created_at', 'a.updated_at',
  'a.page_index', 'a.version', "ifnull(a.quote_offset, '')", 'a.rects', 'a.ink', 'a.tags',
].join(` || '${US}' || `);
const COLUMNS = `${PACKED}, a.opacity, a.text, a.comment, a.quote, a.quote_prefix, a.quote_suffix`;
type RawRow = [packed: string, opacity: number, text: string, comment: string, quote: string | null, prefix: string | null, suffix: string | null];

function rawToAnnotation(documentId: string, r: RawRow, names: ReadonlyMap<string, string>): Annotation {
  const [id, kind, color, layer, authorId, createdAt, updatedAt, pageIndex, version, offset, rects, ink, tags] = r[0].split(US) as [
    string, AnnotationKind, string, AnnotationLayer, string, string, string, string, string, string, string, string, string,
  ];
  return {
    id, documentId, pageIndex: Number(pageIndex), kind,
    rects: JSON.parse(rects) as PdfRect[],
    ink: ink === '[]' ? [] : (JSON.parse(ink) as InkStroke[]),
    color, opacity: r[1], text: r[2], comment: r[3],
    tags: tags === '[]' ? [] : (JSON.parse(tags) as string[]),
    layer,
    anchor: r[4] === null ? null : { quote: r[4], prefix: r[5] ?? '', suffix: r[6] ?? '', offset: offset === '' ? 0 : Number(offset) },
    authorId, authorName: names.get(authorId) ?? '', createdAt, updatedAt, version: Number(version),
  };
}

/**
 * The annotations the actor may see on one document or on every document of a case, in reading order
 * (catalogue order of the documents, then page, then creation). Documents are walked in catalogue order and
 * each one's annotations come from the (document_id, page_index) index, so no large sort is needed.
 */
export function listVisibleAnnotations(db: Database, actor: Actor | null, scope: { documentId: string } | { caseId: string }): Annotation[] {
  const volumes = visibleVolumes(actor?.role ?? '') as readonly string[];
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
    if (!volumes.includes(doc.volume)) continue;
    for (const row of stmt.all({ ...filter.params, documentId: doc.id }) as RawRow[]) out.push(rawToAnnotation(doc.id, row, names));
  }
  return out;
}
