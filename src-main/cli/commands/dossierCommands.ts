import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { VOLUME_LABELS } from '../../../src-shared/catalogue/categories';
import type { Volume } from '../../../src-shared/contract/calls/documentCalls';
import { STAGE_LABELS, type CaseStage } from '../../../src-shared/domain/caseStages';
import { CliCallError, type CommonOptions } from '../cliSession';
import { dataCommand, printJson, resolveCaseId, withSession } from '../cliCommon';

type CaseOptions = CommonOptions & { case: string; json?: boolean };

const CASE_OPTION = ['--case <案号或id>', '案件：案号（如 （2025）苏0105民初1234号）或案件 id'] as const;

function parseVolume(value: string): Volume {
  if (value === '正卷' || value === 'main') return 'main';
  if (value === '副卷' || value === 'internal') return 'internal';
  throw new CliCallError({ code: 'VALIDATION', message: `卷别应为 正卷 或 副卷（收到：${value}）` });
}

/** `dossier check`, `export-volume`, `documents list`: the catalogue of a case's e-dossier. */
export function registerDossierCommands(program: Command): void {
  const dossier = program.command('dossier').description('电子卷宗 / e-dossier');
  dataCommand(dossier, 'check', '卷宗完整性检查（按案件所处阶段）。检查完成即以 0 退出，不论是否完整；加 --strict 则不完整时以 4 退出')
    .requiredOption(...CASE_OPTION)
    .option('--json', '以 JSON 输出')
    .option('--strict', '卷宗不完整（有错误项）时以状态 4 退出')
    .action(async (opts: CaseOptions & { strict?: boolean }) => {
      const { caseNumber, result } = await withSession(opts, async (s) => {
        const caseId = await resolveCaseId(s, opts.case);
        const got = await s.call('cases.get', { id: caseId });
        return { caseNumber: got.caseNumber, result: await s.call('dossier.check', { caseId }) };
      });
      if (opts.json) printJson(result);
      else {
        const errors = result.items.filter((i) => i.severity === 'error').length;
        const warnings = result.items.length - errors;
        const stage = STAGE_LABELS[result.stage as CaseStage]?.zh ?? result.stage;
        console.log(`${caseNumber} 卷宗检查（案件阶段：${stage}）：${result.complete ? '完整' : '不完整'}，错误 ${errors} 项，提示 ${warnings} 项`);
        if (result.items.length === 0) console.log('  ✓ 未发现问题');
        for (const item of result.items) console.log(`  ${item.severity === 'error' ? '✗' : '!'} ${item.message}`);
      }
      if (opts.strict && !result.complete) process.exitCode = 4;
    });

  dataCommand(program, 'export-volume', '导出整卷 PDF（封面、卷内目录、材料、页码、书签、备考表）')
    .requiredOption(...CASE_OPTION)
    .requiredOption('--volume <正卷|副卷>', '卷别：正卷 或 副卷', parseVolume)
    .requiredOption('--out <file>', '输出的 PDF 文件')
    .action(async (opts: CommonOptions & { case: string; volume: Volume; out: string }) => {
      const bytes = await withSession(opts, async (s) => s.call('dossier.exportVolume', { caseId: await resolveCaseId(s, opts.case), volume: opts.volume }));
      // Written beside the target first, so an interrupted export never leaves a half file under its name.
      const temp = `${opts.out}.part`;
      try {
        writeFileSync(temp, bytes);
        renameSync(temp, opts.out);
      } catch (err) {
        rmSync(temp, { force: true });
        throw err;
      }
      console.log(`已导出${VOLUME_LABELS[opts.volume]}：${opts.out}（${(bytes.byteLength / 1024).toFixed(0)} KB）`);
    });

  const documents = program.command('documents').description('卷宗材料 / dossier documents');
  dataCommand(documents, 'list', '案件卷宗材料（按卷、按目录顺序）')
    .requiredOption(...CASE_OPTION)
    .option('--json', '以 JSON 输出')
    .action(async (opts: CaseOptions) => {
      const { items } = await withSession(opts, async (s) => s.call('documents.list', { caseId: await resolveCaseId(s, opts.case) }));
      if (opts.json) {
        printJson(items.map((d) => ({
          id: d.id, title: d.title, category: d.category, volume: d.volume, pages: d.pageCount, firstPage: d.firstPage,
          categorySource: d.categorySource, confidence: d.confidence,
        })));
        return;
      }
      for (const d of items) {
        const from = d.firstPage === null ? '不编页' : `第${d.firstPage}页起`;
        console.log([VOLUME_LABELS[d.volume], d.category, d.title, `${d.pageCount}页`, from, d.id].join('\t'));
      }
      console.log(`共 ${items.length} 份材料`);
    });
}
