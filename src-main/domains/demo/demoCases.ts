import { formatCaseNumber } from '../../../src-shared/domain/caseNumber';
import { CASE_STAGES, PROCEDURE_LABELS, type CaseStage, type Procedure } from '../../../src-shared/domain/caseStages';
import { chinaParts, PeopleFactory, Rng, yuan, zhDate } from './demoPeople';
import { divorce, labourDispute, privateLoan, salesContract, trafficAccident } from './demoCausesCivilA';
import { creditCard, financialLoan, leaseContract, propertyService, unpaidWages } from './demoCausesCivilB';
import { adminPenalty, drunkDriving, enforcement, infoDisclosure, securedClaim } from './demoCausesOther';
import { Story, type CauseSpec } from './demoStory';
import { DEMO_COURT } from './demoUsers';

export type Outcome = 'judgment' | 'mediation' | 'withdrawal';

export interface PlannedEvent {
  stage: CaseStage;
  at: Date;
  note: string;
}

export interface PlannedCase {
  spec: CauseSpec;
  story: Story;
  stage: CaseStage;
  /** Index into DEMO_TEAMS / the two demo judges. */
  judge: 0 | 1;
  year: number;
  sequence: number;
  caseNumber: string;
  outcome: Outcome;
  events: PlannedEvent[];
}

/** ~30 cases: every stage at least twice, mostly 民初, a few 民特/执/刑初/行初. */
const PLAN: [CaseStage, CauseSpec, Procedure][] = [
  ['filing', privateLoan, 'small_claims'], ['filing', securedClaim, 'special'], ['filing', enforcement('民间借贷纠纷'), 'enforcement'],
  ['service', salesContract, 'simplified'], ['service', enforcement('买卖合同纠纷'), 'enforcement'], ['service', drunkDriving, 'simplified'],
  ['preservation', salesContract, 'ordinary'], ['preservation', financialLoan, 'simplified'],
  ['scheduling', leaseContract, 'simplified'], ['scheduling', trafficAccident, 'simplified'], ['scheduling', unpaidWages, 'small_claims'],
  ['pretrial', labourDispute, 'simplified'], ['pretrial', divorce, 'simplified'], ['pretrial', privateLoan, 'ordinary'],
  ['hearing', trafficAccident, 'ordinary'], ['hearing', creditCard, 'small_claims'], ['hearing', adminPenalty, 'ordinary'],
  ['deliberation', salesContract, 'ordinary'], ['deliberation', financialLoan, 'ordinary'],
  ['judgment', divorce, 'simplified'], ['judgment', leaseContract, 'ordinary'], ['judgment', labourDispute, 'ordinary'],
  ['judgment_service', privateLoan, 'simplified'], ['judgment_service', propertyService, 'small_claims'], ['judgment_service', infoDisclosure, 'ordinary'],
  ['closed', unpaidWages, 'simplified'], ['closed', trafficAccident, 'simplified'], ['closed', privateLoan, 'small_claims'], ['closed', creditCard, 'simplified'],
  ['archived', salesContract, 'simplified'], ['archived', financialLoan, 'simplified'], ['archived', divorce, 'simplified'], ['archived', propertyService, 'small_claims'],
];

/** Days between filing and now, by stage reached: later stages were filed earlier. */
const FILED_DAYS_AGO: Record<CaseStage, [number, number]> = {
  filing: [26, 34], service: [34, 44], preservation: [42, 52], scheduling: [50, 62], pretrial: [58, 72], hearing: [70, 90],
  deliberation: [95, 115], judgment: [110, 130], judgment_service: [125, 160], closed: [170, 250], archived: [270, 330],
};

