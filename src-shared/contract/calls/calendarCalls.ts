import { z } from 'zod';
import { DEADLINE_KINDS } from '../../domain/deadlines/deadlineKinds';
import { dayOfWeek, isIsoDate, yearOf } from '../../domain/deadlines/isoDates';
import { defineCall, needs, sessionAccess } from '../defineCall';
import { IsoDateTime } from '../schemas';

const RealDate = z.string().refine(isIsoDate, '日期应为有效的 YYYY-MM-DD');

export const CalendarYearSchema = z.object({
  year: z.number().int(),
  /** built-in: from the chinese-days package; imported: a table the admin imported (it takes precedence). */
  source: z.enum(['built-in', 'imported']),
  /** An imported table replacing the package's data for a year the package knows. */
  overridesBuiltIn: z.boolean(),
  holidays: z.number().int(),
  workdays: z.number().int(),
  importedAt: IsoDateTime.nullable(),
});
export type CalendarYear = z.output<typeof CalendarYearSchema>;

export const calendarYears = defineCall({
  name: 'calendar.years',
  summary: '节假日数据：内置与导入的年份，并标出本年度和下一年度是否缺少数据',
  access: sessionAccess,
  input: z.strictObject({}),
  output: z.object({
    years: z.array(CalendarYearSchema),
    builtInRange: z.object({ first: z.number().int(), last: z.number().int() }),
    /** Of the current and the next year, those with no holiday data: deadlines there count weekends only. */
    missing: z.array(z.number().int()),
    currentYear: z.number().int(),
  }),
  errors: [],
  example: {},
  writes: false,
});

export const YearTableInputSchema = z
  .strictObject({
    year: z.number().int().min(2000, '年份应在 2000 至 2100 之间').max(2100, '年份应在 2000 至 2100 之间'),
    holidays: z.array(RealDate).min(1, '至少应有一个法定节假日').max(200),
    workdays: z.array(RealDate).max(60).default([]),
  })
  .superRefine((t, ctx) => {
    for (const [field, dates] of [['holidays', t.holidays], ['workdays', t.workdays]] as const) {
      const outside = dates.filter((d) => isIsoDate(d) && yearOf(d) !== t.year);
      if (outside.length > 0) {
        ctx.addIssue({ code: 'custom', path: [field], message: `以下日期不属于 ${t.year} 年：${outside.join('、')}` });
      }
    }
    const both = t.workdays.filter((d) => t.holidays.includes(d));
    if (both.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['workdays'], message: `以下日期既是节假日又是调休上班日：${both.join('、')}` });
    }
    // A 调休 make-up day is by definition a Saturday or Sunday worked; a weekday here is a mistake in the table.
    const weekdays = t.workdays.filter((d) => isIsoDate(d) && dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6);
    if (weekdays.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['workdays'], message: `调休上班日应为周六或周日：${weekdays.join('、')}` });
    }
  });

export const calendarImportYear = defineCall({
  name: 'calendar.importYear',
  summary: '导入一个年度的节假日安排（法定节假日与调休上班日），优先于内置数据',
  access: needs('settings.write'),
  input: YearTableInputSchema,
  output: CalendarYearSchema,
  errors: [],
  example: { year: 2027, holidays: ['2027-01-01'], workdays: [] },
  writes: true,
});

export const DeadlineResultSchema = z.object({
  kind: z.enum(DEADLINE_KINDS),
  from: z.string(),
  due: z.string(),
  nominalDue: z.string(),
  rule: z.string(),
  unknownYears: z.array(z.number().int()),
});

export const deadlinesCompute = defineCall({
  name: 'deadlines.compute',
  summary: '计算期限届满日（答辩期、举证期限、上诉期、公告送达、审限等），按本院节假日数据顺延',
  access: sessionAccess,
  input: z.strictObject({
    kind: z.enum(DEADLINE_KINDS, { error: `期限类型应为：${DEADLINE_KINDS.join('、')}` }),
    from: RealDate,
    days: z.number().int().min(1).max(365).optional(),
    extensions: z.array(z.strictObject({
      months: z.number().int().min(0).max(60).optional(),
      days: z.number().int().min(0).max(3650).optional(),
    })).max(20).optional(),
    deductions: z.array(z.strictObject({ from: RealDate, to: RealDate })).max(50).optional(),
  }),
  output: DeadlineResultSchema,
  errors: [],
  example: { kind: 'answer', from: '2026-01-05' },
  writes: false,
});
