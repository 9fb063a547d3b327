import { CASE_STAGES, type CaseStage } from '../../../src-shared/domain/caseStages';
import type { ChineseDocument, ChineseParagraph } from '../../pdf/chineseDocument';
import type { PlannedCase } from './demoCases';
import { describeParty, zhDate, zhDateTime, type DemoParty } from './demoPeople';
import { left, right } from './demoStory';
import { DEMO_COURT } from './demoUsers';

export type DocumentCategory = '起诉状' | '证据材料' | '答辩状' | '庭审笔录';

export interface PlannedDocument {
  category: DocumentCategory;
  title: string;
  /** When it entered the e-dossier. */
  createdAt: Date;
  content: ChineseDocument;
}

export interface CaseStaff {
  judge: string;
  otherJudge: string;
  clerk: string;
}

const SIDES: Record<string, [string, string]> = {
  民初: ['原告', '被告'], 行初: ['原告', '被告'], 民终: ['上诉人', '被上诉人'], 刑初: ['公诉机关', '被告人'],
  执: ['申请执行人', '被执行人'], 民特: ['申请人', '被申请人'], 民辖: ['原告', '被告'],
};
const CN = '一二三四五六七八九十';
const JURORS = ['钱国平', '韩秀兰', '冯志刚', '曹玉梅'];
const HOUR = 3_600_000;

const past = (c: PlannedCase, stage: CaseStage) => CASE_STAGES.indexOf(c.stage) > CASE_STAGES.indexOf(stage);
const eventAt = (c: PlannedCase, stage: CaseStage) => c.events.find((e) => e.stage === stage)?.at;
/** 中国人民财产保险股份有限公司演示县支公司 → 中国人民财产保险演示县支公司, as a transcript's speaker label. */
const shortName = (p: DemoParty) => p.name.replace('股份有限公司', '').replace('有限公司', '');

/** The documents of a case's e-dossier (正卷) at its stage, in dossier order. */
export function planDocuments(c: PlannedCase, staff: CaseStaff, now: Date): PlannedDocument[] {
  const filed = c.story.filed;
  const docs: PlannedDocument[] = [complaint(c, filed)];
  const service = eventAt(c, 'service');
  if (past(c, 'service') && service) {
    const upper = (eventAt(c, 'hearing') ?? now).getTime();
    const wanted = service.getTime() + c.story.rng.int(5, 14) * 24 * HOUR;
    const at = new Date(Math.min(wanted, service.getTime() + (upper - service.getTime()) * 0.8));
    docs.push(answer(c, at));
  }
  docs.push(evidence(c, new Date(filed.getTime() + 60_000)));
  const hearing = eventAt(c, 'hearing');
  if (past(c, 'hearing') && hearing) docs.push(transcript(c, staff, hearing));
  return docs;
}

function complaint(c: PlannedCase, filed: Date): PlannedDocument {
  const { spec, story: s } = c;
  const [pl, dl] = SIDES[spec.caseType]!;
  const title = spec.complaintTitle ?? '民事起诉状';
  if (spec.customComplaint) {
    // A public prosecution: the procuratorate's 起诉书, under its own name.
    const content = { title, subtitle: s.p, paragraphs: spec.customComplaint(s), createdAt: filed };
    return { category: '起诉状', title, createdAt: filed, content };
  }
  const signer = spec.caseType === '执' || spec.caseType === '民特' ? '申请人' : '具状人';
  const p0 = s.plaintiffs[0]!;
  const paragraphs: ChineseParagraph[] = [
    ...s.plaintiffs.flatMap((p) => describeParty(p, pl)),
    ...s.defendants.flatMap((d) => describeParty(d, dl)),
    `${spec.claimsHeading ?? '诉讼请求'}：`,
    ...spec.claims(s).map((claim, i) => `${i + 1}. ${claim}`),
    '事实与理由：',
    ...spec.facts(s),
    '此致',
    left(DEMO_COURT.name),
    right(`${signer}：${p0.name}${p0.kind === 'organization' ? '（盖章）' : ''}`),
    ...(p0.kind === 'organization' && p0.representative ? [right(`${p0.repLabel ?? '法定代表人'}：${p0.representative}`)] : []),
    right(zhDate(new Date(filed.getTime() - s.fix('signedBefore', () => s.rng.int(0, 2)) * 24 * HOUR))),
    left(`附：本${spec.caseType === '执' || spec.caseType === '民特' ? '申请书' : '状'}副本${s.defendants.length}份；证据材料${spec.evidence(s).length}份。`),
  ];
  return { category: '起诉状', title, createdAt: filed, content: { title, paragraphs, createdAt: filed } };
}

