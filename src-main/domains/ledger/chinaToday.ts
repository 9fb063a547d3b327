/** The calendar day (YYYY-MM-DD) of an instant in China time (UTC+8 all year, no daylight saving). */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
