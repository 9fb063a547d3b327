import { CalendarOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HearingSummary } from '../../../src-shared/contract/calls/hearingCalls';
import type { User } from '../../../src-shared/contract/schemas';
import { HEARING_STATE_LABELS } from '../../../src-shared/domain/hearing';
import { roleMay } from '../../../src-shared/domain/permissions';
import { api, onEvent } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';
import { ScheduleDialog } from './ScheduleDialog';

/** Today in the court's clock (the browser's), 'YYYY-MM-DD'. */
export const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const STATE_COLOR = { scheduled: 'default', opened: 'green', adjourned: 'orange', closed: 'blue' } as const;

/** 开庭排期: the hearings of one day, of one courtroom or all, each opening the courtroom view. */
export function HearingDayPage({ day, courtroom, user, navigate }: { day: string; courtroom: string; user: User; navigate: (path: string) => void }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const list = useLoad(() => api.hearings.list({ day, courtroom: courtroom || undefined }), [day, courtroom]);
  const [scheduling, setScheduling] = useState(false);
  const { reload } = list;
  useEffect(() => onEvent((e) => e.topic === 'data' && e.payload.entity === 'hearing' && reload()), [reload]);

  const go = (d: string, c: string) => navigate(`/courtroom/day/${d}${c ? `/${encodeURIComponent(c)}` : ''}`);
  const open = (id: string) => navigate(`/courtroom/hearing/${id}`);

  return (
    <Card
      className="cd-page-card"
      title={<span className="cd-card-title"><CalendarOutlined /> {t('courtroom.dayTitle')}</span>}
      extra={roleMay(user.role, 'hearing.write') ? <Button type="primary" icon={<PlusOutlined />} data-testid="schedule-open" onClick={() => setScheduling(true)}>{t('courtroom.schedule.title')}</Button> : null}
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input type="date" value={day} aria-label={t('courtroom.day')} data-testid="day-picker" onChange={(e) => e.target.value && go(e.target.value, courtroom)} style={{ width: 170 }} />
        <Button onClick={() => go(localToday(), courtroom)}>{t('courtroom.today')}</Button>
        <Select
          value={courtroom}
          style={{ width: 180 }}
          data-testid="courtroom-picker"
          onChange={(c: string) => go(day, c)}
          options={[{ value: '', label: t('courtroom.allRooms') }, ...(list.data?.courtrooms ?? []).map((c) => ({ value: c, label: c }))]}
        />
        <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('courtroom.refresh')} />
      </Space>
      {list.error ? <LoadError error={list.error} onRetry={reload} /> : null}
      <Table<HearingSummary>
        data-testid="hearing-table"
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('courtroom.noHearings')} /> }}
        onRow={(h) => ({ onClick: () => open(h.id), className: 'cd-clickable' })}
        columns={[
          { title: t('courtroom.col.time'), width: 80, render: (_v, h) => <span className="cd-nums">{h.startsAt.slice(11)}</span> },
          { title: t('courtroom.col.room'), dataIndex: 'courtroom', width: 110 },
          { title: t('courtroom.col.case'), render: (_v, h) => <span><strong>{h.caseNumber}</strong><br /><span className="cd-muted">{h.cause}</span></span> },
          { title: t('courtroom.col.presiding'), width: 100, render: (_v, h) => h.presidingJudge?.name ?? '' },
          { title: t('courtroom.col.clerk'), width: 100, render: (_v, h) => h.clerk?.name ?? '' },
          { title: t('courtroom.col.state'), width: 100, render: (_v, h) => <Tag color={STATE_COLOR[h.state]}>{label(HEARING_STATE_LABELS[h.state])}</Tag> },
          { title: t('courtroom.col.entries'), width: 90, render: (_v, h) => <span className="cd-nums">{h.entryCount}</span> },
          { width: 120, render: (_v, h) => <Button type="link" data-testid="enter-courtroom" onClick={(e) => { e.stopPropagation(); open(h.id); }}>{t('courtroom.enter')}</Button> },
        ]}
      />
      <ScheduleDialog
        open={scheduling}
        day={day}
        courtroom={courtroom}
        onClose={() => setScheduling(false)}
        onScheduled={() => {
          setScheduling(false);
          reload();
        }}
      />
    </Card>
  );
}
