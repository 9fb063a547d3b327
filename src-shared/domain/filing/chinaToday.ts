/** Today in China (UTC+8 all year, no daylight saving): the calendar day a court counts in. */
export const chinaToday = (now: Date = new Date()): string =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
