import { createInterface } from 'node:readline';
import { openApp, type AppContext } from '../app/appContext';
import { resolveDataDir } from '../app/dataDir';
import { createDispatcher } from '../services/dispatcher';
import type { DoorIdentity } from '../services/callContext';
import type { CallInput, CallName, CallOutput } from '../../src-shared/contract/contract';
import type { CallError } from '../../src-shared/contract/errors';

export interface CommonOptions {
  data?: string;
  user?: string;
}

/** Thrown for a call that came back with an error; the CLI prints its Chinese message. */
export class CliCallError extends Error {
  constructor(readonly error: CallError) {
    super(error.message);
  }
}

/**
 * The CLI door: the same dispatcher as the other doors. Without --user it acts as the local administrator
 * (audit entries say so); with --user it logs in like anyone else.
 */
export class CliSession {
  private sessionId: string | undefined;

  private constructor(
    readonly app: AppContext,
    private readonly dispatch: ReturnType<typeof createDispatcher>,
    private readonly door: DoorIdentity,
  ) {}

  static async open(opts: CommonOptions): Promise<CliSession> {
    const app = openApp(resolveDataDir(opts.data));
    const door: DoorIdentity = opts.user
      ? { via: 'cli' }
      : { via: 'cli', localActor: { userId: null, userName: '本机管理员（命令行）', role: 'admin', via: 'cli' } };
    const session = new CliSession(app, createDispatcher(app), door);
    if (opts.user) {
      const password = process.env.COURT_DESK_PASSWORD ?? (await promptHidden(`${opts.user} 的密码：`));
      const login = await session.call('auth.login', { userName: opts.user, password });
      session.sessionId = login.sessionId;
    }
    return session;
  }

  async call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
    return (await this.callRaw(name, input)) as CallOutput<N>;
  }

  /** Any call by name, for `cli call <name>`: a new call needs no change here. */
  async callRaw(name: string, input: unknown): Promise<unknown> {
    const result = await this.dispatch({ name, input, sessionId: this.sessionId }, this.door);
    if (!result.ok) throw new CliCallError(result.error);
    return result.value;
  }

  async close(): Promise<void> {
    if (this.sessionId) await this.dispatch({ name: 'auth.logout', input: {}, sessionId: this.sessionId }, this.door);
    this.app.close();
  }
}

function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    return Promise.reject(new CliCallError({ code: 'UNAUTHENTICATED', message: '未提供密码：请设置 COURT_DESK_PASSWORD 或在终端中运行' }));
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  let asked = false;
  out._writeToOutput = (s: string) => {
    if (!asked) {
      out.output.write(s);
      asked = true;
    }
  };
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}
