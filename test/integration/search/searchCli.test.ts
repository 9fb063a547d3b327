import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { runWrite } from '../../../src-main/write/runWrite';
import { createTestApp, type TestApp } from '../../helpers/testApp';

// `search` as court IT runs it: a real process over a data folder holding a small court with one document.
const cli = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src-main/cli/cliMain.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

let t: TestApp;
beforeAll(() => {
  t = createTestApp();
  const caseId = t.court.caseIds[1]!;
  const actor = { userId: null, userName: 'test-fixture', role: 'admin', via: 'test' };
  runWrite(t.app.db, { actor, call: 'test.addDocument', caseId, now: new Date() }, (tx) => {
    const sha = 'c'.repeat(64);
    tx.insert('blob', sha, { size_bytes: 1, media_type: 'application/pdf', created_at: 'x' });
    const id = uuidv7();
    tx.insert('document', id, { case_id: caseId, title: '民事起诉状', category: '起诉状', volume: 'main', blob_sha256: sha, page_count: 2, size_bytes: 1, position: 0, created_at: 'x' });
    tx.insert('page', uuidv7(), { document_id: id, page_index: 0, text: '原告王五诉被告赵六买卖合同纠纷。', text_source: 'pdf', width: 1, height: 1 });
    tx.insert('page', uuidv7(), { document_id: id, page_index: 1, text: '请求判令被告支付货款120,000元及利息。', text_source: 'pdf', width: 1, height: 1 });
  });
}, 60_000);
afterAll(() => t.close());

describe('search on the command line', () => {
  it('prints case number, document, volume page and the snippet with the hit in 【】', () => {
    const r = cli(['search', '--data', t.dir, '货款']);
    expect(r.status, r.stderr).toBe(0);
    const [line, summary] = r.stdout.trim().split('\n');
    expect(line!.split('\t')).toEqual(['（2026）苏0198民初2号', '民事起诉状', '卷第2页', '请求判令被告支付【货款】120,000元及利息。']);
    expect(summary).toBe('共 1 页，显示第 1–1 条');
  });

  it('gives JSON, within one case given by its 案号', () => {
    const r = cli(['search', '--data', t.dir, '--case', '(2026)苏0198民初2号', '120000', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { total: number; hits: { pageIndex: number; snippet: { text: string; hit: boolean }[] }[] };
    expect(out.total).toBe(1);
    expect(out.hits[0]!.pageIndex).toBe(1);
    expect(out.hits[0]!.snippet.find((s) => s.hit)!.text).toBe('120,000');
    const other = cli(['search', '--data', t.dir, '--case', '（2026）苏0198民初1号', '货款', '--json']);
    expect(JSON.parse(other.stdout)).toEqual({ total: 0, hits: [] });
  });

  it('refuses a query of punctuation alone with a Chinese message and exit code 2', () => {
    const r = cli(['search', '--data', t.dir, '，。']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/错误 \[VALIDATION\]：检索词中没有可检索的文字/);
  });
});
