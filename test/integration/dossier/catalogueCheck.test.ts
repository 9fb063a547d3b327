import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckItem } from '../../../src-shared/contract/calls/dossierCalls';
import type { CaseStage } from '../../../src-shared/domain/caseStages';
import { addDocument, openDemoDossier, setStage, type DemoDossier } from './dossierFixture';

interface Check { complete: boolean; stage: string; items: CheckItem[] }

const summary = (c: Check) => c.items.map((i) => `${i.severity}:${i.kind}:${i.category ?? ''}`);

describe('dossier.check: completeness at each stage of a 民初 case', () => {
  let t: DemoDossier;
  let caseId: string;
  const check = () => t.call<Check>('dossier.check', { caseId });
  const at = async (stage: CaseStage) => {
    setStage(t.app, caseId, stage);
    return check();
  };
  const add = (title: string, category: string, pages: string[] = [title]) => addDocument(t.app, caseId, { title, category, pages });

  beforeAll(async () => {
    t = await openDemoDossier();
    // A small-claims 民初 case just filed: the demo gave it its 起诉状 and 证据材料.
    caseId = (t.app.db.prepare(`SELECT id FROM cases WHERE case_type = '民初' AND stage = 'filing' LIMIT 1`).get() as { id: string }).id;
    t.app.db.prepare(`UPDATE parties SET kind = 'person' WHERE case_id = ?`).run(caseId); // no 法定代表人 papers needed
  }, 120_000);
  afterAll(() => t?.close());

  it('at 立案: the 受理通知书 is required', async () => {
    const c = await check();
    expect(c.stage).toBe('filing');
    expect(summary(c)).toEqual(['error:missing_item:立案通知书及诉讼费材料']);
    expect(c.items[0]!.message).toMatch(/^缺少「立案通知书及诉讼费材料」/);
    expect(c.complete).toBe(false);
    await add('受理案件通知书', '立案通知书及诉讼费材料');
    expect(await check()).toMatchObject({ complete: true, items: [] });
  });

  it('an organisation among the parties needs its 法定代表人身份证明书', async () => {
    t.app.db.prepare(`UPDATE parties SET kind = 'organization' WHERE case_id = ? AND role = 'defendant'`).run(caseId);
    expect(summary(await check())).toEqual(['error:missing_item:授权委托书及身份证明']);
    t.app.db.prepare(`UPDATE parties SET kind = 'person' WHERE case_id = ?`).run(caseId);
  });

  it('at 送达: the notices are required, and the 应诉通知书 waits for its 送达回证 (a warning, then an error)', async () => {
    expect(summary(await at('service'))).toEqual(['error:missing_item:举证通知书', 'error:missing_item:应诉通知书及送达回证']);
    await add('举证通知书', '举证通知书');
    await add('应诉通知书', '应诉通知书及送达回证', ['演示县人民法院 应诉通知书 本院受理原告……']);
    const waiting = await check();
    expect(summary(waiting)).toEqual(['warning:missing_service_proof:应诉通知书及送达回证']);
    expect(waiting.complete).toBe(true);
    expect(summary(await at('scheduling'))).toEqual(['error:missing_service_proof:应诉通知书及送达回证']);
    await add('送达回证', '应诉通知书及送达回证', ['演示县人民法院 送达回证 送达文书 应诉通知书、举证通知书、起诉状副本']);
    expect((await check()).items).toEqual([]);
  });

  it('at 开庭 and after: the 传票 and its proof, then the 庭审笔录', async () => {
    expect(summary(await at('hearing'))).toEqual(['error:missing_item:开庭传票及出庭通知书']);
    await add('传票', '开庭传票及出庭通知书', ['演示县人民法院 传票 被传唤人 应到时间']);
    expect(summary(await check())).toEqual(['error:missing_service_proof:开庭传票及出庭通知书']);
    await add('送达回证（传票）', '开庭传票及出庭通知书', ['演示县人民法院 送达回证 送达文书 传票']);
    expect((await check()).items).toEqual([]);
    expect(summary(await at('deliberation'))).toEqual(['error:missing_item:庭审笔录']);
    await add('庭审笔录', '庭审笔录', ['庭审笔录 审判员 书记员 现在开庭', '法庭调查', '法庭辩论']);
    expect((await check()).items).toEqual([]);
  });

  it('at 裁判: one outcome document (判决 or 调解/撤诉) and the signed draft; an ordinary procedure needs its report and deliberation record', async () => {
    const c = await at('judgment');
    expect(summary(c)).toEqual(['error:missing_item:调解书及撤诉书', 'error:missing_item:裁判文书原稿及签发稿']);
    expect(c.items[0]!.message).toBe('缺少裁判文书：应有「调解书及撤诉书」或「判决书及裁定书」（自裁判阶段起）');
    t.app.db.prepare(`UPDATE cases SET procedure = 'ordinary' WHERE id = ?`).run(caseId);
    expect(summary(await check())).toContain('error:missing_item:审理报告');
    expect(summary(await check())).toContain('error:missing_item:合议庭评议笔录');
    t.app.db.prepare(`UPDATE cases SET procedure = 'small_claims' WHERE id = ?`).run(caseId);
    await add('民事判决书', '判决书及裁定书', ['演示县人民法院 民事判决书 （2026）苏0199民初1号 原告', '本院认为', '判决如下']);
    await add('民事判决书（签发稿）', '裁判文书原稿及签发稿', ['裁判文书签发单 签发人']);
    expect((await check()).items).toEqual([]);
  });

  it('at 文书送达 the judgment waits for its 送达回证; at 结案 the 流程信息表 is due', async () => {
    expect(summary(await at('judgment_service'))).toEqual(['warning:missing_service_proof:判决书及裁定书']);
    const closed = await at('closed');
    expect(summary(closed)).toEqual(['error:missing_item:审判流程信息表', 'error:missing_service_proof:判决书及裁定书']);
    expect(closed.items[1]!.message).toBe('「民事判决书」应已送达，但卷中没有相应的送达回证（或送达回执）');
    await add('送达回证', '送达回证', ['演示县人民法院 送达回证 送达文书 民事判决书']);
    await add('审判流程信息表', '审判流程信息表');
    expect(await check()).toEqual({ complete: true, stage: 'closed', items: [] });
  });

  it('flags pages without text, documents out of order, unknown categories and papers in the wrong volume', async () => {
    const blank = await add('证据补充材料', '证据材料', ['借条', '', '']);
    const late = await addDocument(t.app, caseId, { title: '民事起诉状（补充）', category: '起诉状', pages: ['民事起诉状'], atEnd: true });
    const odd = await addDocument(t.app, caseId, { title: '其他材料', category: '杂项', pages: ['其他'] });
    const report = await addDocument(t.app, caseId, { title: '审理报告', category: '审理报告', pages: ['审理报告'], volume: 'main' });
    const disguised = await add('审理报告（承办人）', '证据材料', ['审理报告 承办人意见']);
    const c = await check();
    const about = (id: string) => c.items.filter((i) => i.documentId === id).map((i) => `${i.severity}:${i.kind}`);
    expect(about(blank)).toEqual(['warning:page_without_text']);
    expect(c.items.find((i) => i.documentId === blank)).toMatchObject({ pageIndex: 1, message: '「证据补充材料」第 2—3 页没有可检索的文字（空白页或识别失败），请核对或重新扫描' });
    expect(about(late)).toEqual(['warning:out_of_order']);
    expect(c.items.find((i) => i.documentId === late)!.message).toMatch(/^「民事起诉状（补充）」（起诉状）应排在「.+」（.+）之前$/);
    expect(about(odd)).toEqual(['warning:out_of_order']);
    expect(c.items.find((i) => i.documentId === odd)!.message).toMatch(/类别「杂项」不在民初案件的卷宗目录中/);
    expect(about(report)).toContain('error:wrong_volume');
    expect(c.items.find((i) => i.documentId === report)!.message).toBe('「审理报告」是副卷材料（审理报告），却归在正卷中');
    expect(about(disguised)).toEqual(['error:wrong_volume']);
    expect(c.items.find((i) => i.documentId === disguised)!.message).toMatch(/副卷材料不得向当事人公开/);
    expect(c.complete).toBe(false);
  });

  it('CLI: dossier check (readable and --json), documents list --json and export-volume', () => {
    t.app.db.pragma('wal_checkpoint(TRUNCATE)');
    const caseNumber = (t.app.db.prepare('SELECT case_number FROM cases WHERE id = ?').get(caseId) as { case_number: string }).case_number;
    const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src-main/cli/cliMain.ts', ...args, '--data', t.dir], { encoding: 'utf8', timeout: 120_000 });
    const text = cli(['dossier', 'check', '--case', caseNumber]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^${caseNumber.replace(/[()（）]/g, '.')} 卷宗检查（案件阶段：结案）：不完整，错误 \\d+ 项，提示 \\d+ 项`));
    expect(text.stdout).toMatch(/✗ 「审理报告」是副卷材料/);
    expect(cli(['dossier', 'check', '--case', caseNumber, '--strict']).status).toBe(4);
    const json = cli(['dossier', 'check', '--case', caseId, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ complete: false, stage: 'closed' });
    const listed = JSON.parse(cli(['documents', 'list', '--case', caseNumber, '--json']).stdout) as { id: string; title: string; category: string; volume: string; pages: number }[];
    expect(listed.slice(0, 2)).toMatchObject([{ title: '审判流程信息表', category: '审判流程信息表', volume: 'main', pages: 1 }, { category: '起诉状', volume: 'main' }]);
    const out = join(t.dir, 'main.pdf');
    const exported = cli(['export-volume', '--case', caseNumber, '--volume', '正卷', '--out', out]);
    expect(exported.status, exported.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(`${out}.part`)).toBe(false);
    const bad = cli(['export-volume', '--case', caseNumber, '--volume', '三卷', '--out', out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/卷别应为 正卷 或 副卷/);
    rmSync(out);
  }, 120_000);
});
