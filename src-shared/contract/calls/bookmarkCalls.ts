import { z } from 'zod';
import { defineCall, needs } from '../defineCall';
import { Id, IsoDateTime } from '../schemas';

export const BOOKMARK_TITLE_MAX = 100;

export const BookmarkSchema = z.object({
  id: Id,
  documentId: Id,
  pageIndex: z.number().int(),
  title: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type Bookmark = z.infer<typeof BookmarkSchema>;

const Title = z.string().trim().min(1, '书签名称不能为空').max(BOOKMARK_TITLE_MAX, `书签名称最长 ${BOOKMARK_TITLE_MAX} 个字`);

export const BookmarkChangeSchema = z.discriminatedUnion('op', [
  /** The id is made by the client (UUIDv7), like every entity id. */
  z.strictObject({ op: z.literal('add'), id: Id, documentId: Id, pageIndex: z.number().int().min(0).max(100_000), title: Title }),
  z.strictObject({ op: z.literal('rename'), id: Id, title: Title, baseVersion: z.number().int().min(1) }),
  z.strictObject({ op: z.literal('delete'), id: Id, baseVersion: z.number().int().min(1) }),
]);
export type BookmarkChange = z.output<typeof BookmarkChangeSchema>;

const EXAMPLE_ID = '01900000-0000-7000-8000-000000000000';

export const bookmarksList = defineCall({
  name: 'bookmarks.list',
  summary: '本人在案件卷宗上的书签（按卷、目录顺序和页码）',
  access: needs('dossier.read'),
  input: z.strictObject({ caseId: Id }),
  output: z.object({ items: z.array(BookmarkSchema) }),
  errors: ['NOT_FOUND'],
  example: { caseId: EXAMPLE_ID },
  writes: false,
});

export const bookmarksSave = defineCall({
  name: 'bookmarks.save',
  summary: '添加、重命名或删除本人的一个书签（材料的某一页）',
  access: needs('dossier.read'),
  input: z.strictObject({ change: BookmarkChangeSchema }),
  /** The bookmark as saved; null after a delete. */
  output: z.object({ item: BookmarkSchema.nullable() }),
  errors: ['NOT_FOUND', 'CONFLICT'],
  example: { change: { op: 'add', id: EXAMPLE_ID, documentId: EXAMPLE_ID, pageIndex: 0, title: '诉讼请求' } },
  writes: true,
});
