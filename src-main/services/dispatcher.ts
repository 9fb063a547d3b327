import { CALLS_BY_NAME, type CallEnvelope } from '../../src-shared/contract/contract';
import { PRESENTATION_SESSION_CALLS } from '../../src-shared/contract/calls/presentationCalls';
import type { CallDef } from '../../src-shared/contract/defineCall';
import { CallFailure, fail, ok, type Result } from '../../src-shared/contract/errors';
import { validate } from '../../src-shared/contract/validation';
import { roleMay } from '../../src-shared/domain/permissions';
import type { AppContext } from '../app/appContext';
import type { LiveSession } from '../domains/auth/sessionStore';
import { runWrite, type Actor } from '../write/runWrite';
import type { CallContext, DoorIdentity } from './callContext';
import { HANDLERS } from './handlers';
import { idleLimitMs } from './settingsStore';
import { toCallError } from './toCallError';

type AnyHandler = (input: unknown, ctx: CallContext) => unknown;
export type Dispatch = (envelope: unknown, door: DoorIdentity) => Promise<Result<unknown>>;

/** Calls that still work on an idle-locked session. */
const ALLOWED_WHILE_LOCKED = new Set(['auth.unlock', 'auth.logout', 'system.status']);

/**
 * The one dispatcher behind every door: validate the input, check the session and the role, run the
 * handler, check its output against the contract, and turn every failure into `{ code, message }`.
 */
export function createDispatcher(
  app: AppContext,
  calls: ReadonlyMap<string, CallDef> = CALLS_BY_NAME,
  handlers: Record<string, AnyHandler> = HANDLERS as unknown as Record<string, AnyHandler>,
): Dispatch {
  return async (raw, door) => {
    const envelope = raw as Partial<CallEnvelope> | null;
    if (!envelope || typeof envelope !== 'object' || typeof envelope.name !== 'string') {
      return fail('VALIDATION', '调用格式错误：应为 { name, input }');
    }
    const def = calls.get(envelope.name);
    const handler = handlers[envelope.name];
    if (!def || !handler) return fail('UNKNOWN_CALL', `不存在的调用：${envelope.name.slice(0, 80)}`);

    const parsed = validate(def.input, envelope.input === undefined ? {} : envelope.input);
    if (!parsed.ok) return fail('VALIDATION', parsed.summary, parsed.issues);

    const token = typeof envelope.sessionId === 'string' && envelope.sessionId ? envelope.sessionId : null;
    const session = token ? app.sessions.get(token) ?? null : null;
    if (token && !session && def.access.kind !== 'public') return fail('UNAUTHENTICATED', '登录已失效，请重新登录');
    // A parties' screen session (presentation.join) may make only the presentation calls, whatever the call's access.
    if (session?.presentation && !PRESENTATION_SESSION_CALLS.has(def.name)) return fail('FORBIDDEN', '当事人展示屏不能进行此操作');
    const now = app.now().getTime();
    if (session && !session.presentation && app.sessions.checkIdle(session, now, idleLimitMs(app.db)) && !ALLOWED_WHILE_LOCKED.has(def.name)) {
      return fail('SESSION_LOCKED');
    }
    const actor: Actor | null = session
      ? { userId: session.userId, userName: session.userName, role: session.role, via: session.presentation ? 'presentation' : door.via }
      : door.localActor ?? null;

    const denied = checkAccess(app, def, actor, session);
    if (denied) return denied;
    if (session && !session.locked) session.lastActivity = now;

    const ctx: CallContext = {
      app,
      actor,
      session,
      sessionToken: token,
      via: door.via,
      write: (caseId, work, as) => {
        const writer = as ?? actor ?? { userId: null, userName: '系统初始化', role: 'system', via: door.via };
        return runWrite(app.db, { actor: writer, call: def.name, caseId, now: app.now() }, work);
      },
    };
    const started = performance.now();
    try {
      const value = await handler(parsed.value, ctx);
      const out = def.output.safeParse(value);
      if (!out.success) {
        app.logger.error({ call: def.name, issues: out.error.issues.slice(0, 5) }, 'handler output breaks the contract');
        return fail('INTERNAL');
      }
      app.logger.info({ call: def.name, via: door.via, ms: Math.round(performance.now() - started) }, 'call');
      return ok(out.data);
    } catch (err) {
      const error = toCallError(err);
      const level = err instanceof CallFailure ? 'info' : 'error';
      app.logger[level]({ call: def.name, via: door.via, code: error.code, err: level === 'error' ? err : undefined }, 'call failed');
      return { ok: false, error };
    }
  };
}

function checkAccess(app: AppContext, def: CallDef, actor: Actor | null, session: LiveSession | null) {
  const access = def.access;
  if (access.kind === 'public') return null;
  if (access.kind === 'bootstrap' && !hasUsers(app)) return null;
  if (!actor) return fail('UNAUTHENTICATED');
  if (access.kind === 'session') return null;
  const role = session?.role ?? actor.role;
  if (!roleMay(role as never, access.permission)) return fail('FORBIDDEN');
  return null;
}

const hasUsers = (app: AppContext): boolean => app.db.prepare('SELECT 1 FROM users LIMIT 1').get() !== undefined;
