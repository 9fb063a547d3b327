/** Hearings (DOMAIN.md "The paperless hearing"): participant roles, states, the standard phases of a civil hearing. */

export const PARTICIPANT_ROLES = ['presiding', 'judge', 'juror', 'clerk', 'plaintiff', 'defendant', 'third_party', 'agent', 'witness'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, { zh: string; en: string; alias: string }> = {
  presiding: { zh: '审判长', en: 'Presiding judge', alias: '审' },
  judge: { zh: '审判员', en: 'Judge', alias: '审员' },
  juror: { zh: '人民陪审员', en: 'People’s assessor', alias: '陪' },
  clerk: { zh: '书记员', en: 'Clerk', alias: '书' },
  plaintiff: { zh: '原告', en: 'Plaintiff', alias: '原' },
  defendant: { zh: '被告', en: 'Defendant', alias: '被' },
  third_party: { zh: '第三人', en: 'Third party', alias: '第三' },
  agent: { zh: '委托诉讼代理人', en: 'Agent ad litem', alias: '代' },
  witness: { zh: '证人', en: 'Witness', alias: '证' },
};

/** The bench speaks by office (审判长：); parties, agents and witnesses by office and name (原告张三：). */
const BY_OFFICE: readonly ParticipantRole[] = ['presiding', 'judge', 'juror', 'clerk'];

export function speakerLabel(p: { role: ParticipantRole; name: string }): string {
  return BY_OFFICE.includes(p.role) ? PARTICIPANT_ROLE_LABELS[p.role].zh : `${PARTICIPANT_ROLE_LABELS[p.role].zh}${p.name}`;
}

export const HEARING_STATES = ['scheduled', 'opened', 'adjourned', 'closed'] as const;
export type HearingState = (typeof HEARING_STATES)[number];

export const HEARING_STATE_LABELS: Record<HearingState, { zh: string; en: string }> = {
  scheduled: { zh: '待开庭', en: 'Scheduled' },
  opened: { zh: '庭审中', en: 'In session' },
  adjourned: { zh: '休庭', en: 'Adjourned' },
  closed: { zh: '已闭庭', en: 'Closed' },
};

/** Allowed moves: a hearing opens, may adjourn and resume any number of times, and closes once. */
export const HEARING_TRANSITIONS: Record<HearingState, readonly HearingState[]> = {
  scheduled: ['opened'],
  opened: ['adjourned', 'closed'],
  adjourned: ['opened', 'closed'],
  closed: [],
};

/** The standard sequence of a civil first-instance hearing, in order. */
export const HEARING_PHASES = [
  'opening', 'identity', 'rights', 'investigation', 'evidence', 'debate', 'final_statement', 'mediation', 'judgment', 'adjournment',
] as const;
export type HearingPhase = (typeof HEARING_PHASES)[number];

export const HEARING_PHASE_LABELS: Record<HearingPhase, { zh: string; en: string }> = {
  opening: { zh: '宣布开庭', en: 'Opening' },
  identity: { zh: '核对当事人身份', en: 'Identity of the parties' },
  rights: { zh: '告知权利义务', en: 'Rights and duties' },
  investigation: { zh: '法庭调查', en: 'Court investigation' },
  evidence: { zh: '举证质证', en: 'Evidence' },
  debate: { zh: '法庭辩论', en: 'Debate' },
  final_statement: { zh: '最后陈述', en: 'Final statements' },
  mediation: { zh: '法庭调解', en: 'Mediation' },
  judgment: { zh: '宣判', en: 'Judgment' },
  adjournment: { zh: '休庭', en: 'Adjournment' },
};

/** Quick phrases a clerk starts with (F1…); each clerk edits their own. */
export const DEFAULT_QUICK_PHRASES: readonly string[] = [
  '现在开庭。',
  '核对当事人及诉讼代理人身份。',
  '对对方当事人出庭人员的身份有无异议？',
  '无异议。',
  '是否申请回避？',
  '不申请回避。',
  '对上述证据的真实性、合法性、关联性有何意见？',
  '真实性无异议，合法性无异议，关联性有异议。',
  '与起诉状一致。',
  '与答辩状一致。',
  '是否愿意调解？',
  '以上笔录经当事人阅看无误后签名。',
];
