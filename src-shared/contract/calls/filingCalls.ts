import { z } from 'zod';
import { defineCall, needs } from '../defineCall';
import { CaseTypeSchema, Id, IsoDate, PartyRoleSchema, ProcedureSchema } from '../schemas';
import { CaseSummarySchema } from './caseCalls';
import { isValidCreditCode, isValidIdNumber } from '../../domain/idNumber';
import { PARTY_ROLE_LABELS, PROCEDURE_LABELS } from '../../domain/caseStages';
import { isKnownCivilCause } from '../../domain/filing/knownCause';
import { chinaToday } from '../../domain/filing/chinaToday';
import { isIsoDate } from '../../domain/deadlines/isoDates';
import {
  ACTIVE_ROLES, AGENT_KINDS, AUTHORITIES, CIVIL_CASE_TYPES, LICENSED_AGENT_KINDS, MAX_AGENTS_PER_PARTY, NEEDS_OPPOSING,
  OPPOSING_ROLES, PROCEDURES_BY_TYPE, ROLES_BY_TYPE, SPECIAL_POWERS,
} from '../../domain/filing/filingRules';

const Money = z.number().min(0, '金额不能为负数').max(1e12, '金额过大').multipleOf(0.01, '金额最多两位小数');
const Text = (max: number) => z.string().trim().max(max, `最长 ${max} 个字`);
const Optional = (max: number) => Text(max).nullish().transform((s) => (s ? s : null));

export const AgentInputSchema = z.strictObject({
  name: Text(32).min(1, '请填写代理人姓名'),
  kind: z.enum(AGENT_KINDS, '请选择代理人类别'),
  /** 执业证号 of a lawyer or legal service worker. */
  licenseNo: Optional(32),
  idNumber: Optional(40),
  phone: Optional(32),
  authority: z.enum(AUTHORITIES, '请选择授权类型'),
  specialPowers: z.array(z.enum(SPECIAL_POWERS)).max(SPECIAL_POWERS.length).default([]),
}).superRefine((a, ctx) => {
  if (LICENSED_AGENT_KINDS.includes(a.kind) && !a.licenseNo) {
    ctx.addIssue({ code: 'custom', path: ['licenseNo'], message: '律师、基层法律服务工作者须填写执业证号' });
  }
  if (a.idNumber && !isValidIdNumber(a.idNumber)) {
    ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '身份证号码不正确（应为 18 位，校验位须正确）' });
  }
  if (!LICENSED_AGENT_KINDS.includes(a.kind) && !a.idNumber) {
    ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '非执业代理人须填写身份证号码' });
  }
  if (a.authority === 'special' && a.specialPowers.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['specialPowers'], message: '特别授权须写明具体权限（如代为承认、放弃、变更诉讼请求，进行和解等）' });
  }
  if (a.authority === 'general' && a.specialPowers.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['specialPowers'], message: '一般授权不能包含代为承认、放弃、变更诉讼请求等特别权限' });
  }
});
export type AgentInput = z.output<typeof AgentInputSchema>;

export const PartyInputSchema = z.strictObject({
  role: PartyRoleSchema,
  kind: z.enum(['person', 'organization']),
  name: Text(100).min(1, '请填写当事人名称'),
  /** 身份证号码 of a person, 统一社会信用代码 of an organisation. */
  idNumber: Text(40).transform((s) => s.toUpperCase()),
  legalRepresentative: Optional(32),
  address: Optional(200),
  phone: Optional(32),
  agents: z.array(AgentInputSchema).max(MAX_AGENTS_PER_PARTY, `每名当事人最多委托 ${MAX_AGENTS_PER_PARTY} 名诉讼代理人`).default([]),
}).superRefine((p, ctx) => {
  if (p.kind === 'person') {
    if (!p.idNumber) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '请填写身份证号码' });
    else if (!isValidIdNumber(p.idNumber)) {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '身份证号码不正确（应为 18 位，出生日期与校验位须正确）' });
    }
  } else {
    if (!p.idNumber) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '请填写统一社会信用代码' });
    else if (!isValidCreditCode(p.idNumber)) {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '统一社会信用代码不正确（应为 18 位，校验位须正确）' });
    }
    if (!p.legalRepresentative) ctx.addIssue({ code: 'custom', path: ['legalRepresentative'], message: '单位当事人须填写法定代表人或主要负责人' });
  }
});
export type PartyInput = z.output<typeof PartyInputSchema>;