/** Typical days from the previous stage to this one (ordinary procedure; faster procedures are quicker). */
const STEP_DAYS: Record<CaseStage, [number, number]> = {
  filing: [0, 0], service: [2, 5], preservation: [1, 4], scheduling: [8, 16], pretrial: [5, 12], hearing: [5, 12],
  deliberation: [2, 7], judgment: [5, 15], judgment_service: [2, 6], closed: [16, 20], archived: [20, 45],
};
const PACE: Record<Procedure, number> = { ordinary: 1, simplified: 0.8, small_claims: 0.6, special: 0.5, enforcement: 1 };

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Midnight China time (UTC+8) of the day `t` falls on, as a UTC instant. */
const chinaMidnight = (t: number): number => Math.floor((t + 8 * HOUR) / DAY) * DAY - 8 * HOUR;
/** Day of week in China time, 0 = Sunday. */
const chinaWeekday = (t: number): number => new Date(t + 8 * HOUR).getUTCDay();

/** A working-hours instant on the given China day (9:00–16:30). */
function officeTime(day: number, rng: Rng, hour?: number): Date {
  const minutes = hour !== undefined ? hour * 60 : rng.int(9 * 60, 16 * 60 + 30);
  return new Date(day + minutes * 60_000);
}

/** Moves a weekend day to the nearest working day that keeps the order (after `after`, before `before`). */
function workday(day: number, after: number, before: number): number {
  const wd = chinaWeekday(day);
  if (wd !== 0 && wd !== 6) return day;
  const friday = day - (wd === 6 ? 1 : 2) * DAY;
  const monday = day + (wd === 6 ? 2 : 1) * DAY;
  if (friday > after) return friday;
  if (monday < before) return monday;
  return day;
}

export function planDemoCases(now: Date, rng: Rng, people: PeopleFactory): PlannedCase[] {
  const today = chinaMidnight(now.getTime());
  const planned = PLAN.map(([stage, spec, procedure], i) => {
    const [minAgo, maxAgo] = FILED_DAYS_AGO[stage];
    const filedDay = workday(today - rng.int(minAgo, maxAgo) * DAY, -Infinity, today);
    const filed = officeTime(filedDay, rng);
    const { plaintiffs, defendants } = spec.cast(people, rng);
    const story = new Story(rng, spec.caseType, spec.cause, procedure, plaintiffs, defendants, filed);
    story.amount = spec.amount(story);
    const roll = rng.next();
    const outcome: Outcome = spec.caseType === '行初' || roll < 0.6 ? 'judgment' : roll < 0.9 ? 'mediation' : 'withdrawal';
    return { spec, story, stage, judge: (i % 2) as 0 | 1, outcome, year: chinaParts(filed).y, sequence: 0, caseNumber: '', events: [] as PlannedEvent[] };
  });
  // Case numbers: per court, year and type, in filing order, without gaps.
  const counters = new Map<string, number>();
  for (const c of [...planned].sort((a, b) => a.story.filed.getTime() - b.story.filed.getTime())) {
    const key = `${c.year}|${c.spec.caseType}`;
    c.sequence = (counters.get(key) ?? 0) + 1;
    counters.set(key, c.sequence);
    c.caseNumber = formatCaseNumber({ year: c.year, courtCode: DEMO_COURT.code, caseType: c.spec.caseType, sequence: c.sequence });
  }
  for (const c of planned) c.events = planEvents(c, now, rng);
  return planned;
}

