import { z } from 'zod';
import { HEARING_STATES, PARTICIPANT_ROLES } from '../../domain/hearing';
import { defineCall, needs } from '../defineCall';
import { Id, IsoDate } from '../schemas';

const EXAMPLE_ID = '01900000-0000-7000-8000-000000000000';

/** Local court time of a hearing, minutes precision. */
export const HearingTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, '开庭时间格式应为 YYYY-MM-DDTHH:MM');
export const HearingStateSchema = z.enum(HEARING_STATES);
export const ParticipantRoleSchema = z.enum(PARTICIPANT_ROLES);
const Courtroom = z.string().trim().min(1, '请填写法庭').max(40, '法庭名称最长 40 字');

export const ParticipantInputSchema = z.strictObject({
  role: ParticipantRoleSchema,
  name: z.string().trim().min(1, '请填写参加人姓名').max(60, '姓名最长 60 字'),
  partyId: Id.nullable().default(null),
  // What the clerk types before a colon to pick this speaker: short, no colon or blank in it.
  alias: z.string().trim().min(1, '请填写简称').max(6, '简称最长 6 个字').regex(/^[^:：\s]+$/, '简称不能含冒号或空格'),
});
export type ParticipantInput = z.output<typeof ParticipantInputSchema>;

export const ParticipantSchema = z.object({
  id: Id,
  role: ParticipantRoleSchema,
  name: z.string(),
  partyId: Id.nullable(),
  alias: z.string(),
  /** 1..9 answer Alt+1..Alt+9. */
  position: z.number().int(),
  /** How the transcript prints this speaker (审判长, 原告张三). */
  speaker: z.string(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

const Person = z.object({ id: Id, name: z.string() });

export const HearingSummarySchema = z.object({
  id: Id,
  caseId: Id,
  caseNumber: z.string(),
  cause: z.string(),
  startsAt: z.string(),
  courtroom: z.string(),
  presidingJudge: Person.nullable(),
  clerk: Person.nullable(),
  noticeServedOn: IsoDate.nullable(),
  state: HearingStateSchema,
  transcriptState: z.enum(['draft', 'signing', 'final']).nullable(),
  entryCount: z.number().int(),
  version: z.number().int(),
});
export type HearingSummary = z.infer<typeof HearingSummarySchema>;

export const HearingDetailSchema = HearingSummarySchema.extend({
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  participants: z.array(ParticipantSchema),
  transcript: z.object({ id: Id, state: z.enum(['draft', 'signing', 'final']), version: z.number().int() }).nullable(),
});
export type HearingDetail = z.infer<typeof HearingDetailSchema>;

export const hearingsSchedule = defineCall({
  name: 'hearings.schedule',
  summary: '排期开庭：案件、时间、法庭、审判长、书记员与参加人（未填参加人时按案件当事人与审判团队提出）；核对开庭传票是否在开庭三日前送达',
  access: needs('hearing.write'),
  input: z.strictObject({
    caseId: Id,
    startsAt: HearingTime,
    courtroom: Courtroom,
    presidingJudgeId: Id,
    clerkId: Id,
    noticeServedOn: IsoDate.nullable().default(null),
    participants: z.array(ParticipantInputSchema).max(30, '参加人最多 30 位').optional(),
  }),
  output: z.object({ id: Id, transcriptId: Id, warnings: z.array(z.string()) }),
  errors: ['NOT_FOUND'],
  example: {
    caseId: EXAMPLE_ID, startsAt: '2026-03-02T09:00', courtroom: '第一法庭', presidingJudgeId: EXAMPLE_ID, clerkId: EXAMPLE_ID,
    noticeServedOn: '2026-02-20',
  },
  writes: true,
});

export const hearingsProposal = defineCall({
  name: 'hearings.proposal',
  summary: '排期时的建议：按案件当事人与审判团队提出的参加人、可选的法官与书记员、已用过的法庭',
  access: needs('case.read'),
  input: z.strictObject({ caseId: Id, presidingJudgeId: Id.optional(), clerkId: Id.optional() }),
  output: z.object({
    participants: z.array(ParticipantInputSchema),
    judges: z.array(Person),
    clerks: z.array(Person),
    courtrooms: z.array(z.string()),
    presidingJudgeId: Id.nullable(),
    clerkId: Id.nullable(),
  }),
  errors: ['NOT_FOUND'],
  example: { caseId: EXAMPLE_ID },
  writes: false,
});

export const hearingsList = defineCall({
  name: 'hearings.list',
  summary: '开庭排期：某日（某法庭）的庭审，或某案件的全部庭审',
  access: needs('case.read'),
  input: z.union([
    z.strictObject({ day: IsoDate, courtroom: Courtroom.optional() }),
    z.strictObject({ caseId: Id }),
  ]),
  output: z.object({ items: z.array(HearingSummarySchema), courtrooms: z.array(z.string()) }),
  errors: [],
  example: { day: '2026-03-02', courtroom: '第一法庭' },
  writes: false,
});

export const hearingsGet = defineCall({
  name: 'hearings.get',
  summary: '庭审详情：参加人与庭审笔录状态',
  access: needs('case.read'),
  input: z.strictObject({ id: Id }),
  output: HearingDetailSchema,
  errors: ['NOT_FOUND'],
  example: { id: EXAMPLE_ID },
  writes: false,
});

export const hearingsSetState = defineCall({
  name: 'hearings.setState',
  summary: '开庭、休庭、续开与闭庭（按顺序；开庭须有审判长与书记员）',
  access: needs('hearing.write'),
  input: z.strictObject({ id: Id, toState: HearingStateSchema, baseVersion: z.number().int().min(1) }),
  output: z.object({ state: HearingStateSchema, version: z.number().int() }),
  errors: ['NOT_FOUND', 'CONFLICT'],
  example: { id: EXAMPLE_ID, toState: 'opened', baseVersion: 1 },
  writes: true,
});
