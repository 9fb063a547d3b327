import { courtCalendar, type CourtCalendar } from './courtCalendar';
import { addDays, nextWorkday, nominalEnd, yearsSpanned, type PeriodLength } from './periods';
import { assertIsoDate, toDayNumber } from './isoDates';

export const DEADLINE_KINDS = [
  'answer', 'evidence', 'appeal-judgment', 'appeal-ruling', 'announcement',
  'trial-ordinary', 'trial-simplified', 'trial-small-claims', 'filing-decision', 'hearing-notice',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, { zh: string; en: string }> = {
  answer: { zh: '答辩期', en: 'Answer period' },
  evidence: { zh: '举证期限', en: 'Evidence period' },
  'appeal-judgment': { zh: '上诉期（判决）', en: 'Appeal period (judgment)' },
  'appeal-ruling': { zh: '上诉期（裁定）', en: 'Appeal period (ruling)' },
  announcement: { zh: '公告送达期满', en: 'Service by announcement deemed served' },
  'trial-ordinary': { zh: '审限（普通程序）', en: 'Trial limit (ordinary procedure)' },
  'trial-simplified': { zh: '审限（简易程序）', en: 'Trial limit (simplified procedure)' },
  'trial-small-claims': { zh: '审限（小额诉讼）', en: 'Trial limit (small claims)' },
  'filing-decision': { zh: '立案审查期限', en: 'Filing decision' },
  'hearing-notice': { zh: '开庭通知最迟送达日', en: 'Latest day to serve the hearing notice' },
};

export interface DeadlineResult {
  kind: DeadlineKind;
  /** The triggering date: service, publication, filing, receipt, or the hearing day for hearing-notice. */
  from: string;
  /** The last day, after shifting off holidays and rest days where the law shifts it. */
  due: string;
  /** The last day by plain arithmetic, before any shift. */
  nominalDue: string;
  /** How the date was reached, in Chinese. */
  rule: string;
  /** Years the computation touched for which no holiday data exists (weekends only were assumed). */
  unknownYears: number[];
}

export interface DeadlineOptions {
  days?: number;
  calendar?: CourtCalendar;
  /** Approved extensions of 审限 (trial kinds only). */
  extensions?: { months?: number; days?: number }[];
  /** Periods not counted in 审限 (公告, 鉴定, 管辖权异议, 中止…), trial kinds only. */
  deductions?: { from: string; to: string }[];
}

interface KindRule {
  length: PeriodLength;
  what: string;
  basis: string;
}

/**
 * Lengths from DOMAIN.md (Time limits) and the articles they come from. 审限 counts in months from filing; the
 * other periods in days from the triggering event.
 */
const RULES: Record<Exclude<DeadlineKind, 'evidence' | 'hearing-notice'>, KindRule> = {
  answer: { length: { days: 15 }, what: '自收到起诉状副本之日', basis: '民事诉讼法第128条' },
  'appeal-judgment': { length: { days: 15 }, what: '自判决书送达之日', basis: '民事诉讼法第171条' },
  'appeal-ruling': { length: { days: 10 }, what: '自裁定书送达之日', basis: '民事诉讼法第171条' },
  announcement: { length: { days: 30 }, what: '自发出公告之日', basis: '民事诉讼法第95条' },
  'trial-ordinary': { length: { months: 6 }, what: '自立案之日', basis: '民事诉讼法第152条' },
  'trial-simplified': { length: { months: 3 }, what: '自立案之日', basis: '民事诉讼法第164条' },
  'trial-small-claims': { length: { months: 2 }, what: '自立案之日', basis: '民事诉讼法第168条' },
  'filing-decision': { length: { days: 7 }, what: '自收到起诉状之日', basis: '民事诉讼法第126条' },
};

const TRIAL_KINDS: readonly DeadlineKind[] = ['trial-ordinary', 'trial-simplified', 'trial-small-claims'];

export function isDeadlineKind(value: string): value is DeadlineKind {
  return (DEADLINE_KINDS as readonly string[]).includes(value);
}

function lengthText(length: PeriodLength): string {
  const parts = [];
  if (length.months) parts.push(`${length.months}个月`);
  if (length.days || !length.months) parts.push(`${length.days ?? 0}日`);
  return parts.join('');
}

/**
 * Total days of the deducted periods. Each counts `to − from` days (the 第85条 convention: the starting day is
 * not counted, so a 30-day 公告 recorded as 03-01…03-31 deducts 30 days); overlapping periods count once.
 */
export function deductedDays(deductions: readonly { from: string; to: string }[]): number {
  const spans = deductions.map((d) => {
    const [a, b] = [toDayNumber(d.from), toDayNumber(d.to)];
    if (b < a) throw new RangeError(`扣除期间的结束日 ${d.to} 早于开始日 ${d.from}`);
    return [a, b] as const;
  }).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let reached = -Infinity;
  for (const [a, b] of spans) {
    const start = Math.max(a, reached);
    if (b > start) total += b - start;
    reached = Math.max(reached, b);
  }
  return total;
}

function unknownYears(a: string, b: string, calendar: CourtCalendar): number[] {
  return yearsSpanned(a, b).filter((y) => !calendar.hasYear(y));
}

/**
 * The hearing notice must reach the parties "at least 3 days before the hearing" (DOMAIN.md; 民事诉讼法第139条).
 * Counted as a 第85条 period: the day of service is not counted and the three days must be over before the
 * hearing day, so the latest day to serve is the hearing day minus 4 (hearing on the 10th → serve by the 6th).
 * It is not shifted: moving it later would shorten the notice, and the law does not move it earlier.
 */
function hearingNotice(from: string, calendar: CourtCalendar): DeadlineResult {
  const due = addDays(from, -4);
  const rest = calendar.isWorkday(due) ? '' : `；该日为节假日或休息日，须在此前的工作日或以电子方式送达`;
  return {
    kind: 'hearing-notice', from, due, nominalDue: due,
    rule: `开庭通知应于开庭三日前送达（民事诉讼法第139条）：送达日与开庭日均不计入，开庭日 ${from} 的最迟送达日为 ${due}${rest}`,
    unknownYears: unknownYears(due, from, calendar),
  };
}

export function computeDeadline(kind: DeadlineKind, from: string, opts: DeadlineOptions = {}): DeadlineResult {
  if (!isDeadlineKind(kind)) throw new RangeError(`未知的期限类型：${String(kind)}`);
  assertIsoDate(from);
  const calendar = opts.calendar ?? courtCalendar();
  const isTrial = TRIAL_KINDS.includes(kind);
  if (!isTrial && ((opts.extensions?.length ?? 0) > 0 || (opts.deductions?.length ?? 0) > 0)) {
    throw new RangeError('只有审限可以延长或扣除期间');
  }
  if (kind === 'hearing-notice') return hearingNotice(from, calendar);

  let rule: KindRule;
  if (kind === 'evidence') {
    const days = opts.days;
    if (days === undefined || !Number.isInteger(days) || days < 1 || days > 365) {
      throw new RangeError('举证期限须指定天数（1 至 365 的整数）');
    }
    rule = { length: { days }, what: '自收到举证通知之日', basis: '民事诉讼法第68条、民诉法解释第99条' };
  } else {
    rule = RULES[kind];
  }

  // 审限: approved extensions lengthen the one period counted from filing (6 + 6 months is a 12-month 审限
  // from filing, not 6 months counted from the first end), then deducted days are added back on.
  const months = (rule.length.months ?? 0) + (opts.extensions ?? []).reduce((n, e) => n + (e.months ?? 0), 0);
  const extraDays = (opts.extensions ?? []).reduce((n, e) => n + (e.days ?? 0), 0);
  const deducted = deductedDays(opts.deductions ?? []);
  const nominalDue = nominalEnd(from, { months, days: (rule.length.days ?? 0) + extraDays + deducted });
  // DOMAIN.md applies the holiday rule to every period it lists, 审限 included, so 审限 shifts too.
  const due = nextWorkday(nominalDue, calendar);

  const parts = [`${DEADLINE_KIND_LABELS[kind].zh}：${rule.what}（${from}）次日起算${lengthText(rule.length)}（${rule.basis}）`];
  if (isTrial && (months !== rule.length.months || extraDays > 0)) {
    parts.push(`经批准延长${lengthText({ months: months - (rule.length.months ?? 0), days: extraDays })}`);
  }
  if (deducted > 0) parts.push(`扣除不计入审限的期间${deducted}日`);
  parts.push(`届满日为 ${nominalDue}`);
  if (due !== nominalDue) {
    parts.push(`该日为节假日或休息日，顺延至其后第一个工作日 ${due}（民事诉讼法第85条）`);
  }
  const missing = unknownYears(from, due, calendar);
  if (missing.length > 0) parts.push(`${missing.join('、')}年无节假日数据，仅按周末计算`);
  return { kind, from, due, nominalDue, rule: parts.join('，'), unknownYears: missing };
}
