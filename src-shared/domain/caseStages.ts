/** Stages of a case in order (DOMAIN.md "The case and its stages"). */
export const CASE_STAGES = [
  'filing', 'service', 'preservation', 'scheduling', 'pretrial', 'hearing',
  'deliberation', 'judgment', 'judgment_service', 'closed', 'archived',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const STAGE_LABELS: Record<CaseStage, { zh: string; en: string }> = {
  filing: { zh: '立案', en: 'Filing' },
  service: { zh: '送达', en: 'Service' },
  preservation: { zh: '保全', en: 'Preservation' },
  scheduling: { zh: '排期', en: 'Scheduling' },
  pretrial: { zh: '庭前准备', en: 'Pre-trial' },
  hearing: { zh: '开庭', en: 'Hearing' },
  deliberation: { zh: '合议', en: 'Deliberation' },
  judgment: { zh: '裁判', en: 'Judgment' },
  judgment_service: { zh: '文书送达', en: 'Judgment service' },
  closed: { zh: '结案', en: 'Closed' },
  archived: { zh: '归档', en: 'Archived' },
};

/** Trial procedures, plus the special procedure (民特) and enforcement (执) that follow their own rules. */
export const PROCEDURES = ['ordinary', 'simplified', 'small_claims', 'special', 'enforcement'] as const;
export type Procedure = (typeof PROCEDURES)[number];
export const PROCEDURE_LABELS: Record<Procedure, { zh: string; en: string }> = {
  ordinary: { zh: '普通程序', en: 'Ordinary' },
  simplified: { zh: '简易程序', en: 'Simplified' },
  small_claims: { zh: '小额诉讼', en: 'Small claims' },
  special: { zh: '特别程序', en: 'Special procedure' },
  enforcement: { zh: '执行程序', en: 'Enforcement' },
};

export const PARTY_ROLES = ['plaintiff', 'defendant', 'third_party', 'appellant', 'appellee', 'applicant', 'respondent', 'prosecutor'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const PARTY_ROLE_LABELS: Record<PartyRole, { zh: string; en: string }> = {
  plaintiff: { zh: '原告', en: 'Plaintiff' },
  defendant: { zh: '被告', en: 'Defendant' },
  third_party: { zh: '第三人', en: 'Third party' },
  appellant: { zh: '上诉人', en: 'Appellant' },
  appellee: { zh: '被上诉人', en: 'Appellee' },
  applicant: { zh: '申请人', en: 'Applicant' },
  respondent: { zh: '被申请人', en: 'Respondent' },
  prosecutor: { zh: '公诉机关', en: 'Public prosecutor' },
};