function evidence(c: PlannedCase, at: Date): PlannedDocument {
  const { spec, story: s } = c;
  const [pl] = SIDES[spec.caseType]!;
  const items = spec.evidence(s);
  const title = spec.caseType === '刑初' ? '证据目录' : `${pl}证据清单`;
  const paragraphs: ChineseParagraph[] = [
    left(`提交人：${pl}${s.p}`),
    left(`案由：${s.cause}`),
    '',
    ...items.map(([item, purpose], i) => `证据${CN[i]}：${item}。证明目的：${purpose}。`),
    '',
    `以上证据共${items.length}组，复印件均已与原件核对一致，原件当庭出示。`,
    right(`提交人：${s.p}`),
    right(zhDate(at)),
  ];
  return { category: '证据材料', title, createdAt: at, content: { title, subtitle: c.caseNumber, paragraphs, createdAt: at } };
}

function answer(c: PlannedCase, at: Date): PlannedDocument {
  const { spec, story: s } = c;
  const [pl, dl] = SIDES[spec.caseType]!;
  const who = s.defendants[spec.answeredBy ?? 0] ?? s.defendants[0]!;
  const title = spec.caseType === '行初' ? '行政答辩状' : '民事答辩状';
  const paragraphs: ChineseParagraph[] = [
    ...describeParty(who, '答辩人'),
    `答辩人因${pl}${s.p}诉${s.defendants.length > 1 ? dl + s.defendants.map((d) => d.name).join('、') : '答辩人'}${s.cause}一案，现提出答辩意见如下：`,
    ...spec.defence(s),
    '综上，请求人民法院依法查明事实，公正裁判。',
    '此致',
    left(DEMO_COURT.name),
    right(`答辩人：${who.name}`),
    right(zhDate(at)),
  ];
  return { category: '答辩状', title, createdAt: at, content: { title, subtitle: c.caseNumber, paragraphs, createdAt: at } };
}

