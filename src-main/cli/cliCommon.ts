import type { Command } from 'commander';
import { CliSession, type CommonOptions } from './cliSession';

/** Every data command takes --data and --user. */
export function dataCommand(parent: Command, name: string, description: string): Command {
  return parent
    .command(name)
    .description(description)
    .option('--data <dir>', '数据目录 / data folder (default: COURT_DESK_DATA or the OS app-data folder)')
    .option('--user <name>', '以该用户身份操作（密码取自提示或 COURT_DESK_PASSWORD）；缺省为本机管理员');
}

export async function withSession<T>(opts: CommonOptions, work: (s: CliSession) => Promise<T>): Promise<T> {
  const session = await CliSession.open(opts);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

export const printJson = (value: unknown): void => {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
};

/** A case given as 案号 or id, resolved to its id through the cases.list call. */
export async function resolveCaseId(session: CliSession, caseRef: string): Promise<string> {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/.test(caseRef)) return caseRef;
  // Case numbers use full-width brackets; accept ASCII ones as typed on a keyboard.
  const caseNumber = caseRef.trim().replace(/\(/g, '（').replace(/\)/g, '）');
  const found = await session.call('cases.list', { query: caseNumber, limit: 5 });
  const exact = found.items.find((c) => c.caseNumber === caseNumber);
  if (!exact) throw new Error(`未找到案件：${caseRef}`);
  return exact.id;
}
