import { App, Button, Checkbox, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '../../../src-shared/contract/calls/workOrderCalls';
import { WORK_ORDER_KIND_LABELS, WORK_ORDER_SIDE_LABELS, WORK_ORDER_STATE_LABELS } from '../../../src-shared/domain/serviceCodes';
import { api, onEvent } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';
import type { CentreTabProps } from '../centre/centreTabProps';
import { DueBadge } from '../ledger/DueBadge';

const STATE_COLORS: Record<WorkOrder['state'], string> = { created: 'processing', accepted: 'warning', completed: 'success' };

/** 工单: the orders this side received (to accept and complete) and the ones it sent, with their due dates. */
export function WorkOrdersTab({ navigate }: CentreTabProps) {
  const { t } = useTranslation();
  const { label, errorText } = useLabels();
  const { message } = App.useApp();
  const [box, setBox] = useState<'incoming' | 'outgoing'>('incoming');
  const [done, setDone] = useState(false);
  const [completing, setCompleting] = useState<WorkOrder | null>(null);
  const [result, setResult] = useState('');
  const list = useLoad(() => api.workOrders.list({ box, includeCompleted: done }), [box, done]);
  const { reload } = list;
  useEffect(() => onEvent((e) => e.topic === 'data' && reload()), [reload]);

  const act = async (work: () => Promise<unknown>, ok: string) => {
    try {
      await work();
      message.success(ok);
      reload();
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const columns: ColumnsType<WorkOrder> = [
    { title: t('ledger.workOrders.case'), key: 'case', width: 180, render: (_, o) => <a className="cd-case-number" onClick={() => navigate(`/cases/${o.caseId}`)}>{o.caseNumber}</a> },
    { title: t('ledger.workOrders.kind'), key: 'kind', width: 100, render: (_, o) => label(WORK_ORDER_KIND_LABELS[o.kind]) },
    { title: t('ledger.workOrders.note'), dataIndex: 'note', key: 'note', ellipsis: { showTitle: true } },
    { title: t('ledger.workOrders.from'), key: 'from', width: 150, render: (_, o) => `${label(WORK_ORDER_SIDE_LABELS[o.fromSide])}${o.team ? ` · ${o.team.name}` : ''}` },
    { title: t('ledger.workOrders.state'), key: 'state', width: 90, render: (_, o) => <Tag color={STATE_COLORS[o.state]} style={{ marginInlineEnd: 0 }}>{label(WORK_ORDER_STATE_LABELS[o.state])}</Tag> },
    {
      title: t('ledger.workOrders.dueOn'), key: 'due', width: 170,
      render: (_, o) => <Space size={4}><span className="cd-nums">{o.dueOn}</span>{o.state !== 'completed' ? <DueBadge daysLeft={o.daysLeft} level={o.level} /> : null}</Space>,
    },
    {
      title: t('ledger.workOrders.assignee'), key: 'assignee', width: 130,
      render: (_, o) => (
        <span>
          {o.assignee?.name ?? '—'}
          {o.resultNote ? <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{o.resultNote}</Typography.Text> : null}
        </span>
      ),
    },
    {
      title: '', key: 'actions', width: 80,
      render: (_, o) => !o.mine || o.state === 'completed' ? null : o.state === 'created'
        ? <Button size="small" type="primary" ghost onClick={() => act(() => api.workOrders.accept({ id: o.id, baseVersion: o.version }), t('ledger.workOrders.accepted'))}>{t('ledger.workOrders.accept')}</Button>
        : <Button size="small" type="primary" onClick={() => { setResult(''); setCompleting(o); }}>{t('ledger.workOrders.complete')}</Button>,
    },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="work-orders-tab">
      <Space>
        <Segmented value={box} onChange={(v) => setBox(v as 'incoming' | 'outgoing')} options={[
          { value: 'incoming', label: t('ledger.workOrders.incoming') },
          { value: 'outgoing', label: t('ledger.workOrders.outgoing') },
        ]} />
        <Checkbox checked={done} onChange={(e) => setDone(e.target.checked)}>{t('ledger.workOrders.showCompleted')}</Checkbox>
      </Space>
      {list.error ? <LoadError error={list.error} onRetry={reload} /> : null}
      <Table rowKey="id" size="small" columns={columns} dataSource={list.data?.items ?? []} loading={list.loading} pagination={false}
        tableLayout="fixed" scroll={{ x: 1060 }} locale={{ emptyText: t('ledger.workOrders.empty') }} data-testid="work-orders-table" />
      <Modal
        open={!!completing}
        title={t('ledger.workOrders.complete')}
        onCancel={() => setCompleting(null)}
        onOk={() => completing && act(() => api.workOrders.complete({ id: completing.id, resultNote: result, baseVersion: completing.version }), t('ledger.workOrders.completed')).then(() => setCompleting(null))}
        destroyOnHidden
      >
        <Typography.Text>{t('ledger.workOrders.resultNote')}</Typography.Text>
        <Input.TextArea rows={3} maxLength={500} value={result} onChange={(e) => setResult(e.target.value)} />
      </Modal>
    </Space>
  );
}