function transcript(c: PlannedCase, staff: CaseStaff, start: Date): PlannedDocument {
  const { spec, story: s } = c;
  const [pl, dl] = SIDES[spec.caseType]!;
  const ordinary = s.procedure === 'ordinary';
  const J = ordinary ? '审判长' : '审判员';
  const P = spec.caseType === '刑初' ? '公诉人' : pl;
  const answerer = spec.answeredBy ?? 0;
  const D = (i: number) => (s.defendants.length > 1 ? `${dl}${shortName(s.defendants[i]!)}` : dl);
  const end = new Date(start.getTime() + s.rng.int(75, 150) * 60_000);
  const items = spec.evidence(s);
  const mediate = c.outcome === 'mediation';
  const lines = [
    `时间：${zhDateTime(start)}至${zhDateTime(end).replace(/^.*日/, '')}`,
    `地点：本院第${s.fix('room', () => s.rng.int(1, 6))}法庭`,
    `案号：${c.caseNumber}`,
    `案由：${s.cause}`,
    `审判人员：${ordinary ? `审判长${staff.judge}，审判员${staff.otherJudge}，人民陪审员${s.rng.pick(JURORS)}` : `审判员${staff.judge}`}`,
    `书记员：${staff.clerk}`,
    '（书记员查明当事人及其他诉讼参与人到庭情况，宣布法庭纪律。）',
    `书记员：报告${J}，${pl}${s.p}、${dl}${s.defendants.map((d) => d.name).join('、')}均已到庭，庭前准备工作就绪。`,
    `${J}：现在开庭。${DEMO_COURT.name}依照《中华人民共和国民事诉讼法》的规定，今天依法公开开庭审理${pl}${s.p}诉${dl}${s.defendants.map((d) => d.name).join('、')}${s.cause}一案。本案适用${ordinary ? '普通程序，由审判长' + staff.judge + '与审判员、人民陪审员组成合议庭' : `${s.procedure === 'small_claims' ? '小额诉讼程序' : '简易程序'}，由审判员${staff.judge}独任审理`}，书记员${staff.clerk}担任法庭记录。`,
    `${J}：下面核对当事人身份。双方对对方出庭人员的身份有无异议？`,
    `${P}：无异议。`,
    ...s.defendants.map((_, i) => `${D(i)}：无异议。`),
    `${J}：当事人在诉讼中有申请回避、提供证据、进行辩论、请求调解、自行和解等权利，同时应当遵守诉讼秩序、如实陈述。以上权利义务是否听清？是否申请回避？`,
    `${P}：听清了，不申请回避。`,
    ...s.defendants.map((_, i) => `${D(i)}：听清了，不申请回避。`),
    `${J}：现在进行法庭调查。由${pl}陈述${spec.claimsHeading ?? '诉讼请求'}及事实与理由。`,
    `${P}：${spec.claims(s).map((x, i) => `${i + 1}. ${x}`).join('')}事实与理由：${spec.facts(s)[0] ?? ''}其余详见起诉状。`,
    `${J}：${dl}发表答辩意见。`,
    `${D(answerer)}：${spec.defence(s).join('')}`,
    ...s.defendants.flatMap((_, i) => (i === answerer ? [] : [`${D(i)}：对${pl}陈述的事实无补充意见，请求依法处理。`])),
    `${J}：下面进行举证质证。先由${pl}举证。`,
    ...items.map(([item, purpose], i) => `${P}：证据${CN[i]}，${item}，${purpose}。`),
    `${J}：${dl}发表质证意见。`,
    ...items.map(([item], i) =>
      i === 1
        ? `${D(answerer)}：对证据${CN[i]}的真实性认可，但对其证明目的不认可，理由同答辩意见。`
        : `${D(answerer)}：对证据${CN[i]}（${item.replace(/[一二三四五六七八九十\d]+(份|张|页).*$/, '')}）的真实性、合法性、关联性均无异议。`,
    ),
    `${J}：${dl}有无证据提交？`,
    `${D(answerer)}：没有新的证据提交。`,
    `${J}：根据双方的诉辩意见及举证质证情况，本庭归纳本案的争议焦点为：${spec.focus(s)}。双方对争议焦点有无异议？`,
    `${P}：无异议。`,
    `${D(answerer)}：无异议。`,
    `${J}：法庭调查结束，现在进行法庭辩论。`,
    `${P}：${pl}的诉讼请求有事实和法律依据，请求法庭依法支持。`,
    `${D(answerer)}：坚持答辩意见，请求法庭依法查明事实，公正裁判。`,
    `${J}：法庭辩论结束。双方作最后陈述。`,
    `${P}：坚持诉讼请求。`,
    `${D(answerer)}：请求法庭依法裁判。`,
    `${J}：双方是否愿意在法庭主持下进行调解？`,
    `${P}：${mediate ? '愿意调解。' : '不同意调解。'}`,
    `${D(answerer)}：${mediate ? '愿意调解。' : '同意调解，但双方差距较大。'}`,
    mediate ? `${J}：庭后由本庭组织双方进一步协商。` : `${J}：鉴于双方意见分歧较大，本庭不再主持调解，将在评议后依法裁判。`,
    `${J}：现在休庭。请双方当事人庭后阅看笔录，确认无误后签名。`,
    '（以上笔录经当事人阅看，确认无误。）',
    `${pl}（签名）：${s.p}`,
    ...s.defendants.map((d) => `${dl}（签名）：${d.name}`),
    `${J}（签名）：${staff.judge}`,
    `书记员（签名）：${staff.clerk}`,
  ];
  // A transcript reads line by line: every speaker starts at the margin.
  const content = { title: '庭审笔录', subtitle: c.caseNumber, paragraphs: lines.map(left), createdAt: end };
  return { category: '庭审笔录', title: '庭审笔录', createdAt: end, content };
}
