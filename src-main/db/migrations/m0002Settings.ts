import type { Migration } from '../migration';

/** Local key/value settings and device facts (device id, audit chain head). Never synced. */
export const m0002Settings: Migration = {
  version: 2,
  name: 'settings',
  sql: `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO settings (key, value) VALUES ('idleLockMinutes', '15');
`,
};
