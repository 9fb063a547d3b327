import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ledgerDeadlineLabel } from '../../../src-shared/domain/ledgerLabels';
import { api, onEvent } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { useLoad } from '../../ui/useLoad';
import { DueBadge } from '../ledger/DueBadge';

// Levels change with the date as well as with data: look again every ten minutes.
const REFRESH_MS = 10 * 60_000;

/** The header bell: the user's deadline warnings (overdue, due today, within 7 days); a click opens the case. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { label } = useLabels();
  const [open, setOpen] = useState(false);
  const notes = useLoad(() => api.notifications.list({ limit: 50 }), []);
  const { reload } = notes;
  useEffect(() => onEvent((e) => e.topic === 'data' && reload()), [reload]);
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const data = notes.data;
  const urgent = data ? data.counts.overdue + data.counts.today : 0;
  const all = data ? urgent + data.counts.soon : 0;
  const go = (path: string) => {
    setOpen(false);
    window.location.hash = path;
  };

  const content = (
    <div style={{ width: 420 }} data-testid="notification-list">
      {data ? <Typography.Text type="secondary">{t('ledger.notifications.counts', data.counts)}</Typography.Text> : null}
      <List
        size="small"
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledger.notifications.empty')} /> }}
        style={{ maxHeight: 420, overflowY: 'auto' }}
        renderItem={(n) => (
          <List.Item className="cd-clickable" onClick={() => go(`#/cases/${n.caseId}`)} extra={<DueBadge daysLeft={n.daysLeft} level={n.level} />}>
            <List.Item.Meta
              title={<span>{label(ledgerDeadlineLabel(n.kind))} <span className="cd-nums">{n.due}</span></span>}
              description={`${n.caseNumber} · ${n.subject}`}
            />
          </List.Item>
        )}
      />
      <Button type="link" onClick={() => go('#/ledger')} style={{ paddingInline: 0 }}>
        {t('ledger.notifications.open')}
      </Button>
    </div>
  );

  return (
    <Popover trigger="click" placement="bottomRight" title={t('ledger.notifications.title')} content={content} open={open} onOpenChange={setOpen}>
      <Badge count={all} size="small" color={urgent > 0 ? 'red' : 'gold'} overflowCount={99} data-testid="notification-count">
        <Button type="text" icon={<BellOutlined />} aria-label={t('ledger.notifications.title')} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}
