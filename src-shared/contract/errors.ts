/** Error codes that cross the boundary, each with the Chinese message users see (English second). */
export const ERROR_MESSAGES = {
  VALIDATION: { zh: '输入不符合要求', en: 'Invalid input' },
  UNKNOWN_CALL: { zh: '不存在的调用', en: 'Unknown call' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please log in' },
  SESSION_LOCKED: { zh: '长时间未操作，已锁定，请输入密码解锁', en: 'Locked after inactivity; enter your password' },
  FORBIDDEN: { zh: '当前角色无权执行此操作', en: 'Your role may not do this' },
  BAD_CREDENTIALS: { zh: '用户名或密码错误', en: 'Wrong user name or password' },
  ACCOUNT_DISABLED: { zh: '账号已停用，请联系系统管理员', en: 'Account disabled' },
  NOT_FOUND: { zh: '未找到相应记录', en: 'Not found' },
  CONFLICT: { zh: '数据已被修改，请刷新后重试', en: 'Changed by someone else; reload and retry' },
  LOCKED: { zh: '该记录已定稿锁定，不能修改；如需更正，请添加补正', en: 'Finalised and locked; add an addendum to correct it' },
  ALREADY_INITIALIZED: { zh: '数据目录已有数据，不能重复初始化', en: 'This data folder already holds data' },
  DISK_FULL: { zh: '磁盘空间不足，操作未完成，数据未改变', en: 'Disk full; nothing was changed' },
  BUSY: { zh: '数据库正忙，请稍后重试', en: 'Database busy; retry shortly' },
  INTERNAL: { zh: '系统内部错误，操作未完成，数据未改变', en: 'Internal error; nothing was changed' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

export interface CallError {
  code: ErrorCode;
  /** Chinese message for the user; may be more specific than the default for the code. */
  message: string;
  /** Optional machine-readable detail, e.g. the failing field paths of a validation error. */
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: CallError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export function fail(code: ErrorCode, message?: string, details?: unknown): { ok: false; error: CallError } {
  const error: CallError = { code, message: message ?? ERROR_MESSAGES[code].zh };
  if (details !== undefined) error.details = details;
  return { ok: false, error };
}

/** Thrown by handlers to end a call with a known error; the dispatcher turns it into a Result. */
export class CallFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? ERROR_MESSAGES[code].zh);
    this.name = 'CallFailure';
  }
}
