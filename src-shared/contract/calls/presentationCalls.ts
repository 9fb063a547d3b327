import { z } from 'zod';
import { ANNOTATION_KINDS } from '../../annotations/annotation';
import { defineCall, needs, publicAccess } from '../defineCall';
import { Id } from '../schemas';
import { Bytes } from './documentCalls';

/**
 * The parties' screen (举证质证展示). The clerk's side opens a presentation for a hearing and says what to show;
 * the parties' screen joins with a one-time link token and gets a session that may make ONLY the calls below
 * (the dispatcher enforces it). It never names a document or page itself: it asks for "what is shown now".
 */
export const PRESENTATION_SESSION_CALLS: ReadonlySet<string> = new Set(['presentation.current', 'presentation.page', 'transcripts.sign']);

const Coord = z.number().min(-1e5).max(1e5);
/** The clerk's pointer in PDF space of the shown page (origin bottom-left); null hides it. */
export const PointerSchema = z.strictObject({ x: Coord, y: Coord }).nullable();
export type Pointer = z.infer<typeof PointerSchema>;

export const PresentationViewSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('blank') }),
  z.strictObject({ mode: z.literal('evidence'), evidenceItemId: Id, pageIndex: z.number().int().min(0) }),
  z.strictObject({ mode: z.literal('sign'), transcriptId: Id, participantId: Id }),
]);
export type PresentationView = z.infer<typeof PresentationViewSchema>;

/** What the parties' screen is told: labels, never ids of documents or other cases. */
export const ShownViewSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('blank') }),
  z.object({ mode: z.literal('evidence'), label: z.string(), pageNumber: z.number().int(), pageCount: z.number().int() }),
  z.object({ mode: z.literal('sign'), transcriptId: Id, participantId: Id, participantName: z.string() }),
]);
export type ShownView = z.infer<typeof ShownViewSchema>;

/** An annotation as the parties see it: its shape only (no author, comment or tags). */
export const ShownAnnotationSchema = z.object({
  kind: z.enum(ANNOTATION_KINDS),
  rects: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
  ink: z.array(z.array(z.tuple([z.number(), z.number(), z.number()]))),
  color: z.string(),
  opacity: z.number(),
  text: z.string(),
});
export type ShownAnnotation = z.infer<typeof ShownAnnotationSchema>;

const EXAMPLE_ID = '01900000-0000-7000-8000-000000000000';

export const presentationOpen = defineCall({
  name: 'presentation.open',
  summary: '为庭审打开当事人展示屏：生成一次性链接（再次打开会结束上一个展示屏）',
  access: needs('evidence.write'),
  input: z.strictObject({ hearingId: Id }),
  output: z.object({ token: z.string(), path: z.string() }),
  errors: ['NOT_FOUND'],
  example: { hearingId: EXAMPLE_ID },
  writes: false,
});

export const presentationClose = defineCall({
  name: 'presentation.close',
  summary: '关闭当事人展示屏（其会话随即失效）',
  access: needs('evidence.write'),
  input: z.strictObject({ hearingId: Id }),
  output: z.object({ closed: z.boolean() }),
  errors: [],
  example: { hearingId: EXAMPLE_ID },
  writes: false,
});

export const presentationShow = defineCall({
  name: 'presentation.show',
  summary: '书记员指定当事人展示屏显示的内容（空白、某项证据的某一页、签名）及指示点位置',
  access: needs('evidence.write'),
  input: z.strictObject({ hearingId: Id, view: PresentationViewSchema.optional(), pointer: PointerSchema.optional() }),
  output: z.object({ seq: z.number().int() }),
  errors: ['NOT_FOUND'],
  example: { hearingId: EXAMPLE_ID, view: { mode: 'blank' } },
  writes: false,
});

export const presentationJoin = defineCall({
  name: 'presentation.join',
  summary: '当事人展示屏凭一次性链接取得展示会话（只能查看书记员展示的内容）',
  access: publicAccess,
  input: z.strictObject({ token: z.string().min(1).max(200) }),
  output: z.object({ sessionId: z.string() }),
  errors: ['UNAUTHENTICATED'],
  example: { token: 'one-time-token' },
  writes: false,
});

export const presentationCurrent = defineCall({
  name: 'presentation.current',
  summary: '当事人展示屏：当前应显示的内容（仅限展示会话）',
  access: publicAccess,
  input: z.strictObject({}),
  output: z.object({ seq: z.number().int(), view: ShownViewSchema, pointer: PointerSchema }),
  errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
  example: {},
  writes: false,
});

export const presentationPage = defineCall({
  name: 'presentation.page',
  summary: '当事人展示屏：当前展示的那一页（单页 PDF）及其可当庭展示的批注（仅限展示会话）',
  access: publicAccess,
  input: z.strictObject({}),
  output: z.object({ seq: z.number().int(), pdf: Bytes, annotations: z.array(ShownAnnotationSchema) }),
  errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
  example: {},
  writes: false,
});
