import { describe, expect, it } from 'vitest';
import { CATALOGUES, categoriesFor, findCategory } from '../../../src-shared/catalogue/categories';
import { classifyDocument, titleKey } from '../../../src-shared/catalogue/classifyDocument';
import { CASE_STAGES } from '../../../src-shared/domain/caseStages';
import { generatePapers } from './documentGenerator';
import { PAPERS } from './paperTemplates';

const PER_CATEGORY = 60;

describe('catalogue data', () => {
  it('has unique names per case type, DOMAIN order for 民初, and known stages', () => {
    for (const [type, list] of Object.entries(CATALOGUES)) {
      const names = list.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
      expect(new Set(names).size, type).toBe(names.length);
      // 正卷 first, then 副卷.
      const firstInternal = list.findIndex((c) => c.volume === 'internal');
      expect(list.slice(firstInternal).every((c) => c.volume === 'internal'), type).toBe(true);
      for (const c of list) if (c.required) expect(CASE_STAGES, `${type} ${c.name}`).toContain(c.required.from);
      // The demo's categories are valid everywhere.
      for (const demo of ['起诉状', '证据材料']) expect(findCategory(type, demo), `${type} ${demo}`).toBeDefined();
    }
    const civil = categoriesFor('民初').map((c) => c.name);
    expect(civil.slice(0, 4)).toEqual(['封面', '卷内目录', '审判流程信息表', '起诉状']);
    expect(civil.indexOf('答辩状')).toBeLessThan(civil.indexOf('证据材料'));
    expect(civil.indexOf('证据材料')).toBeLessThan(civil.indexOf('庭审笔录'));
    for (const name of ['封面', '卷内目录', '备考表', '卷底']) expect(findCategory('民初', name)?.numbered, name).toBe(false);
    expect(findCategory('民初', '审理报告')?.volume).toBe('internal');
    expect(findCategory('刑初', '起诉状')?.name).toBe('起诉书');
  });

  it('has a generator for every 民初 category', () => {
    expect(Object.keys(PAPERS).sort()).toEqual(categoriesFor('民初').map((c) => c.name).sort());
  });
});

describe('classifyDocument on generated 民初 papers', () => {
  const papers = generatePapers(PER_CATEGORY);
  const results = papers.map((p) => ({ ...p, got: classifyDocument({ title: p.title, firstPageText: p.firstPageText, caseType: '民初' }) }));

  it('files at least 90% right overall and prints the accuracy per category', () => {
    const rows: string[] = [];
    for (const category of Object.keys(PAPERS)) {
      const mine = results.filter((r) => r.category === category);
      const right = mine.filter((r) => r.got.category === category).length;
      const wrong = mine.filter((r) => r.got.category !== category).map((r) => r.got.category);
      const top = [...new Set(wrong)].map((w) => `${w}×${wrong.filter((x) => x === w).length}`).join(' ');
      rows.push(`${category.padEnd(12, '\u3000')} ${((100 * right) / mine.length).toFixed(0).padStart(3)}%  ${top}`);
    }
    const right = results.filter((r) => r.got.category === r.category).length;
    const byVariant = (['titled', 'file-name', 'noisy'] as const).map((v) => {
      const mine = results.filter((r) => r.variant === v);
      return `${v} ${((100 * mine.filter((r) => r.got.category === r.category).length) / mine.length).toFixed(1)}%`;
    });
    console.log(`classification accuracy (${results.length} papers, ${PER_CATEGORY} per category)\n${rows.join('\n')}\n` +
      `overall ${((100 * right) / results.length).toFixed(1)}%  (${byVariant.join(', ')})`);
    expect(right / results.length).toBeGreaterThanOrEqual(0.9);
  });

  it('is more confident when it is right', () => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const right = results.filter((r) => r.got.category === r.category).map((r) => r.got.confidence);
    const wrong = results.filter((r) => r.got.category !== r.category).map((r) => r.got.confidence);
    expect(mean(right)).toBeGreaterThan(mean(wrong));
    for (const r of results) {
      expect(r.got.confidence).toBeGreaterThanOrEqual(0);
      expect(r.got.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('classifyDocument rules', () => {
  const classify = (title: string, text = '', caseType = '民初') => classifyDocument({ title, firstPageText: text, caseType });

  it('prefers a strong title over first-page phrases', () => {
    const r = classify('民事答辩状.pdf', '诉讼请求：1. 判令被告……事实与理由……此致');
    expect(r).toMatchObject({ category: '答辩状', volume: 'main' });
    expect(r.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the heading of a scan whose file name says nothing', () => {
    const r = classify('scan_0012.pdf', '演 示 县 人 民 法 院\n传 票\n案号（2025）苏0199民初12号');
    expect(r.category).toBe('开庭传票及出庭通知书');
    expect(r.confidence).toBeGreaterThanOrEqual(0.6);
    expect(r.confidence).toBeLessThan(0.9);
  });

  it('files a 送达回证 by what it proves', () => {
    expect(classify('送达回证', '演示县人民法院 送达回证 送达文书 应诉通知书、举证通知书').category).toBe('应诉通知书及送达回证');
    expect(classify('送达回证', '演示县人民法院 送达回证 送达文书 民事判决书').category).toBe('送达回证');
    expect(classify('送达回证', '演示县人民法院 送达回证 送达文书 传票').category).toBe('开庭传票及出庭通知书');
  });

  it('keeps drafts and internal papers in the 副卷', () => {
    expect(classify('民事判决书（签发稿）')).toMatchObject({ category: '裁判文书原稿及签发稿', volume: 'internal' });
    expect(classify('审理报告')).toMatchObject({ category: '审理报告', volume: 'internal' });
  });

  it('falls back to 证据材料 with a low confidence', () => {
    expect(classify('IMG_2034.jpg', '')).toEqual({ category: '证据材料', volume: 'main', confidence: 0.1 });
  });

  it('lets a remembered correction win, for the same titleKey only', () => {
    const corrections = [{ titleKey: titleKey('情况说明（张三）.pdf'), category: '调查笔录及调查取证材料', volume: 'main' as const }];
    expect(classifyDocument({ title: '情况说明（张三）.pdf', firstPageText: '', caseType: '民初' }, corrections)).toEqual({ category: '调查笔录及调查取证材料', volume: 'main', confidence: 1 });
    expect(classifyDocument({ title: '02-情况说明(张三).jpg', firstPageText: '', caseType: '民初' }, corrections).confidence).toBe(1);
    expect(classifyDocument({ title: '情况报告', firstPageText: '', caseType: '民初' }, corrections).confidence).toBeLessThan(1);
  });

  it('never remembers a file name that says nothing', () => {
    for (const name of ['scan_0012.pdf', 'IMG_20250312.jpg', '扫描件(3).pdf', '微信图片_20250101.jpg', '0001.pdf']) expect(titleKey(name), name).toBe('');
    expect(titleKey('民事 起诉状（2025-03）.pdf')).toBe('民事起诉状');
  });

  it('uses the case type catalogue (刑初 has 起诉书, not 起诉状)', () => {
    expect(classify('起诉书', '演示县人民检察院 起诉书 被告人', '刑初').category).toBe('起诉书');
    expect(classify('强制执行申请书', '申请执行人 被执行人', '执').category).toBe('执行申请书');
  });
});
