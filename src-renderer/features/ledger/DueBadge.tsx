import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DueLevel } from '../../../src-shared/contract/calls/dueInfoSchema';

/** antd colours of the warning levels: overdue red, due today orange, within 7 days gold. */
export const LEVEL_COLORS: Record<DueLevel, string> = { overdue: 'red', today: 'orange', soon: 'gold', ok: 'green' };

/** "剩 5 天" / "今日到期" / "超期 3 天", coloured by level; the rule (how it was counted) on hover. */
export function DueBadge({ daysLeft, level, rule }: { daysLeft: number; level: DueLevel; rule?: string }) {
  const { t } = useTranslation();
  const text = level === 'overdue' ? t('ledger.overdueBy', { days: -daysLeft }) : level === 'today' ? t('ledger.dueToday') : t('ledger.daysLeft', { days: daysLeft });
  const tag = (
    <Tag color={LEVEL_COLORS[level]} variant={level === 'ok' ? 'outlined' : 'solid'} data-level={level} className="cd-due-badge" style={{ marginInlineEnd: 0 }}>
      {text}
    </Tag>
  );
  return rule ? <Tooltip title={rule}>{tag}</Tooltip> : tag;
}
