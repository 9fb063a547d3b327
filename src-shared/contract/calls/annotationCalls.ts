import { z } from 'zod';
import { ANNOTATION_KINDS, ANNOTATION_LAYERS, type Annotation } from '../../annotations/annotation';
import { defineCall, needs } from '../defineCall';
import { Id, IsoDateTime } from '../schemas';

/** Limits of one annotation: generous for real use, small enough that one call cannot flood the database. */
export const ANNOTATION_LIMITS = {
  changesPerCall: 500,
  rects: 500,
  strokes: 200,
  pointsPerStroke: 5000,
  pointsPerAnnotation: 50_000,
  text: 10_000,
  comment: 10_000,
  tags: 20,
  tagLength: 32,
  quote: 4000,
  context: 64,
} as const;

const L = ANNOTATION_LIMITS;
// zod 4's z.number() refuses NaN and ±Infinity: every coordinate is a finite number.
const Coord = z.number().min(-1e6).max(1e6);
const RectSchema = z.tuple([Coord, Coord, Coord, Coord]);
const PointSchema = z.tuple([Coord, Coord, z.number().min(0).max(1)]);
const StrokeSchema = z.array(PointSchema).min(1).max(L.pointsPerStroke, `每一笔最多 ${L.pointsPerStroke} 个点`);
export const ColorSchema = z.string().regex(/^#[0-9A-Fa-f]{6}$/, '颜色格式应为 #RRGGBB');
const TagSchema = z.string().trim().min(1, '标签不能为空').max(L.tagLength, `标签最长 ${L.tagLength} 个字`);

export const TextAnchorSchema = z.strictObject({
  quote: z.string().min(1, '引文不能为空').max(L.quote),
  prefix: z.string().max(L.context),
  suffix: z.string().max(L.context),
  offset: z.number().int().min(0),
});

/** What a client sends for one annotation: everything but author, times and version, which the app sets. */
const AnnotationFields = {
  id: Id,
  documentId: Id,
  pageIndex: z.number().int().min(0).max(100_000),
  kind: z.enum(ANNOTATION_KINDS),
  rects: z.array(RectSchema).max(L.rects).default([]),
  ink: z.array(StrokeSchema).max(L.strokes).default([]),
  color: ColorSchema,
  opacity: z.number().min(0).max(1).default(1),
  text: z.string().max(L.text, `文字最长 ${L.text} 字`).default(''),
  comment: z.string().max(L.comment, `评论最长 ${L.comment} 字`).default(''),
  tags: z.array(TagSchema).max(L.tags, `最多 ${L.tags} 个标签`).default([]),
  layer: z.enum(ANNOTATION_LAYERS).default('private'),
  anchor: TextAnchorSchema.nullable().default(null),
};

export const AnnotationInputSchema = z
  .strictObject({ ...AnnotationFields, baseVersion: z.number().int().min(0) })
  .refine((a) => (a.kind === 'ink' ? a.ink.length > 0 : a.rects.length > 0), {
    message: '批注缺少位置：手绘批注需要笔画，其他批注需要至少一个矩形',
    path: ['rects'],
  })
  .refine((a) => a.ink.reduce((n, s) => n + s.length, 0) <= L.pointsPerAnnotation, {
    message: `一条手绘批注最多 ${L.pointsPerAnnotation} 个点`,
    path: ['ink'],
  });
export type AnnotationInput = z.output<typeof AnnotationInputSchema>;

export const AnnotationChangeSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('upsert'), annotation: AnnotationInputSchema }),
  z.strictObject({ op: z.literal('delete'), id: Id, baseVersion: z.number().int().min(1) }),
]);
export type AnnotationChange = z.output<typeof AnnotationChangeSchema>;

export const AnnotationSchema = z.object({
  id: Id,
  documentId: Id,
  pageIndex: z.number().int(),
  kind: z.enum(ANNOTATION_KINDS),
  rects: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
  ink: z.array(z.array(z.tuple([z.number(), z.number(), z.number()]))),
  color: z.string(),
  opacity: z.number(),
  text: z.string(),
  comment: z.string(),
  tags: z.array(z.string()),
  layer: z.enum(ANNOTATION_LAYERS),
  anchor: z.object({ quote: z.string(), prefix: z.string(), suffix: z.string(), offset: z.number().int() }).nullable(),
  authorId: Id,
  authorName: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});

/**
 * A list of annotations as the dispatcher checks it on the way out: an array whose first item matches
 * AnnotationSchema. Checking all 10,000 annotations of a volume with (jitless) zod costs about 90 ms, more
 * than loading them; the rows come from one mapper (rawToAnnotation) over a constrained table, and the tests
 * check whole lists against AnnotationSchema.
 */
export const AnnotationListSchema = z.custom<Annotation[]>(
  (v) => Array.isArray(v) && (v.length === 0 || AnnotationSchema.safeParse(v[0]).success),
  { message: '批注列表格式错误' },
);

const EXAMPLE_ID = '01900000-0000-7000-8000-000000000000';

export const annotationsList = defineCall({
  name: 'annotations.list',
  summary: '材料或整个案件卷宗上本人可见的批注（本人全部批注，及他人共享给合议庭或可当庭展示的批注）',
  access: needs('dossier.read'),
  input: z.union([z.strictObject({ documentId: Id }), z.strictObject({ caseId: Id })]),
  output: z.object({ items: AnnotationListSchema }),
  errors: ['NOT_FOUND'],
  example: { caseId: EXAMPLE_ID },
  writes: false,
});

export const annotationsSave = defineCall({
  name: 'annotations.save',
  summary: '保存一批批注的新增、修改与删除（同一案件；一次写入，全部成功或全部不变）',
  access: needs('annotation.write'),
  input: z.strictObject({
    changes: z.array(AnnotationChangeSchema).min(1, '没有要保存的批注').max(L.changesPerCall, `一次最多保存 ${L.changesPerCall} 条批注`),
  }),
  output: z.object({ saved: z.array(z.object({ id: Id, version: z.number().int(), updatedAt: IsoDateTime })) }),
  errors: ['NOT_FOUND', 'CONFLICT', 'FORBIDDEN'],
  example: {
    changes: [{
      op: 'upsert',
      annotation: {
        id: EXAMPLE_ID, documentId: EXAMPLE_ID, pageIndex: 0, kind: 'highlight', rects: [[72, 700, 300, 714]], color: '#FFD400',
        layer: 'private', anchor: { quote: '诉讼请求', prefix: '', suffix: '：', offset: 0 }, baseVersion: 0,
      },
    }],
  },
  writes: true,
});