/** One event per stage reached, in order, on increasing working days, the last one before now. */
function planEvents(c: PlannedCase, now: Date, rng: Rng): PlannedEvent[] {
  const reached = CASE_STAGES.slice(0, CASE_STAGES.indexOf(c.stage) + 1);
  const filedDay = chinaMidnight(c.story.filed.getTime());
  const today = chinaMidnight(now.getTime());
  const offsets: number[] = [0];
  for (const stage of reached.slice(1)) {
    const [lo, hi] = STEP_DAYS[stage];
    offsets.push(offsets[offsets.length - 1]! + Math.max(1, Math.round(rng.int(lo, hi) * PACE[c.story.procedure])));
  }
  // An open case has its latest event in the last days; a finished one keeps its natural pace.
  const finished = c.stage === 'closed' || c.stage === 'archived';
  const room = (today - filedDay) / DAY - 1;
  const last = offsets[offsets.length - 1]!;
  const scale = last === 0 ? 1 : finished ? Math.min(1, room / last) : Math.min(2, (room - rng.int(0, 6)) / last);
  const events: PlannedEvent[] = [];
  let prevDay = -Infinity;
  reached.forEach((stage, i) => {
    let day = filedDay + Math.round(offsets[i]! * Math.max(scale, 0.1)) * DAY;
    day = workday(Math.max(day, prevDay + DAY), prevDay, today);
    if (i === 0) day = filedDay;
    const at = i === 0 ? c.story.filed : officeTime(day, rng, stage === 'hearing' ? rng.pick([9, 9.5, 14.5]) : undefined);
    events.push({ stage, at: at.getTime() >= now.getTime() ? new Date(now.getTime() - (reached.length - i) * HOUR) : at, note: '' });
    prevDay = day;
  });
  for (const e of events) e.note = stageNote(c, e.stage, events, now);
  return events;
}

function stageNote(c: PlannedCase, stage: CaseStage, events: PlannedEvent[], now: Date): string {
  const s = c.story;
  const type = c.spec.caseType;
  const paper = c.outcome === 'judgment' ? (type === '行初' ? '行政判决书' : '民事判决书') : c.outcome === 'mediation' ? '民事调解书' : '民事裁定书';
  const hearing = events.find((e) => e.stage === 'hearing');
  switch (stage) {
    case 'filing':
      return type === '执' ? '立案执行，移送执行实施团队' : type === '刑初' ? '受理公诉案件' : `登记立案，适用${PROCEDURE_LABELS[s.procedure].zh}`;
    case 'service':
      return type === '执'
        ? '向被执行人送达执行通知书、报告财产令'
        : type === '刑初'
          ? '向被告人送达起诉书副本'
          : `向被告邮寄送达起诉状副本、应诉通知书、举证通知书（EMS ${s.fix('ems', () => `10${s.rng.int(10_000_000, 99_999_999)}${s.rng.int(100, 999)}`)}）`;
    case 'preservation':
      return s.amount !== null && s.amount >= 100_000
        ? `依原告申请，裁定冻结被告银行存款${yuan(s.amount)}或查封其等值财产`
        : '当事人未申请诉讼保全';
    case 'scheduling': {
      const when = hearing?.at ?? new Date(chinaMidnight(now.getTime()) + s.fix('future', () => s.rng.int(5, 20)) * DAY + 9 * HOUR);
      return `排定于${zhDate(when)}在第${s.fix('room', () => s.rng.int(1, 6))}法庭开庭`;
    }
    case 'pretrial':
      return '组织庭前证据交换，归纳争议焦点';
    case 'hearing':
      return `公开开庭审理，${s.procedure === 'ordinary' ? '合议庭' : '独任审判员'}主持，双方当事人到庭`;
    case 'deliberation':
      return s.procedure === 'ordinary' ? '合议庭评议，形成一致意见' : '独任审判员评议，拟定裁判意见';
    case 'judgment':
      return c.outcome === 'judgment' ? `作出${paper}` : c.outcome === 'mediation' ? '双方达成调解协议，制作民事调解书' : '原告申请撤诉，裁定准许';
    case 'judgment_service':
      return `向双方当事人${s.fix('how', () => s.rng.pick(['直接送达', '电子送达', '邮寄送达']))}${paper}`;
    case 'closed':
      return c.outcome === 'judgment' ? '上诉期届满，双方均未上诉，判决生效，结案' : c.outcome === 'mediation' ? '调解书经双方签收生效，结案' : '撤诉裁定送达，结案';
    case 'archived':
      return '电子卷宗整理完毕，随案归档';
  }
}
