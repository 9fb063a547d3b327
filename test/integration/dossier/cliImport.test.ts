import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../../src-main/app/appContext';
import { renderChineseDocument } from '../../../src-main/pdf/chineseDocument';
import { seedSmallCourt } from '../../helpers/smallCourt';

// The CLI door as court IT runs it: `import` prints one JSON line per file, `document export` gives back
// the original bytes.
const cli = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src-main/cli/cliMain.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('command line: import and document export', () => {
  let dir: string;
  let data: string;
  let pdf: Uint8Array;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'court-desk-cli-import-'));
    data = join(dir, 'data');
    const app = openApp(data);
    seedSmallCourt(app);
    app.close();
    pdf = (await renderChineseDocument({ title: '答辩状', paragraphs: ['答辩人对原告的诉讼请求有异议。'], createdAt: new Date('2026-01-01T00:00:00Z') })).bytes;
    writeFileSync(join(dir, '答辩状.pdf'), pdf);
    writeFileSync(join(dir, 'readme.pdf'), '这不是 PDF');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports files into a case given by its 案号: one JSON line per file, exit 1 when one failed; export returns the same bytes', () => {
    const run = cli(['import', '--data', data, '--case', '（2026）苏0198民初1号', join(dir, '答辩状.pdf'), join(dir, 'readme.pdf')]);
    expect(run.status, run.stderr).toBe(1);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({ file: join(dir, '答辩状.pdf'), ok: true, pageCount: 1, documentId: expect.any(String) }),
      expect.objectContaining({ file: join(dir, 'readme.pdf'), ok: false, code: 'VALIDATION', message: expect.stringMatching(/不支持的文件类型/) }),
    ]);

    const out = join(dir, 'exported.pdf');
    const exported = cli(['document', 'export', '--data', data, '--id', String(lines[0]!.documentId), '--out', out]);
    expect(exported.status, exported.stderr).toBe(0);
    expect(Buffer.from(readFileSync(out)).equals(Buffer.from(pdf))).toBe(true);

    const again = cli(['import', '--data', data, '--case', '（2026）苏0198民初1号', join(dir, '答辩状.pdf')]);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: true, documentId: lines[0]!.documentId, duplicateOf: lines[0]!.documentId });
  }, 120_000);
});
