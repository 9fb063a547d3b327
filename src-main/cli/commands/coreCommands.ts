import type { Command } from 'commander';
import { CALLS } from '../../../src-shared/contract/contract';
import { STAGE_LABELS } from '../../../src-shared/domain/caseStages';
import { CliCallError, type CommonOptions } from '../cliSession';
import { dataCommand, printJson, withSession } from '../cliCommon';

/** demo seed, cases list, audit verify, and `call` for any call of the contract. */
export function registerCoreCommands(program: Command): void {
  const demo = program.command('demo').description('演示数据 / demo data');
  dataCommand(demo, 'seed', '载入演示数据（演示法院、各角色用户、约30件案件）').action(async (opts: CommonOptions) => {
    const result = await withSession(opts, (s) => s.call('demo.seed', {}));
    console.log(`已载入演示数据：${result.cases} 件案件，${result.documents} 份材料，用户 ${result.users.map((u) => u.userName).join(', ')}`);
  });

  const cases = program.command('cases').description('案件 / cases');
  dataCommand(cases, 'list', '案件列表')
    .option('--json', '以 JSON 输出')
    .option('--query <text>', '按案号、案由、当事人检索')
    .option('--limit <n>', '最多条数', (v) => Number(v), 500)
    .action(async (opts: CommonOptions & { json?: boolean; query?: string; limit: number }) => {
      const result = await withSession(opts, (s) => s.call('cases.list', { query: opts.query, limit: opts.limit }));
      if (opts.json) {
        printJson(result.items);
        return;
      }
      for (const c of result.items) {
        const parties = `${c.plaintiffs.join('、')} 诉 ${c.defendants.join('、')}`;
        console.log([c.caseNumber, c.cause, STAGE_LABELS[c.stage].zh, c.judge?.name ?? '—', c.filedOn, parties].join('\t'));
      }
      console.log(`共 ${result.total} 件`);
    });

  const audit = program.command('audit').description('审计日志 / audit trail');
  dataCommand(audit, 'verify', '校验审计日志哈希链；有问题时以非零状态退出')
    .option('--json', '以 JSON 输出')
    .action(async (opts: CommonOptions & { json?: boolean }) => {
      const result = await withSession(opts, (s) => s.call('audit.verify', {}));
      if (opts.json) printJson(result);
      else if (result.intact) console.log(`审计日志完整：共 ${result.entries} 条，哈希链校验通过。`);
      else {
        console.error(`审计日志被篡改！共 ${result.entries} 条，发现 ${result.problems.length} 处问题：`);
        for (const p of result.problems) console.error(`  - ${p.message}`);
      }
      if (!result.intact) process.exitCode = 3;
    });

  dataCommand(program, 'call', `调用任意接口（${CALLS.length} 个），输入为 JSON / make any call of the contract`)
    .argument('<name>', '调用名，例如 cases.get')
    .argument('[input]', 'JSON 输入', '{}')
    .action(async (name: string, input: string, opts: CommonOptions) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(input);
      } catch {
        throw new CliCallError({ code: 'VALIDATION', message: '输入不是有效的 JSON' });
      }
      printJson(await withSession(opts, (s) => s.callRaw(name, parsed)));
    });
}
