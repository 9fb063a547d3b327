import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type AppContext } from '../../src-main/app/appContext';
import { createDispatcher, type Dispatch } from '../../src-main/services/dispatcher';
import type { Result } from '../../src-shared/contract/errors';
import { seedSmallCourt, type SmallCourt } from './smallCourt';

export interface TestApp {
  dir: string;
  app: AppContext;
  dispatch: Dispatch;
  court: SmallCourt;
  /** Makes a call as the given session (or none) through the real dispatcher. */
  call(name: string, input: unknown, sessionId?: string): Promise<Result<unknown>>;
  login(userName: string): Promise<string>;
  /** A digest of every row of every table: the "nothing changed" fingerprint. */
  fingerprint(): Record<string, string>;
  close(): void;
}

/** A real app on a real SQLite file in a temp folder, with a small court (one user per role, a few cases). */
export function createTestApp(options: { now?: () => Date; seed?: boolean } = {}): TestApp {
  const dir = mkdtempSync(join(tmpdir(), 'court-desk-test-'));
  const app = openApp(dir, { now: options.now });
  const dispatch = createDispatcher(app);
  const court = options.seed === false ? (null as unknown as SmallCourt) : seedSmallCourt(app);
  const call = (name: string, input: unknown, sessionId?: string) => dispatch({ name, input, sessionId }, { via: 'test' });
  return {
    dir,
    app,
    dispatch,
    court,
    call,
    async login(userName) {
      const r = await call('auth.login', { userName, password: court.password });
      if (!r.ok) throw new Error(`login ${userName}: ${r.error.message}`);
      return (r.value as { sessionId: string }).sessionId;
    },
    fingerprint() {
      const tables = app.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'`).all() as { name: string }[];
      const out: Record<string, string> = {};
      for (const { name } of tables) {
        // WITHOUT ROWID tables (FTS5's shadow tables) come back in primary-key order anyway.
        const withoutRowid = /WITHOUT ROWID/i.test(String((app.db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string }).sql));
        const rows = app.db.prepare(`SELECT * FROM ${name}${withoutRowid ? '' : ' ORDER BY rowid'}`).all();
        out[name] = `${rows.length}:${createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16)}`;
      }
      return out;
    },
    close() {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
