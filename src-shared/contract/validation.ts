import type { z } from 'zod';
import './zodSetup';

export interface ValidationIssue {
  path: string;
  message: string;
}

/** Parses `input` against a schema; on failure returns the issues with a one-line Chinese summary. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; value: z.output<S> } | { ok: false; summary: string; issues: ValidationIssue[] } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const summary = issues
    .slice(0, 3)
    .map((i) => (i.path ? `${i.path}：${i.message}` : i.message))
    .join('；');
  return { ok: false, summary: `输入不符合要求：${summary}`, issues };
}
