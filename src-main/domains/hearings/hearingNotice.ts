import { computeDeadline } from '../../../src-shared/domain/deadlines/deadlineKinds';
import { addDays } from '../../../src-shared/domain/deadlines/periods';

const DAY_MS = 86_400_000;
const dayNumber = (isoDay: string): number => Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS;

/** Today in China time (the courts' clock), 'YYYY-MM-DD'. */
export const chinaToday = (now: Date): string => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export interface NoticeCheck {
  /** Why the hearing may not be scheduled like this (the notice came too late under the ordinary procedure). */
  refusal: string | null;
  warnings: string[];
}

/**
 * The 3-day rule (民事诉讼法第139条: 传票 at least three days before the hearing), as the deadline rules count it
 * (computeDeadline 'hearing-notice': neither the day of service nor the hearing day counts, so a hearing on the
 * 10th needs the notice served by the 6th). Too late a notice refuses the schedule under the ordinary procedure;
 * under the simplified and small-claims procedures the parties may agree to a shorter time, so it is a warning.
 * A notice not yet served gives the last day it may be served.
 */
export function checkHearingNotice(hearingDay: string, noticeServedOn: string | null, today: string, procedure: string): NoticeCheck {
  const latest = computeDeadline('hearing-notice', hearingDay).due;
  if (noticeServedOn === null) {
    if (latest < today) {
      return { refusal: null, warnings: [`开庭传票尚未送达，已来不及在开庭三日前送达（最迟应于 ${latest} 送达），请确认当事人同意或改期`] };
    }
    return { refusal: null, warnings: [`开庭传票尚未送达：最迟应于 ${latest} 送达`] };
  }
  if (noticeServedOn > hearingDay) return { refusal: '开庭传票的送达日期晚于开庭日期', warnings: [] };
  if (noticeServedOn <= latest) return { refusal: null, warnings: [] };
  const gap = dayNumber(hearingDay) - dayNumber(noticeServedOn);
  const text = `开庭传票于 ${noticeServedOn} 送达，距开庭仅 ${gap} 日，不足三日（最迟应于 ${latest} 送达）`;
  if (procedure === 'simplified' || procedure === 'small_claims') {
    return { refusal: null, warnings: [`${text}；简易程序须经当事人同意方可缩短`] };
  }
  return { refusal: `${text}，不能排期；请改在 ${addDays(noticeServedOn, hearingDayOffset(hearingDay, latest))} 或以后开庭`, warnings: [] };
}

/** How many days the hearing lies after the latest day of service (4 under the current rule). */
const hearingDayOffset = (hearingDay: string, latest: string): number => dayNumber(hearingDay) - dayNumber(latest);
