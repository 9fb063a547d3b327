import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { RotatingFile } from './rotatingFile';

export type { Logger };

/**
 * Structured JSON logs in <data>/logs/court-desk.log, rotated by size. Logs carry call names, codes and
 * timings; never document text, call inputs or passwords (redaction is the second line of defence).
 */
export function createLogger(dataDir: string): { logger: Logger; close: () => void } {
  const dir = join(dataDir, 'logs');
  mkdirSync(dir, { recursive: true });
  const file = new RotatingFile(join(dir, 'court-desk.log'));
  const logger = pino(
    {
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['password', '*.password', 'input', '*.input', 'token', '*.token', 'sessionId'], censor: '[redacted]' },
    },
    file,
  );
  return { logger, close: () => file.close() };
}
