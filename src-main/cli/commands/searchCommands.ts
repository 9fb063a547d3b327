import type { Command } from 'commander';
import type { CallOutput } from '../../../src-shared/contract/contract';
import { SEARCH_TOTAL_CAP } from '../../../src-shared/search/searchLimits';
import type { CommonOptions } from '../cliSession';
import { dataCommand, printJson, resolveCaseId, withSession } from '../cliCommon';

type Hit = CallOutput<'search.pages'>['hits'][number];

/** The hit's page: its number in the volume when the volume is numbered, else its page within the document. */
const pageLabel = (h: Hit): string => (h.volumePage !== null ? `卷第${h.volumePage}页` : `材料第${h.pageIndex + 1}页`);

/** The snippet as plain text with the hits marked 【…】. */
export const markedSnippet = (h: Hit): string => h.snippet.map((s) => (s.hit ? `【${s.text}】` : s.text)).join('');

/** `search`: full-text search of the e-dossiers, in one case or in every case the user may see. */
export function registerSearchCommands(program: Command): void {
  dataCommand(program, 'search', '全文检索卷宗：一个案件内或全部可见案件；支持一两个汉字、案号、身份证号、金额')
    .argument('<query>', '检索词（空格分隔的多个词须同时出现；标点不参与检索）')
    .option('--case <案号或编号>', '只在该案件内检索')
    .option('--json', '以 JSON 输出（{ total, hits }）')
    .option('--limit <n>', '最多条数（1–200）', (v) => Number(v), 20)
    .option('--offset <n>', '跳过前若干条', (v) => Number(v), 0)
    .action(async (query: string, opts: CommonOptions & { case?: string; json?: boolean; limit: number; offset: number }) => {
      const result = await withSession(opts, async (s) => {
        // 案号 typed with ASCII brackets, as on most keyboards: the stored ones are full-width.
        const caseId = opts.case ? await resolveCaseId(s, opts.case) : undefined;
        return s.call('search.pages', { query, caseId, limit: opts.limit, offset: opts.offset });
      });
      if (opts.json) {
        printJson(result);
        return;
      }
      for (const h of result.hits) console.log([h.caseNumber, h.documentTitle, pageLabel(h), markedSnippet(h)].join('\t'));
      const total = result.total >= SEARCH_TOTAL_CAP ? `${SEARCH_TOTAL_CAP} 页以上` : `${result.total} 页`;
      const shown = result.hits.length ? `，显示第 ${opts.offset + 1}–${opts.offset + result.hits.length} 条` : '';
      console.log(`共 ${total}${shown}`);
    });
}
