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

// A volume's 10,000 annotations load in a few tens of milliseconds only if little is built per row. Rows come back
// as arrays (.raw()) of at most 16 values: better-sqlite3 on Node 20 sets a row's values one by one (~50 ns each),
// and a row of more than 16 grows its array twice. So the fields that travel together and cannot hold the unit
// separator (ids, times, kind, colour, layer) come packed in one string each and are cut with slices. The few
// kind/colour/layer combinations and the authors are looked up once per list: 10,000 annotations share those strings.
// The document is known per query, so its id is not read back 10,000 times.
const US = 'char(31)';
const COLUMNS = `a.id || ${US} || a.author_id || ${US} || a.created_at || ${US} || iif(a.updated_at = a.created_at, '', a.updated_at),
  a.kind || ${US} || a.color || ${US} || a.layer, a.page_index, a.rects, nullif(a.ink, '[]'), nullif(a.tags, '[]'), a.opacity,
  a.text, a.comment, a.quote, a.quote_prefix, a.quote_suffix, a.quote_offset, a.version`;
type RawRow = [who: string, style: string, number, string, string | null, string | null, number, string, string,
  string | null, string | null, string | null, number | null, number];
type Style = [AnnotationKind, string, AnnotationLayer];

/** Turns rows into annotations, sharing the strings that repeat across a list. */
function annotationReader(authorNames: Map<string, string>): (r: RawRow, documentId: string) => Annotation {
  const authors = new Map<string, [id: string, name: string]>();
  const styles = new Map<string, Style>();
  return (r, documentId) => {
    const who = r[0];
    const a = who.indexOf('\x1f'), b = who.indexOf('\x1f', a + 1), c = who.indexOf('\x1f', b + 1);
    const authorId = who.slice(a + 1, b);
    let author = authors.get(authorId);
    if (!author) authors.set(authorId, (author = [authorId, authorNames.get(authorId) ?? '']));
    let style = styles.get(r[1]);
    if (!style) styles.set(r[1], (style = r[1].split('\x1f') as Style));
    const createdAt = who.slice(b + 1, c);
    return {
      id: who.slice(0, a), documentId, pageIndex: r[2], kind: style[0],
      rects: JSON.parse(r[3]) as PdfRect[],
      ink: r[4] === null ? [] : (JSON.parse(r[4]) as InkStroke[]),
      color: style[1], opacity: r[6], text: r[7], comment: r[8],
      tags: r[5] === null ? [] : (JSON.parse(r[5]) as string[]),
      layer: style[2],
      anchor: r[9] === null ? null : { quote: r[9], prefix: r[10] ?? '', suffix: r[11] ?? '', offset: r[12] ?? 0 },
      authorId: author[0], authorName: author[1], createdAt, updatedAt: c + 1 === who.length ? createdAt : who.slice(c + 1),
      version: r[13],
    };
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
  const read = annotationReader(new Map(db.prepare('SELECT id, display_name FROM users').raw().all() as [string, string][]));
  const out: Annotation[] = [];
  for (const doc of docs) {
    if (!mayReadVolume(role, doc.volume)) continue;
    for (const row of stmt.all({ ...filter.params, documentId: doc.id }) as RawRow[]) out.push(read(row, doc.id));
  }
  return out;
}
