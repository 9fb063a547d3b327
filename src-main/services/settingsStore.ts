import type { Database } from 'better-sqlite3';
import type { Settings } from '../../src-shared/contract/calls/systemCalls';
import { cachedStatement } from '../db/statementCache';

export const SETTING_DEFAULTS: Settings = {
  idleLockMinutes: 15,
  scanFolder: null,
  importMaxBytes: 200 * 1024 * 1024,
  importMaxPages: 3000,
  importTimeoutSeconds: 120,
  caseNumbering: 'official',
};

/** A positive integer setting, or its default when missing or unreadable. */
const positiveInt = (raw: string | undefined, fallback: number): number => {
  const n = Number(raw);
  return raw !== undefined && Number.isInteger(n) && n > 0 ? n : fallback;
};

/** Reads the local settings (key/value rows) with their defaults. Writes go through the write path. */
export function readSettings(db: Database): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const map = new Map(rows.map((r) => [r.key, r.value]));
  const d = SETTING_DEFAULTS;
  return {
    idleLockMinutes: positiveInt(map.get('idleLockMinutes'), d.idleLockMinutes),
    // Stored as '' when cleared (the column is NOT NULL).
    scanFolder: map.get('scanFolder') || null,
    importMaxBytes: positiveInt(map.get('importMaxBytes'), d.importMaxBytes),
    importMaxPages: positiveInt(map.get('importMaxPages'), d.importMaxPages),
    importTimeoutSeconds: positiveInt(map.get('importTimeoutSeconds'), d.importTimeoutSeconds),
    caseNumbering: map.get('caseNumbering') === 'provisional' ? 'provisional' : 'official',
  };
}

/** How a setting's value is stored in its text column. */
export const settingText = (value: string | number | null): string => (value === null ? '' : String(value));

/** Read on every call by the dispatcher, so it reads its one row with a statement prepared once. */
export const idleLimitMs = (db: Database): number => {
  const row = cachedStatement(db, `SELECT value FROM settings WHERE key = 'idleLockMinutes'`).get() as { value: string } | undefined;
  return positiveInt(row?.value, SETTING_DEFAULTS.idleLockMinutes) * 60_000;
};
