import { DEADLINE_KIND_LABELS, isDeadlineKind } from './deadlines/deadlineKinds';

type Label = { zh: string; en: string };

/** Labels of the ledger's own deadline kinds beyond the statutory ones of the deadline engine. */
const EXTRA_KIND_LABELS: Record<string, Label> = {
  'service-due': { zh: '送达期限', en: 'Service due' },
  'preservation-expiry': { zh: '保全到期', en: 'Preservation expires' },
};

export function ledgerDeadlineLabel(kind: string): Label {
  return isDeadlineKind(kind) ? DEADLINE_KIND_LABELS[kind] : (EXTRA_KIND_LABELS[kind] ?? { zh: kind, en: kind });
}

export const LEDGER_LEVEL_LABELS: Record<'overdue' | 'today' | 'soon' | 'ok' | 'none', Label> = {
  overdue: { zh: '已超期', en: 'Overdue' },
  today: { zh: '今日到期', en: 'Due today' },
  soon: { zh: '7日内到期', en: 'Due within 7 days' },
  ok: { zh: '正常', en: 'On track' },
  none: { zh: '无期限', en: 'No deadline' },
};

export const SERVICE_STATUS_LABELS: Record<'none' | 'pending' | 'partial' | 'served' | 'failed', Label> = {
  none: { zh: '未送达', en: 'Not started' },
  pending: { zh: '送达中', en: 'In progress' },
  partial: { zh: '部分送达', en: 'Partly served' },
  served: { zh: '已送达', en: 'Served' },
  failed: { zh: '送达失败', en: 'Failed' },
};
