import { z } from 'zod';
import { HEARING_PHASES } from '../../domain/hearing';
import { defineCall, needs } from '../defineCall';
import { Id, IsoDateTime } from '../schemas';
import { ParticipantSchema } from './hearingCalls';

const EXAMPLE_ID = '01900000-0000-7000-8000-000000000000';

export const TRANSCRIPT_LIMITS = { changesPerCall: 200, text: 20_000, phrases: 40, phrase: 500 } as const;
const L = TRANSCRIPT_LIMITS;

export const EntryKindSchema = z.enum(['speech', 'phase', 'note', 'addendum']);
export const PhaseSchema = z.enum(HEARING_PHASES);
export const TranscriptStateSchema = z.enum(['draft', 'signing', 'final']);

/** One entry as the courtroom page sends it; the app sets author, times, the printed speaker and the version. */
export const EntryInputSchema = z
  .strictObject({
    id: Id,
    // Order key: a new entry between two others takes a position between theirs.
    position: z.number().min(-1e12).max(1e12),
    kind: EntryKindSchema,
    participantId: Id.nullable().default(null),
    phase: PhaseSchema.nullable().default(null),
    text: z.string().max(L.text, `一条笔录最长 ${L.text} 字`),
    baseVersion: z.number().int().min(0),
  })
  .refine((e) => (e.kind === 'phase') === (e.phase !== null), { message: '阶段标题须注明阶段，其他笔录不能带阶段', path: ['phase'] });
export type EntryInput = z.output<typeof EntryInputSchema>;

export const EntryChangeSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('upsert'), entry: EntryInputSchema }),
  z.strictObject({ op: z.literal('delete'), id: Id, baseVersion: z.number().int().min(1) }),
]);
export type EntryChange = z.output<typeof EntryChangeSchema>;

export const TranscriptEntrySchema = z.object({
  id: Id,
  /** The printed number: the rank in order, 1-based. */
  number: z.number().int(),
  position: z.number(),
  kind: EntryKindSchema,
  participantId: Id.nullable(),
  speaker: z.string(),
  phase: PhaseSchema.nullable(),
  text: z.string(),
  evidenceItemId: Id.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type TranscriptEntry = z.infer<typeof TranscriptEntrySchema>;

export const transcriptsGet = defineCall({
  name: 'transcripts.get',
  summary: '庭审笔录：按顺序编号的全部笔录条目与参加人',
  access: needs('case.read'),
  input: z.strictObject({ hearingId: Id }),
  output: z.object({
    transcript: z.object({ id: Id, hearingId: Id, state: TranscriptStateSchema, version: z.number().int() }),
    participants: z.array(ParticipantSchema),
    entries: z.array(TranscriptEntrySchema),
  }),
  errors: ['NOT_FOUND'],
  example: { hearingId: EXAMPLE_ID },
  writes: false,
});

export const transcriptsSaveEntries = defineCall({
  name: 'transcripts.saveEntries',
  summary: '保存庭审笔录的一批新增、修改与删除（庭审页面边打字边保存；一次写入，全部成功或全部不变；定稿后只能补正）',
  access: needs('transcript.write'),
  input: z.strictObject({
    transcriptId: Id,
    changes: z.array(EntryChangeSchema).min(1, '没有要保存的笔录').max(L.changesPerCall, `一次最多保存 ${L.changesPerCall} 条笔录`),
  }),
  output: z.object({ saved: z.array(z.object({ id: Id, version: z.number().int(), updatedAt: IsoDateTime })) }),
  errors: ['NOT_FOUND', 'CONFLICT', 'LOCKED'],
  example: {
    transcriptId: EXAMPLE_ID,
    changes: [{ op: 'upsert', entry: { id: EXAMPLE_ID, position: 1, kind: 'speech', participantId: null, text: '现在开庭。', baseVersion: 0 } }],
  },
  writes: true,
});

const Hotkey = z.enum(['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F10', 'F11', 'F12']);

export const QuickPhraseSchema = z.object({
  id: Id,
  hotkey: Hotkey.nullable(),
  text: z.string(),
  position: z.number().int(),
  version: z.number().int(),
});
export type QuickPhrase = z.infer<typeof QuickPhraseSchema>;

export const quickPhrasesList = defineCall({
  name: 'quickPhrases.list',
  summary: '本人的常用语（F1–F12 快捷键）；尚未设置时给出建议的常用语',
  access: needs('transcript.write'),
  input: z.strictObject({}),
  output: z.object({ items: z.array(QuickPhraseSchema), suggested: z.array(z.object({ hotkey: Hotkey.nullable(), text: z.string() })) }),
  errors: [],
  example: {},
  writes: false,
});

export const quickPhrasesSave = defineCall({
  name: 'quickPhrases.save',
  summary: '保存本人的常用语（新增、修改、删除；快捷键不能重复）',
  access: needs('transcript.write'),
  input: z.strictObject({
    changes: z
      .array(
        z.discriminatedUnion('op', [
          z.strictObject({
            op: z.literal('upsert'),
            phrase: z.strictObject({
              id: Id,
              hotkey: Hotkey.nullable().default(null),
              text: z.string().trim().min(1, '常用语不能为空').max(L.phrase, `常用语最长 ${L.phrase} 字`),
              position: z.number().int().min(0).max(1000),
              baseVersion: z.number().int().min(0),
            }),
          }),
          z.strictObject({ op: z.literal('delete'), id: Id, baseVersion: z.number().int().min(1) }),
        ]),
      )
      .min(1, '没有要保存的常用语')
      .max(L.phrases, `一次最多保存 ${L.phrases} 条常用语`),
  }),
  output: z.object({ items: z.array(QuickPhraseSchema) }),
  errors: ['NOT_FOUND', 'CONFLICT'],
  example: { changes: [{ op: 'upsert', phrase: { id: EXAMPLE_ID, hotkey: 'F1', text: '现在开庭。', position: 0, baseVersion: 0 } }] },
  writes: true,
});
