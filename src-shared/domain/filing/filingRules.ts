import type { CaseType } from '../caseNumber';
import type { PartyRole, Procedure } from '../caseStages';

/**
 * What a filing must agree with: which procedures each case type may take, which party roles belong to it,
 * and the kinds and powers of agents (民事诉讼法第61、62条).
 */

export const PROCEDURES_BY_TYPE: Record<CaseType, readonly Procedure[]> = {
  民初: ['ordinary', 'simplified', 'small_claims'],
  民终: ['ordinary'],
  刑初: ['ordinary', 'simplified'],
  行初: ['ordinary', 'simplified'],
  执: ['enforcement'],
  民特: ['special'],
  民辖: ['ordinary'],
};

/** Types whose 案由 is a civil cause of action of the 民事案件案由规定. */
export const CIVIL_CASE_TYPES: readonly CaseType[] = ['民初', '民终', '民特', '民辖'];

export const ROLES_BY_TYPE: Record<CaseType, readonly PartyRole[]> = {
  民初: ['plaintiff', 'defendant', 'third_party'],
  民终: ['appellant', 'appellee', 'third_party'],
  刑初: ['prosecutor', 'defendant'],
  行初: ['plaintiff', 'defendant', 'third_party'],
  执: ['applicant', 'respondent'],
  民特: ['applicant', 'respondent'],
  民辖: ['plaintiff', 'defendant', 'third_party', 'appellant', 'appellee'],
};

/** The side that brings the case; every filing names at least one party on it. */
export const ACTIVE_ROLES: readonly PartyRole[] = ['plaintiff', 'appellant', 'applicant', 'prosecutor'];
export const OPPOSING_ROLES: readonly PartyRole[] = ['defendant', 'appellee', 'respondent'];
/** Types that cannot be filed without an opposing party (民特 may have none, e.g. 宣告失踪). */
export const NEEDS_OPPOSING: readonly CaseType[] = ['民初', '民终', '刑初', '行初', '执'];

export const AGENT_KINDS = ['lawyer', 'legal_worker', 'relative', 'employee', 'community', 'other'] as const;
export type AgentKind = (typeof AGENT_KINDS)[number];
export const AGENT_KIND_LABELS: Record<AgentKind, { zh: string; en: string }> = {
  lawyer: { zh: '律师', en: 'Lawyer' },
  legal_worker: { zh: '基层法律服务工作者', en: 'Grassroots legal service worker' },
  relative: { zh: '当事人的近亲属', en: 'Close relative' },
  employee: { zh: '当事人的工作人员', en: 'Employee of the party' },
  community: { zh: '社区、单位或社会团体推荐的公民', en: 'Citizen recommended by community or organisation' },
  other: { zh: '其他', en: 'Other' },
};
/** Agents who practise law hold a licence (执业证); the others are identified by their ID number. */
export const LICENSED_AGENT_KINDS: readonly AgentKind[] = ['lawyer', 'legal_worker'];

export const AUTHORITIES = ['general', 'special'] as const;
export type Authority = (typeof AUTHORITIES)[number];
export const AUTHORITY_LABELS: Record<Authority, { zh: string; en: string }> = {
  general: { zh: '一般授权', en: 'General authority' },
  special: { zh: '特别授权', en: 'Special authority' },
};

/** The powers that need special authority (民事诉讼法第62条). */
export const SPECIAL_POWERS = ['admit', 'waive', 'modify', 'settle', 'counterclaim', 'appeal'] as const;
export type SpecialPower = (typeof SPECIAL_POWERS)[number];
export const SPECIAL_POWER_LABELS: Record<SpecialPower, { zh: string; en: string }> = {
  admit: { zh: '代为承认诉讼请求', en: 'Admit claims' },
  waive: { zh: '代为放弃诉讼请求', en: 'Waive claims' },
  modify: { zh: '代为变更诉讼请求', en: 'Modify claims' },
  settle: { zh: '进行和解', en: 'Settle' },
  counterclaim: { zh: '提起反诉', en: 'Counterclaim' },
  appeal: { zh: '提起上诉', en: 'Appeal' },
};

/** 民事诉讼法第61条: a party may appoint one or two agents. */
export const MAX_AGENTS_PER_PARTY = 2;
