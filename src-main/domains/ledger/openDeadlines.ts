import type { DueInfo } from '../../../src-shared/contract/calls/dueInfoSchema';
import { CASE_STAGES, type CaseStage } from '../../../src-shared/domain/caseStages';
import type { CourtCalendar } from '../../../src-shared/domain/deadlines/courtCalendar';
import { computeDeadline, type DeadlineKind, type DeadlineResult } from '../../../src-shared/domain/deadlines/deadlineKinds';
import { dueStatus } from '../../../src-shared/domain/deadlines/dueStatus';
import { addDays } from '../../../src-shared/domain/deadlines/periods';
import { effectiveServedOn } from '../service/serviceRows';
import type { CaseRowFacts, ChangeFact, HearingFact, MeasureFact, ServiceFact } from './ledgerFacts';

/** Days the court has to serve a paper once it is ready (起诉状副本: 民事诉讼法第128条, 立案之日起五日内). */
export const SERVICE_TARGET_DAYS = 5;

const stageAt = (s: string) => CASE_STAGES.indexOf(s as CaseStage);
const TRIAL_KIND: Record<string, DeadlineKind | undefined> = {
  ordinary: 'trial-ordinary', simplified: 'trial-simplified', small_claims: 'trial-small-claims',
};

export interface CaseFactsOfOne {
  row: CaseRowFacts;
  service: readonly ServiceFact[];
  measures: readonly MeasureFact[];
  changes: readonly ChangeFact[];
  hearings: readonly HearingFact[];
}

const info = (r: Omit<DeadlineResult, 'kind'> & { kind: DueInfo['kind'] }, subject: string, today: string): DueInfo => ({
  kind: r.kind, subject, from: r.from, due: r.due, nominalDue: r.nominalDue, rule: r.rule, unknownYears: r.unknownYears, ...dueStatus(r.due, today),
});

/** The evidence period the court sets in its notice: at least 15 days, small claims normally 7 (民诉法解释第99、277条). */
export const evidenceDays = (procedure: string): number => (procedure === 'small_claims' ? 7 : 15);

/**
 * The open deadlines of one case, computed from its facts, earliest first. Two sorts:
 * - the parties' periods (答辩期, 举证期, 上诉期, 公告期满) are open until they end: once over they drop off
 *   the list, as they are not the court's to miss;
 * - the court's duties (审限, serving a paper, the hearing notice, renewing a preservation measure) stay
 *   open until done, and show as overdue when late.
 */
export function openDeadlines(f: CaseFactsOfOne, calendar: CourtCalendar, today: string): DueInfo[] {
  const { row } = f;
  const stage = stageAt(row.stage);
  const open = stage < stageAt('closed');
  const out: DueInfo[] = [];
  const partyPeriod = (d: DueInfo) => {
    if (d.daysLeft >= 0) out.push(d);
  };

  for (const s of f.service) {
    const served = effectiveServedOn(s, calendar);
    if (s.method === 'announcement' && s.state === 'served' && s.announcement_published_on) {
      partyPeriod(info(computeDeadline('announcement', s.announcement_published_on, { calendar }), s.party_name, today));
    }
    if (served && s.document_kind === 'complaint' && stage < stageAt('hearing')) {
      partyPeriod(info(computeDeadline('answer', served, { calendar }), s.party_name, today));
      partyPeriod(info(computeDeadline('evidence', served, { calendar, days: evidenceDays(row.procedure) }), s.party_name, today));
    }
    if (served && (s.document_kind === 'judgment' || s.document_kind === 'ruling')) {
      const kind = s.document_kind === 'judgment' ? 'appeal-judgment' : 'appeal-ruling';
      partyPeriod(info(computeDeadline(kind, served, { calendar }), s.party_name, today));
    }
    if (open && (s.state === 'pending' || (s.state === 'failed' && !s.has_alternative))) {
      const from = addDays(s.due_on, -SERVICE_TARGET_DAYS);
      const failed = s.state === 'failed' ? '（上次送达失败，须另选方式）' : '';
      out.push(info({
        kind: 'service-due', from, due: s.due_on, nominalDue: s.due_on, unknownYears: [],
        rule: `${s.document_title}应于 ${from} 起${SERVICE_TARGET_DAYS}日内送达${s.party_name}（民事诉讼法第128条）${failed}`,
      }, `${s.party_name}·${s.document_title}`, today));
    }
  }

  const trial = row.case_type === '民初' ? TRIAL_KIND[row.procedure] : undefined;
  if (trial && open) {
    const extensions = f.changes.filter((c) => c.kind === 'extension').map((c) => ({ months: c.months, days: c.days }));
    const deductions = f.changes.filter((c) => c.kind === 'deduction' && c.from_on && c.to_on).map((c) => ({ from: c.from_on!, to: c.to_on! }));
    out.push(info(computeDeadline(trial, row.filed_on, { calendar, extensions, deductions }), '审理期限', today));
  }

  for (const h of f.hearings) {
    const day = h.starts_at.slice(0, 10);
    if (day >= today) out.push(info(computeDeadline('hearing-notice', day, { calendar }), `开庭 ${h.starts_at.replace('T', ' ')}`, today));
  }

  for (const m of f.measures) {
    out.push(info({
      kind: 'preservation-expiry', from: m.started_on, due: m.expires_on, nominalDue: m.expires_on, unknownYears: [],
      rule: `保全措施「${m.description}」于 ${m.expires_on} 到期；需续行的，应在期限届满前办理续行手续`,
    }, m.description, today));
  }

  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
