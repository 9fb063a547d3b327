import type { Database } from 'better-sqlite3';
import type { Settings } from '../../src-shared/contract/calls/systemCalls';

const DEFAULTS: Settings = { idleLockMinutes: 15 };

/** Reads the local settings (key/value rows) with their defaults. Writes go through the write path. */
export function readSettings(db: Database): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const map = new Map(rows.map((r) => [r.key, r.value]));
  const idle = Number(map.get('idleLockMinutes'));
  return { idleLockMinutes: Number.isInteger(idle) && idle > 0 ? idle : DEFAULTS.idleLockMinutes };
}

export const idleLimitMs = (db: Database): number => readSettings(db).idleLockMinutes * 60_000;
