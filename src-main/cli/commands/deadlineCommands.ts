import type { Command } from 'commander';
import { courtCalendar } from '../../../src-shared/domain/deadlines/courtCalendar';
import {
  computeDeadline, DEADLINE_KIND_LABELS, DEADLINE_KINDS, isDeadlineKind, type DeadlineOptions, type DeadlineResult,
} from '../../../src-shared/domain/deadlines/deadlineKinds';
import { isIsoDate } from '../../../src-shared/domain/deadlines/isoDates';
import { CliCallError } from '../cliSession';
import { printJson, withSession } from '../cliCommon';

interface DeadlineCliOptions {
  kind: string;
  from: string;
  days?: string;
  extendMonths?: string;
  deduct: string[];
  data?: string;
  user?: string;
  json?: boolean;
}

/** Bad input ends with exit code 2, like a VALIDATION error of a call (see cliMain). */
const invalid = (message: string): CliCallError => new CliCallError({ code: 'VALIDATION', message });

function wholeNumber(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw invalid(`${what}应为正整数：${value}`);
  return Number(value);
}

function parseOptions(opts: DeadlineCliOptions): DeadlineOptions & { kind: (typeof DEADLINE_KINDS)[number] } {
  if (!isDeadlineKind(opts.kind)) throw invalid(`未知的期限类型：${opts.kind}（可选：${DEADLINE_KINDS.join('、')}）`);
  if (!isIsoDate(opts.from)) throw invalid(`起算日期应为有效的 YYYY-MM-DD：${opts.from}`);
  const deductions = opts.deduct.map((d) => {
    const [from, to] = d.split('..');
    if (!from || !to || !isIsoDate(from) || !isIsoDate(to)) throw invalid(`扣除期间应写作 开始日..结束日：${d}`);
    return { from, to };
  });
  const months = wholeNumber(opts.extendMonths, '延长月数');
  return {
    kind: opts.kind,
    days: wholeNumber(opts.days, '天数'),
    extensions: months ? [{ months }] : undefined,
    deductions: deductions.length > 0 ? deductions : undefined,
  };
}

/**
 * `deadline`: the due date of a period. Without --data it is pure computation on the built-in calendar (no
 * data folder is opened); with --data it goes through the deadlines.compute call, which adds the holiday
 * tables that court imported.
 */
export function registerDeadlineCommands(program: Command): void {
  program
    .command('deadline')
    .description('计算期限届满日（第一日不计入；届满日为节假日的顺延至其后第一个工作日）')
    .requiredOption('--kind <kind>', `期限类型：${DEADLINE_KINDS.map((k) => `${k}（${DEADLINE_KIND_LABELS[k].zh}）`).join('、')}`)
    .requiredOption('--from <YYYY-MM-DD>', '起算日期（送达日、立案日、收到起诉状日；hearing-notice 为开庭日）')
    .option('--days <n>', '天数（举证期限 evidence 必填）')
    .option('--extend-months <n>', '审限经批准延长的月数')
    .option('--deduct <开始日..结束日>', '不计入审限的期间，可重复', (v: string, all: string[]) => [...all, v], [])
    .option('--data <dir>', '数据目录：同时使用本院导入的节假日数据')
    .option('--user <name>', '以该用户身份操作（仅与 --data 一起使用）')
    .option('--json', '以 JSON 输出')
    .action(async (opts: DeadlineCliOptions) => {
      const { kind, ...options } = parseOptions(opts);
      let result: DeadlineResult;
      if (opts.data !== undefined) {
        result = await withSession(opts, (s) => s.call('deadlines.compute', { kind, from: opts.from, ...options }));
      } else {
        try {
          result = computeDeadline(kind, opts.from, { ...options, calendar: courtCalendar() });
        } catch (err) {
          if (err instanceof RangeError) throw invalid(err.message);
          throw err;
        }
      }
      if (opts.json) {
        const { due, ...rest } = result;
        printJson({ due, ...rest });
        return;
      }
      console.log(`${DEADLINE_KIND_LABELS[result.kind].zh}届满日：${result.due}`);
      console.log(result.rule);
    });
}
