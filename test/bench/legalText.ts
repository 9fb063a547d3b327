import { makeIdNumber } from '../../src-shared/domain/idNumber';
import { Rng } from '../../src-main/domains/demo/demoPeople';

/**
 * Generated Chinese court-file pages for the search bench: sentences from varied templates of complaints,
 * answers, transcripts, evidence lists and judgments, filled with random names, companies, amounts, dates,
 * places and numbers, so words have realistic (Zipf-like) frequencies: 的/人/原告 everywhere, a given
 * name or ID number on a handful of pages.
 */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥建国志强海燕晓东春梅丹凤鹏飞文斌宇航子涵欣怡浩然梓萱思远嘉怡俊杰雨桐';
const CITIES = ['南京', '苏州', '无锡', '常州', '扬州', '镇江', '泰州', '南通', '盐城', '淮安', '宿迁', '连云港', '徐州'];
const ROADS = ['中山路', '建设路', '人民路', '解放路', '新华路', '长江路', '和平路', '友谊路', '文化路', '光明路'];
const TRADES = ['建材', '物流', '商贸', '科技', '餐饮', '置业', '机械', '纺织', '电子', '食品', '装饰', '汽车销售'];
const GOODS = ['钢材', '水泥', '木材', '电缆', '办公家具', '服装', '电脑', '空调', '农产品', '医疗器械'];
const CAUSES = ['民间借贷纠纷', '买卖合同纠纷', '劳动争议', '租赁合同纠纷', '机动车交通事故责任纠纷', '物业服务合同纠纷', '离婚纠纷', '建设工程施工合同纠纷', '金融借款合同纠纷', '服务合同纠纷'];
const RARE = ['鉴定意见书', '公证债权文书', '不安抗辩权', '情势变更', '表见代理', '善意取得', '留置权', '诉讼时效中断', '连带保证责任', '违约金过高'];

export class LegalText {
  private readonly rng: Rng;
  constructor(seed: number) {
    this.rng = new Rng(seed);
  }
  private int = (a: number, b: number) => this.rng.int(a, b);
  private pick = <T>(xs: readonly T[]) => this.rng.pick(xs);

  person(): string {
    const s = SURNAMES[this.int(0, SURNAMES.length - 1)]!;
    const n = this.int(1, 2);
    let g = '';
    for (let i = 0; i < n; i++) g += GIVEN[this.int(0, GIVEN.length - 1)]!;
    return s + g;
  }
  company(): string {
    return `${this.pick(CITIES)}${this.person().slice(1)}${this.pick(TRADES)}有限公司`;
  }
  amount(): string {
    const r = this.rng.next();
    if (r < 0.3) return `${this.int(1, 99) * 1000}元`;
    if (r < 0.55) return `${this.int(1, 50)}万元`;
    if (r < 0.8) return `${this.int(1000, 999999).toLocaleString('en-US')}.${this.int(0, 99).toString().padStart(2, '0')}元`;
    return `人民币${this.int(1, 300)}${this.int(0, 9)}${this.int(0, 9)}${this.int(0, 9)}元`;
  }
  date(): string {
    return `${this.int(2018, 2026)}年${this.int(1, 12)}月${this.int(1, 28)}日`;
  }
  idNumber(): string {
    return makeIdNumber({ region: `3201${this.int(0, 9)}${this.int(0, 9)}`, birth: { y: this.int(1950, 2004), m: this.int(1, 12), d: this.int(1, 28) }, sequence: this.int(1, 999), sex: this.rng.next() < 0.5 ? 'male' : 'female' });
  }
  caseNumber(): string {
    return `（${this.int(2019, 2026)}）苏0${this.int(100, 199)}${this.pick(['民初', '民终', '执', '民特'])}${this.int(1, 9999)}号`;
  }
  phone(): string {
    return `1${this.pick(['3', '5', '8', '9'])}${String(this.int(0, 999999999)).padStart(9, '0')}`;
  }
  address(): string {
    return `${this.pick(CITIES)}市${this.pick(ROADS)}${this.int(1, 300)}号${this.int(1, 30)}幢${this.int(101, 2808)}室`;
  }

