import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { importRuntime } from '../../domains/dossier/import/importRuntime';
import { CliCallError, type CommonOptions } from '../cliSession';
import { dataCommand, resolveCaseId, withSession } from '../cliCommon';

const line = (value: unknown): void => {
  process.stdout.write(JSON.stringify(value) + '\n');
};

/** `import` (files into a case, one JSON line per file) and `document export` (a document's original bytes). */
export function registerImportCommands(program: Command): void {
  dataCommand(program, 'import', '导入材料（PDF、JPEG、PNG）到案件：每个文件输出一行 JSON；有文件未导入时退出码为 1')
    .requiredOption('--case <案号或编号>', '案件的案号（如 （2026）苏0199民初1号）或编号')
    .option('--category <类别>', '全部归入该类别（缺省为自动分类）')
    .option('--password <密码>', '加密 PDF 的打开密码')
    .argument('<files...>', '文件')
    .action(async (files: string[], opts: CommonOptions & { case: string; category?: string; password?: string }) => {
      let failed = 0;
      await withSession(opts, async (session) => {
        const caseId = await resolveCaseId(session, opts.case);
        const batchId = `cli-${Date.now().toString(36)}`;
        for (const file of files) {
          let bytes: Uint8Array<ArrayBuffer>;
          try {
            bytes = new Uint8Array(readFileSync(file));
          } catch (err) {
            failed++;
            line({ file, ok: false, code: 'VALIDATION', message: `无法读取文件：${(err as NodeJS.ErrnoException).code ?? String(err)}` });
            continue;
          }
          try {
            const input = { caseId, batchId, files: [{ name: basename(file), bytes }], category: opts.category, password: opts.password };
            const outcome = (await session.call('documents.import', input)).outcomes[0]!;
            if (outcome.ok) line({ file, ok: true, documentId: outcome.documentId, pageCount: outcome.pageCount, category: outcome.category, duplicateOf: outcome.duplicateOf });
            else {
              failed++;
              line({ file, ok: false, code: outcome.code, message: outcome.message });
            }
          } catch (err) {
            if (!(err instanceof CliCallError) || err.error.code === 'NOT_FOUND') throw err; // the case itself: stop
            failed++;
            line({ file, ok: false, code: err.error.code, message: err.error.message });
          }
        }
        // Scanned pages are read in the background; wait, so they are searchable once the command returns.
        const ocr = importRuntime(session.app).ocr;
        if (ocr.busy) console.error('正在识别扫描页文字（OCR），请稍候…');
        await ocr.whenIdle();
      });
      if (failed > 0) process.exitCode = 1;
    });

  const document = program.command('document').description('单份材料 / one document');
  dataCommand(document, 'export', '导出材料原件（与导入时的字节完全相同）')
    .requiredOption('--id <编号>', '材料编号')
    .requiredOption('--out <文件>', '写入的文件')
    .option('--rendition', '图片材料导出其 PDF 版本')
    .action(async (opts: CommonOptions & { id: string; out: string; rendition?: boolean }) => {
      const bytes = await withSession(opts, (s) => s.call('documents.content', { id: opts.id, rendition: opts.rendition ?? false }));
      writeFileSync(opts.out, bytes);
      console.log(`已导出：${opts.out}（${bytes.byteLength} 字节）`);
    });
}
