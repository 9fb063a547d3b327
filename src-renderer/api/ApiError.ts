import type { CallError, ErrorCode } from '../../src-shared/contract/errors';

/** A call that failed: `code` from the contract, `message` already in Chinese for the user. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(error: CallError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.details = error.details;
  }
}

export const isApiError = (err: unknown): err is ApiError => err instanceof ApiError;

/** The failure of a transport itself (server gone, bad response), in the shape of a call error. */
export const unreachable = (): CallError => ({
  code: 'INTERNAL',
  message: '无法连接办案台服务，请确认程序仍在运行后重试',
});
