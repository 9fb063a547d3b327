import type { Database } from 'better-sqlite3';
import { CallFailure } from '../../src-shared/contract/errors';
import { cachedStatement } from '../db/statementCache';
import { ENTITIES, SECRET_FIELDS, type EntityName } from './entities';

/** Each table's column names per connection: read once, not at every write (a pragma costs a prepare and a query). */
const tableColumns = new WeakMap<Database, Map<string, Set<string>>>();

export type FieldValue = string | number | null;
export type Fields = Record<string, FieldValue>;

export interface Change {
  entity: EntityName;
  id: string;
  op: 'insert' | 'update' | 'remove';
  fields: Fields;
  /** The version the change was made from (0 for an insert); the hub compares it to detect conflicts. */
  base_version: number | null;
}

/**
 * The only way handlers change data. It writes the row and records the change, so the write path
 * can audit it and put it in the outbox within the same transaction.
 */
export class WriteTx {
  readonly changes: Change[] = [];

  constructor(private readonly db: Database) {}

  insert(entity: EntityName, id: string, fields: Fields): void {
    const def = ENTITIES[entity];
    const row: Fields = { ...fields, [def.key]: id };
    this.checkColumns(entity, row);
    const cols = Object.keys(row);
    cachedStatement(this.db, `INSERT INTO ${def.table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run(row);
    this.record({ entity, id, op: 'insert', fields, base_version: def.versioned ? 0 : null });
  }

  /** Updates fields; with `baseVersion`, refuses (CONFLICT) when the row changed since the caller read it. */
  update(entity: EntityName, id: string, fields: Fields, baseVersion?: number): number | null {
    const def = ENTITIES[entity];
    this.checkColumns(entity, fields);
    const current = this.currentVersion(entity, id);
    if (baseVersion !== undefined && current !== baseVersion) throw new CallFailure('CONFLICT');
    const sets = Object.keys(fields).map((c) => `${c} = @${c}`);
    if (def.versioned) sets.push('version = version + 1');
    cachedStatement(this.db, `UPDATE ${def.table} SET ${sets.join(', ')} WHERE ${def.key} = @__id`).run({ ...fields, __id: id });
    this.record({ entity, id, op: 'update', fields, base_version: current });
    return current === null ? null : current + 1;
  }

  remove(entity: EntityName, id: string, baseVersion?: number): void {
    const def = ENTITIES[entity];
    const current = this.currentVersion(entity, id);
    if (baseVersion !== undefined && current !== baseVersion) throw new CallFailure('CONFLICT');
    cachedStatement(this.db, `DELETE FROM ${def.table} WHERE ${def.key} = ?`).run(id);
    this.record({ entity, id, op: 'remove', fields: {}, base_version: current });
  }

  /** Current version of a row; NOT_FOUND when it does not exist. Null for unversioned entities. */
  private currentVersion(entity: EntityName, id: string): number | null {
    const def = ENTITIES[entity];
    const row = cachedStatement(this.db, `SELECT ${def.versioned ? 'version' : '1 AS version'} FROM ${def.table} WHERE ${def.key} = ?`)
      .get(id) as { version: number } | undefined;
    if (!row) throw new CallFailure('NOT_FOUND');
    return def.versioned ? row.version : null;
  }

  private record(change: Change): void {
    const fields: Fields = {};
    for (const [k, v] of Object.entries(change.fields)) fields[k] = SECRET_FIELDS.has(k) ? '[secret]' : v;
    this.changes.push({ ...change, fields });
  }

  /** Column names come from the schema, never from input, so field keys cannot inject SQL. */
  private checkColumns(entity: EntityName, fields: Fields): void {
    const table = ENTITIES[entity].table;
    let known = this.columns(table, false);
    for (const key of Object.keys(fields)) {
      // An unknown key re-reads the table once: a migration may have added the column since it was cached.
      if (!known.has(key)) known = this.columns(table, true);
      if (!known.has(key) || key === 'version') throw new Error(`write path: ${table} has no writable column ${key}`);
    }
  }

  private columns(table: string, fresh: boolean): Set<string> {
    let byTable = tableColumns.get(this.db);
    if (!byTable) tableColumns.set(this.db, (byTable = new Map()));
    let known = byTable.get(table);
    if (!known || fresh) {
      const info = this.db.pragma(`table_info(${table})`) as { name: string }[];
      known = new Set(info.map((c) => c.name));
      byTable.set(table, known);
    }
    return known;
  }
}
