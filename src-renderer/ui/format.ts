/** Display helpers: dates as YYYY-MM-DD, amounts in yuan, ID numbers masked in the middle. */

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-03-05` from an ISO date or date-time (local time for date-times). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `2026-03-05 14:30` from an ISO date-time, in local time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime()) || /^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDate(iso);
  return `${formatDate(iso)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const YUAN = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });

/** `¥698,000.00` in both languages (court amounts are always yuan). */
export function formatYuan(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return '';
  return YUAN.format(amount);
}

/**
 * Masks the middle of an ID number: a resident ID `320102199001011234` shows as `3201**********1234`;
 * shorter numbers (organisation codes) keep a third at each end.
 */
export function maskIdNumber(id: string | null | undefined): string {
  if (!id) return '';
  const s = id.trim();
  if (s.length <= 4) return '*'.repeat(s.length);
  const keep = s.length >= 15 ? 4 : Math.max(1, Math.floor(s.length / 3));
  return s.slice(0, keep) + '*'.repeat(s.length - keep * 2) + s.slice(-keep);
}
