import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preservation } from '../../../src-shared/contract/calls/preservationCalls';
import { roleMay } from '../../../src-shared/domain/permissions';
import { PRESERVATION_KIND_LABELS } from '../../../src-shared/domain/serviceCodes';
import { api, onEvent } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { formatYuan } from '../../ui/format';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';
import type { CentreTabProps } from '../centre/centreTabProps';
import { DueBadge } from '../ledger/DueBadge';
import { NewPreservationDialog } from './NewPreservationDialog';

const CLIP = { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/** 保全 (centre tab): the active preservations, nearest expiry first, each measure with its warning. */
export function PreservationTab({ user, navigate }: CentreTabProps) {
  const { t } = useTranslation();
  const { label, errorText } = useLabels();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const list = useLoad(() => api.preservations.list({ active: true }), []);
  const { reload } = list;
  useEffect(() => onEvent((e) => e.topic === 'data' && reload()), [reload]);
  const canWrite = roleMay(user.role, 'preservation.write');

  const columns: ColumnsType<Preservation> = [
    { title: t('ledger.preservation.case'), key: 'case', width: 180, render: (_, p) => <a className="cd-case-number" onClick={() => navigate(`/cases/${p.caseId}`)}>{p.caseNumber}</a> },
    { title: t('ledger.preservation.kind'), key: 'kind', width: 84, render: (_, p) => label(PRESERVATION_KIND_LABELS[p.kind]) },
    {
      title: `${t('ledger.preservation.applicant')} / ${t('ledger.preservation.respondent')}`, key: 'parties', width: 170, ellipsis: { showTitle: false },
      render: (_, p) => (
        <Tooltip title={`${p.applicant} → ${p.respondent}`} placement="topLeft">
          <span style={CLIP}>{p.applicant}</span>
          <Typography.Text type="secondary" style={{ ...CLIP, fontSize: 12 }}>{p.respondent}</Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: `${t('ledger.preservation.amount')} / ${t('ledger.preservation.guarantee')}`, key: 'amount', width: 160,
      render: (_, p) => (
        <span>
          <span className="cd-nums">{formatYuan(p.amount) || '—'}</span>
          <Typography.Text type="secondary" style={{ ...CLIP, fontSize: 12 }}>{p.guarantee}</Typography.Text>
        </span>
      ),
    },
    { title: t('ledger.preservation.rulingOn'), dataIndex: 'rulingOn', key: 'ruling', width: 104, render: (d: string | null) => <span className="cd-nums">{d ?? '—'}</span> },
    {
      title: t('ledger.preservation.measures'), key: 'measures',
      render: (_, p) => (
        <Space orientation="vertical" size={2}>
          {p.measures.map((m) => (
            <Space key={m.id} size={6} wrap>
              <span>{m.description}</span>
              <Typography.Text type="secondary" className="cd-nums">{m.startedOn} — {m.expiresOn}</Typography.Text>
              <DueBadge daysLeft={m.daysLeft} level={m.level} />
            </Space>
          ))}
        </Space>
      ),
    },
    ...(canWrite ? [{
      title: '', key: 'lift', width: 90,
      render: (_: unknown, p: Preservation) => (
        <Popconfirm title={t('ledger.preservation.lift')} onConfirm={() => api.preservations.lift({ id: p.id, baseVersion: p.version }).then(() => { message.success(t('ledger.preservation.lifted')); reload(); }, (err: unknown) => message.error(errorText(err)))}>
          <Button size="small" danger>{t('ledger.preservation.lift')}</Button>
        </Popconfirm>
      ),
    }] : []),
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="preservation-tab">
      {canWrite ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('ledger.preservation.create')}</Button> : null}
      {list.error ? <LoadError error={list.error} onRetry={reload} /> : null}
      <Table rowKey="id" size="small" columns={columns} dataSource={list.data?.items ?? []} loading={list.loading} pagination={false}
        tableLayout="fixed" scroll={{ x: 1080 }} locale={{ emptyText: t('ledger.preservation.empty') }} data-testid="preservation-table" />
      <NewPreservationDialog open={creating} onClose={() => setCreating(false)} onDone={() => { setCreating(false); reload(); }} />
    </Space>
  );
}
