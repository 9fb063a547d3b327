import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Database } from '../db/openDatabase';
import { createLogger, type Logger } from '../log/createLogger';
import { SessionStore } from '../domains/auth/sessionStore';
import { EventBus } from './events';
import { BlobStore } from '../blobs/blobStore';

export const APP_VERSION = '0.1.0';

/** Everything a handler may use: the database, blobs, logger, sessions, events and the clock. */
export interface AppContext {
  dataDir: string;
  db: Database;
  blobs: BlobStore;
  logger: Logger;
  sessions: SessionStore;
  events: EventBus;
  /** The clock; tests pass their own to exercise idle locking without waiting. */
  now: () => Date;
  close: () => void;
}

export function openApp(dataDir: string, options: { now?: () => Date } = {}): AppContext {
  mkdirSync(dataDir, { recursive: true });
  const { logger, close: closeLog } = createLogger(dataDir);
  const db = openDatabase(join(dataDir, 'court-desk.sqlite'));
  logger.info({ schema: db.pragma('user_version', { simple: true }) }, 'database opened');
  return {
    dataDir,
    db,
    blobs: new BlobStore(join(dataDir, 'blobs')),
    logger,
    sessions: new SessionStore(),
    events: new EventBus(),
    now: options.now ?? (() => new Date()),
    close: () => {
      db.close();
      closeLog();
    },
  };
}
