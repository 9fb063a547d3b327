import type { PartyRole } from '../../../src-shared/domain/caseStages';
import { makeCreditCode, makeIdNumber } from '../../../src-shared/domain/idNumber';

/** A small seeded PRNG (mulberry32): the demo data are the same on every run, only the dates follow the clock. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

export interface DemoParty {
  role: PartyRole;
  name: string;
  kind: 'person' | 'organization';
  idNumber: string | null;
  address: string;
  phone: string;
  /** Persons: 男/女 and birth date; organisations: the legal representative and their title. */
  sex?: '男' | '女';
  birth?: { y: number; m: number; d: number };
  representative?: string;
  repTitle?: string;
  /** 法定代表人 for a company, 负责人 for a branch or a public body. */
  repLabel?: '法定代表人' | '负责人';
}

const SURNAMES = Array.from('王李张刘陈杨黄吴周徐朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方邹孟熊秦邱江薛段雷侯史陶顾毛龚邵钱严武戴孔汤');
const MALE = Array.from('伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆建国峰志新海东亮文博');
const FEMALE = Array.from('芳娜敏静丽艳娟霞秀玲桂英燕萍红琴云莲洁梅琳雪婷慧颖倩晶欣月兰凤丹');
/** Real county-level codes (mostly Nanjing, a few from elsewhere) for the first six digits of ID numbers. */
const REGIONS = ['320102', '320104', '320105', '320106', '320111', '320113', '320114', '320115', '320116', '320117', '320118', '321302', '320382', '340104', '341881'];
const TOWNS = ['城关镇', '东湖镇', '青山镇', '柳河镇', '新桥街道', '南湖街道', '白马镇', '石桥镇'];
const ROADS = ['人民路', '建设路', '解放路', '中山路', '文化路', '和平路', '长江路', '滨河路', '府前路', '振兴路'];
const PHONE_PREFIX = ['138', '139', '137', '135', '136', '150', '151', '152', '157', '158', '159', '182', '187', '188', '130', '131', '132', '155', '156', '185', '186', '133', '153', '180', '189', '177', '199'];
/** Names the demo staff use; parties never get them. */
const STAFF = new Set(['王立明', '李静', '陈晓', '张敏', '刘洋', '赵国强', '孙伟']);

export class PeopleFactory {
  private readonly used = new Set<string>(STAFF);
  private idSerial = 0;
  private readonly organizations = new Map<string, DemoParty>();

  constructor(private readonly rng: Rng, private readonly thisYear: number) {}

  personName(sex: '男' | '女'): string {
    const pool = sex === '男' ? MALE : FEMALE;
    for (;;) {
      const given = this.rng.next() < 0.7 ? this.rng.pick(pool) + this.rng.pick(pool) : this.rng.pick(pool);
      const name = this.rng.pick(SURNAMES) + given;
      if (!this.used.has(name) && given[0] !== given[1]) {
        this.used.add(name);
        return name;
      }
    }
  }

  address(): string {
    const r = this.rng;
    return r.next() < 0.5
      ? `江苏省演示县${r.pick(TOWNS)}${r.pick(ROADS)}${r.int(1, 299)}号${r.int(1, 18)}幢${r.int(1, 3)}单元${r.int(1, 18)}0${r.int(1, 4)}室`
      : `江苏省演示县${r.pick(TOWNS)}${r.pick(['幸福', '光明', '红星', '新华', '永安', '太平'])}村${r.pick(['一', '二', '三', '五', '七'])}组${r.int(1, 80)}号`;
  }

  mobile(): string {
    return this.rng.pick(PHONE_PREFIX) + String(this.rng.int(0, 99_999_999)).padStart(8, '0');
  }

  person(role: PartyRole, opts: { sex?: '男' | '女'; minAge?: number; maxAge?: number } = {}): DemoParty {
    const r = this.rng;
    const sex = opts.sex ?? (r.next() < 0.55 ? '男' : '女');
    const birth = { y: this.thisYear - r.int(opts.minAge ?? 24, opts.maxAge ?? 62), m: r.int(1, 12), d: r.int(1, 28) };
    const idNumber = makeIdNumber({
      region: r.pick(REGIONS),
      birth,
      sequence: (this.idSerial += r.int(7, 97)),
      sex: sex === '男' ? 'male' : 'female',
    });
    return { role, name: this.personName(sex), kind: 'person', idNumber, address: this.address(), phone: this.mobile(), sex, birth };
  }

  /** An organisation; `withCode: false` leaves the unified social credit code unknown (null). */
  organization(
    role: PartyRole,
    name: string,
    opts: { withCode?: boolean; repTitle?: string; repLabel?: '法定代表人' | '负责人'; address?: string } = {},
  ): DemoParty {
    // The same organisation in several cases keeps its code, address and representative.
    const known = this.organizations.get(name);
    if (known) return { ...known, role };
    const r = this.rng;
    const idNumber = opts.withCode === false ? null : makeCreditCode('320100', r.int(30_000_000, 79_999_999));
    const org: DemoParty = {
      role,
      name,
      kind: 'organization',
      idNumber,
      address: opts.address ?? `江苏省演示县${r.pick(['经济开发区', '高新技术产业园', ...TOWNS])}${r.pick(ROADS)}${r.int(1, 188)}号`,
      phone: `025-5${String(r.int(0, 9_999_999)).padStart(7, '0')}`,
      representative: this.personName(r.next() < 0.7 ? '男' : '女'),
      repTitle: opts.repTitle ?? r.pick(['执行董事', '总经理', '董事长']),
      repLabel: opts.repLabel ?? '法定代表人',
    };
    this.organizations.set(name, org);
    return org;
  }
}

/** 2025年3月15日 */
export const zhDate = (d: Date): string => {
  const c = chinaParts(d);
  return `${c.y}年${c.m}月${c.d}日`;
};

/** 2025年3月15日9时30分 */
export const zhDateTime = (d: Date): string => {
  const c = chinaParts(d);
  return `${c.y}年${c.m}月${c.d}日${c.h}时${String(c.min).padStart(2, '0')}分`;
};

/** Calendar parts in China Standard Time (UTC+8, no daylight saving). */
export function chinaParts(d: Date): { y: number; m: number; d: number; h: number; min: number } {
  const t = new Date(d.getTime() + 8 * 3_600_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), h: t.getUTCHours(), min: t.getUTCMinutes() };
}

/** 128,500元 / 12,345.67元 */
export const yuan = (n: number): string =>
  `${n.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 })}元`;

/** "张三，男，1985年6月9日出生，汉族，住…，公民身份号码…" — the party line of a pleading. */
export function describeParty(p: DemoParty, label: string): string[] {
  if (p.kind === 'person') {
    const b = p.birth!;
    return [
      `${label}：${p.name}，${p.sex}，${b.y}年${b.m}月${b.d}日出生，汉族，住${p.address}，公民身份号码：${p.idNumber}，联系电话：${p.phone}。`,
    ];
  }
  const lines = [
    `${label}：${p.name}，住所地：${p.address}${p.idNumber ? `，统一社会信用代码：${p.idNumber}` : ''}。`,
  ];
  if (p.representative) lines.push(`${p.repLabel ?? '法定代表人'}：${p.representative}，${p.repTitle}，联系电话：${p.phone}。`);
  return lines;
}