  private sentence(): string {
    const a = this.person();
    const b = this.person();
    const c = this.company();
    const templates: (() => string)[] = [
      () => `原告${a}与被告${b}${this.pick(CAUSES)}一案，本院于${this.date()}立案后，依法适用简易程序，公开开庭进行了审理。`,
      () => `原告${a}，${this.pick(['男', '女'])}，${this.int(1950, 2004)}年${this.int(1, 12)}月${this.int(1, 28)}日出生，汉族，住${this.address()}，公民身份号码${this.idNumber()}。`,
      () => `被告${c}，住所地${this.address()}，法定代表人${b}，该公司总经理，联系电话${this.phone()}。`,
      () => `${this.date()}，被告${b}因资金周转需要向原告${a}借款${this.amount()}，约定月利率${this.int(5, 20) / 10}%，借款期限${this.int(3, 24)}个月。`,
      () => `借款到期后，经原告多次催讨，被告仅归还${this.amount()}，余款至今未还，故诉至法院。`,
      () => `请求判令被告${b}立即归还借款本金${this.amount()}及利息，并承担本案诉讼费用。`,
      () => `被告${c}辩称，双方之间的${this.pick(GOODS)}买卖合同已经履行完毕，原告主张的货款${this.amount()}缺乏事实依据，请求驳回原告的诉讼请求。`,
      () => `审判员：${a}，你对原告提交的证据${this.int(1, 12)}的真实性、合法性、关联性有无异议？`,
      () => `被告：对真实性没有异议，但对关联性有异议，该${this.pick(['收条', '转账记录', '送货单', '对账单', '微信聊天记录'])}不能证明双方存在借贷关系。`,
      () => `书记员：${b}。原告委托诉讼代理人${a}，${this.pick(CITIES)}${this.pick(['正义', '天平', '明德', '金陵'])}律师事务所律师。`,
      () => `本院认为，合法的借贷关系受法律保护。原告提供的借条、银行转账凭证能够相互印证，本院予以确认。`,
      () => `依照《中华人民共和国民法典》第${this.int(460, 700)}条、第${this.int(460, 700)}条，《中华人民共和国民事诉讼法》第${this.int(60, 300)}条之规定，判决如下：`,
      () => `被告${b}于本判决生效之日起十日内偿还原告${a}借款${this.amount()}；如果未按本判决指定的期间履行给付金钱义务，应当加倍支付迟延履行期间的债务利息。`,
      () => `案件受理费${this.int(50, 9000)}元，减半收取计${this.int(25, 4500)}元，由被告负担。`,
      () => `如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于${this.pick(CITIES)}市中级人民法院。`,
      () => `证据${this.int(1, 20)}：${this.pick(['借条', '收条', '银行流水', '合同', '送货单', '催款函'])}一份，证明${a}与${c}之间存在${this.pick(CAUSES).replace('纠纷', '')}关系。`,
      () => `本院已向被告${b}送达起诉状副本、应诉通知书、举证通知书及开庭传票，被告${this.pick(['到庭参加诉讼', '经传票传唤无正当理由拒不到庭'])}。`,
      () => `关于${this.pick(RARE)}的问题，双方当事人在庭审中发表了意见，本院结合在案证据予以综合认定。`,
      () => `另查明，${c}于${this.date()}向${this.person()}出具对账单一份，确认尚欠货款${this.amount()}，案号${this.caseNumber()}。`,
      () => `经本院主持调解，双方当事人自愿达成如下协议：被告于${this.date()}前一次性支付原告${this.amount()}。`,
    ];
    return this.pick(templates)();
  }

  /** A page of about `chars` characters, in lines of a scanned or extracted court document. */
  page(chars: number): string {
    let text = '';
    while (text.length < chars) text += this.sentence() + (this.rng.next() < 0.3 ? '\n' : '');
    return text;
  }

  /** Words for queries of `n` characters taken from real page text: frequent and rare alike. */
  wordFrom(text: string, n: number): string | null {
    for (let tries = 0; tries < 20; tries++) {
      const at = this.int(0, Math.max(0, text.length - n));
      const w = text.slice(at, at + n);
      if (/^[\u4e00-\u9fff]+$/.test(w)) return w;
    }
    return null;
  }

  /** A name or word that is probably in no page at all (the empty result must be fast too). */
  absent(n: number): string {
    return '龘靐齉齾爩鱻麤'.slice(0, n);
  }
  next(): number {
    return this.rng.next();
  }
  intIn(a: number, b: number): number {
    return this.int(a, b);
  }
  pickFrom<T>(xs: readonly T[]): T {
    return this.pick(xs);
  }
}
