import { CallFailure, ERROR_MESSAGES, type CallError } from '../../src-shared/contract/errors';

/** Maps anything a handler throws to a boundary error with a Chinese message; internals stay in the log. */
export function toCallError(err: unknown): CallError {
  if (err instanceof CallFailure) {
    const e: CallError = { code: err.code, message: err.message };
    if (err.details !== undefined) e.details = err.details;
    return e;
  }
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return { code: 'DISK_FULL', message: ERROR_MESSAGES.DISK_FULL.zh };
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return { code: 'BUSY', message: ERROR_MESSAGES.BUSY.zh };
  return { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL.zh };
}
