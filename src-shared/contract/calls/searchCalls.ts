import { z } from 'zod';
import { defineCall, needs } from '../defineCall';
import { Id } from '../schemas';

export const SnippetSchema = z.array(z.object({ text: z.string(), hit: z.boolean() }));

export const searchPages = defineCall({
  name: 'search.pages',
  summary: '全文检索卷宗（单个案件或本人可见的全部案件）；支持一两个汉字、数字与字母混合',
  access: needs('dossier.read'),
  input: z.strictObject({
    query: z.string().trim().min(1, '请输入检索词').max(100),
    caseId: Id.optional(),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).default(0),
  }),
  output: z.object({
    /** Matching pages, counted up to SEARCH_TOTAL_CAP (1,000): a total at the cap means "1,000 or more". */
    total: z.number().int(),
    hits: z.array(z.object({
      caseId: Id,
      caseNumber: z.string(),
      documentId: Id,
      documentTitle: z.string(),
      category: z.string(),
      pageIndex: z.number().int(),
      /** Volume page number of the hit page, when the document's pages are numbered. */
      volumePage: z.number().int().nullable(),
      snippet: SnippetSchema,
    })),
  }),
  errors: ['NOT_FOUND'],
  example: { query: '借款' },
  writes: false,
});
