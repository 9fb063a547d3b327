/**
 * Generated e-dossier papers of a civil first-instance case (民初), for the classifier test: for every
 * catalogue category, realistic titles and first-page texts with the variation a service centre sees —
 * titles with numbering and party names, scanner file names that say nothing (the title only on the
 * page), OCR spacing, dropped and confused characters, and missing lines.
 */
import { PAPERS, type Ctx } from './paperTemplates';

export class Rng {
  constructor(private state: number) {}
  next(): number {
    // mulberry32
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export interface GeneratedPaper {
  category: string;
  title: string;
  firstPageText: string;
  /** How it was varied, for the failure report. */
  variant: 'titled' | 'file-name' | 'noisy';
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '志强', '国庆', '红梅', '海燕', '晓东', '文博', '雨萱'];
const COMPANIES = ['江苏恒通建材有限公司', '南京鼎盛商贸有限公司', '苏州华信物业服务有限公司', '中国工商银行股份有限公司演示县支行', '演示县宏达运输有限公司', '无锡市新康医疗器械有限公司'];
const CAUSES = ['民间借贷纠纷', '买卖合同纠纷', '劳动争议', '机动车交通事故责任纠纷', '离婚纠纷', '房屋租赁合同纠纷', '物业服务合同纠纷', '金融借款合同纠纷', '信用卡纠纷', '追索劳动报酬纠纷'];
const COURTS = ['演示县人民法院', '南京市玄武区人民法院', '苏州市吴中区人民法院', '徐州市铜山区人民法院', '常州市武进区人民法院'];
const CODES = ['苏0199', '苏0102', '苏0506', '苏0312', '苏0412'];
const SCAN_NAMES = ['scan_%04.pdf', 'IMG_2025%04.jpg', '扫描件(%).pdf', 'DOC%04.pdf', '微信图片_2025%04.jpg', 'CamScanner %.pdf', '%.pdf', '新建文档 %.pdf'];

function person(r: Rng): string {
  return r.pick(Array.from(SURNAMES)) + r.pick(GIVEN);
}

function context(r: Rng): Ctx {
  const i = r.int(0, COURTS.length - 1);
  const year = r.int(2024, 2026);
  const plaintiff = person(r);
  const defendant = r.chance(0.3) ? r.pick(COMPANIES) : person(r);
  const day = () => `${year}年${r.int(1, 12)}月${r.int(1, 28)}日`;
  return {
    court: COURTS[i]!, caseNumber: `（${year}）${CODES[i]}民初${r.int(1, 9999)}号`, cause: r.pick(CAUSES),
    plaintiff, defendant, judge: person(r), clerk: person(r), agent: person(r), amount: r.int(2, 900) * 1000, date: day, r,
  };
}

/** OCR of a scan: spaces between characters, a dropped or confused character now and then, lines lost. */
const CONFUSIONS: [string, string][] = [['己', '已'], ['人', '入'], ['日', '曰'], ['未', '末'], ['土', '士'], ['书', '节'], ['状', '伏'], ['证', '正'], ['诉', '斥'], ['录', '汞']];
function ocrNoise(text: string, r: Rng, level: number): string {
  const lines = text.split('\n').filter((_, i) => i < 2 || !r.chance(0.08 * level));
  return lines
    .map((line) =>
      Array.from(line)
        .map((ch) => {
          if (r.chance(0.015 * level)) return '';
          const swap = CONFUSIONS.find(([a]) => a === ch);
          if (swap && r.chance(0.03 * level)) return swap[1];
          return r.chance(0.25 * level) ? ch + ' ' : ch;
        })
        .join(''),
    )
    .join('\n');
}

function decorate(title: string, c: Ctx, r: Rng): string {
  let t = title;
  if (r.chance(0.3)) t = `${String(r.int(1, 30)).padStart(2, '0')}-${t}`;
  if (r.chance(0.25)) t = `${t}（${r.chance(0.5) ? c.plaintiff : c.defendant}）`;
  if (r.chance(0.1)) t = `${t}_签字版`;
  return t + r.pick(['.pdf', '.pdf', '.jpg', '']);
}

/** `perCategory` papers of every 民初 category, deterministic for a seed. */
export function generatePapers(perCategory: number, seed = 20260310): GeneratedPaper[] {
  const r = new Rng(seed);
  const out: GeneratedPaper[] = [];
  for (const [category, paper] of Object.entries(PAPERS)) {
    for (let n = 0; n < perCategory; n++) {
      const c = context(r);
      const title = r.pick(paper.titles);
      const text = paper.text(c, title);
      const roll = r.next();
      if (roll < 0.45) out.push({ category, variant: 'titled', title: decorate(title, c, r), firstPageText: ocrNoise(text, r, 0.3) });
      else if (roll < 0.75) {
        const name = r.pick(SCAN_NAMES).replace('%04', String(r.int(1, 9999)).padStart(4, '0')).replace('%', String(r.int(1, 99)));
        out.push({ category, variant: 'file-name', title: name, firstPageText: ocrNoise(text, r, 1) });
      } else out.push({ category, variant: 'noisy', title: decorate(title, c, r), firstPageText: ocrNoise(text, r, 1.6) });
    }
  }
  return out;
}