export const FilingInputSchema = z.strictObject({
  caseType: CaseTypeSchema,
  procedure: ProcedureSchema,
  cause: Text(64).min(1, '请选择案由'),
  parties: z.array(PartyInputSchema).min(1, '请添加当事人').max(100, '当事人最多 100 名'),
  claims: Text(5000).min(1, '请填写诉讼请求'),
  claimAmount: Money.nullable().default(null),
  fee: Money.nullable().default(null),
  /** The day the court received the complaint (收到起诉状之日); the 7-day filing decision runs from it. */
  receivedOn: IsoDate.refine(isIsoDate, '日期不存在，请检查年月日'),
}).superRefine((f, ctx) => {
  if (!PROCEDURES_BY_TYPE[f.caseType].includes(f.procedure)) {
    const allowed = PROCEDURES_BY_TYPE[f.caseType].map((p) => PROCEDURE_LABELS[p].zh).join('、');
    ctx.addIssue({ code: 'custom', path: ['procedure'], message: `${f.caseType}案件只能适用${allowed}` });
  }
  if (CIVIL_CASE_TYPES.includes(f.caseType) && !isKnownCivilCause(f.cause)) {
    ctx.addIssue({ code: 'custom', path: ['cause'], message: `「${f.cause}」不是《民事案件案由规定》中的案由，请从列表中选择` });
  }
  if (f.receivedOn > chinaToday()) ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: '收到起诉材料的日期不能晚于今天' });
  const roles = ROLES_BY_TYPE[f.caseType];
  f.parties.forEach((p, i) => {
    if (!roles.includes(p.role)) {
      ctx.addIssue({ code: 'custom', path: ['parties', i, 'role'], message: `${f.caseType}案件的当事人不能是「${PARTY_ROLE_LABELS[p.role].zh}」` });
    }
  });
  if (!f.parties.some((p) => ACTIVE_ROLES.includes(p.role))) {
    ctx.addIssue({ code: 'custom', path: ['parties'], message: '至少需要一名原告（上诉人、申请人）' });
  }
  if (NEEDS_OPPOSING.includes(f.caseType) && !f.parties.some((p) => OPPOSING_ROLES.includes(p.role))) {
    ctx.addIssue({ code: 'custom', path: ['parties'], message: '至少需要一名被告（被上诉人、被申请人）' });
  }
  const seen = new Map<string, number>();
  f.parties.forEach((p, i) => {
    if (!p.idNumber) return;
    if (seen.has(p.idNumber)) ctx.addIssue({ code: 'custom', path: ['parties', i, 'idNumber'], message: `与第 ${seen.get(p.idNumber)! + 1} 名当事人的证件号码相同` });
    else seen.set(p.idNumber, i);
  });
});
export type FilingInput = z.output<typeof FilingInputSchema>;

export const FiledCaseSchema = CaseSummarySchema.extend({
  numberProvisional: z.boolean(),
  receivedOn: IsoDate,
  filingDecisionDue: IsoDate,
  claims: z.string(),
  claimAmount: z.number().nullable(),
  fee: z.number().nullable(),
});
export type FiledCase = z.infer<typeof FiledCaseSchema>;

const EXAMPLE_ID = '01900000-0000-7000-8000-000000000000';

export const filingCreate = defineCall({
  name: 'filing.create',
  summary: '立案登记：录入案件类型、程序、案由、当事人及代理人、诉讼请求、诉讼费，取得案号',
  access: needs('case.file'),
  input: FilingInputSchema,
  output: FiledCaseSchema,
  errors: [],
  example: {
    caseType: '民初', procedure: 'simplified', cause: '民间借贷纠纷', claims: '判令被告归还借款 50,000 元', claimAmount: 50000,
    fee: 525, receivedOn: '2026-01-05',
    parties: [
      { role: 'plaintiff', kind: 'person', name: '张三', idNumber: '11010519491231002X' },
      { role: 'defendant', kind: 'organization', name: '某某贸易有限公司', idNumber: '91350100M000100Y43', legalRepresentative: '李四' },
    ],
  },
  writes: true,
});

const ExclusionSchema = z.strictObject({ judgeId: Id, reason: Text(200).min(1, '请写明排除该法官的理由（如回避）') });

export const AssignInputSchema = z.discriminatedUnion('mode', [
  z.strictObject({
    mode: z.literal('random'),
    caseId: Id,
    exclusions: z.array(ExclusionSchema).max(200).default([]),
    baseVersion: z.number().int().min(1),
  }),
  z.strictObject({
    mode: z.literal('designated'),
    caseId: Id,
    judgeId: Id,
    reason: Text(500).min(1, '指定分案须写明理由'),
    baseVersion: z.number().int().min(1),
  }),
]);

const JudgeRef = z.object({ id: Id, name: z.string(), teamId: Id.nullable(), teamName: z.string().nullable() });

export const AssignmentSchema = z.object({
  id: Id,
  mode: z.enum(['random', 'designated']),
  judge: JudgeRef,
  reason: z.string(),
  candidates: z.array(JudgeRef),
  exclusions: z.array(z.object({ judgeId: Id, name: z.string(), reason: z.string() })),
  assignedBy: z.string(),
  assignedAt: z.string(),
});
export type Assignment = z.infer<typeof AssignmentSchema>;

export const casesAssign = defineCall({
  name: 'cases.assign',
  summary: '分案：随机分案（在本院在岗员额法官中排除回避等人员后随机抽取）或指定分案（须写明理由）',
  access: needs('case.assign'),
  input: AssignInputSchema,
  output: z.object({ case: CaseSummarySchema, assignment: AssignmentSchema }),
  errors: ['NOT_FOUND', 'CONFLICT'],
  example: { mode: 'random', caseId: EXAMPLE_ID, exclusions: [], baseVersion: 1 },
  writes: true,
});

export const casesAssignments = defineCall({
  name: 'cases.assignments',
  summary: '案件的分案记录，以及可参与分案的本院在岗员额法官',
  access: needs('case.read'),
  input: z.strictObject({ caseId: Id }),
  output: z.object({ eligibleJudges: z.array(JudgeRef), history: z.array(AssignmentSchema) }),
  errors: ['NOT_FOUND'],
  example: { caseId: EXAMPLE_ID },
  writes: false,
});
