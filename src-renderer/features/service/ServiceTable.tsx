import { Space, Table, Tag, Tooltip, Typography, Button } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ServiceRecord } from '../../../src-shared/contract/calls/serviceCalls';
import { FAILURE_REASON_LABELS, SERVICE_METHOD_LABELS, SERVICE_STATE_LABELS } from '../../../src-shared/domain/serviceCodes';
import { useLabels } from '../../i18n/useLabels';
import { formatDateTime } from '../../ui/format';
import { DueBadge } from '../ledger/DueBadge';
import { ProofUploadButton } from './ProofUploadButton';

const SUB = { display: 'block', fontSize: 12 } as const;
const STATE_COLORS: Record<ServiceRecord['state'], string> = { pending: 'processing', served: 'success', failed: 'error', cancelled: 'default' };

/** Service records with their attempts, proof and the actions of whoever may write them. */
export function ServiceTable({
  items, loading, showCase, canWrite, onAttempt, onOtherMethod, onChanged, onOpenCase,
}: {
  items: ServiceRecord[];
  loading?: boolean;
  showCase?: boolean;
  canWrite: boolean;
  onAttempt: (r: ServiceRecord) => void;
  onOtherMethod: (r: ServiceRecord) => void;
  onChanged: () => void;
  onOpenCase?: (caseId: string) => void;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const columns: ColumnsType<ServiceRecord> = [
    ...(showCase ? [{
      title: t('ledger.service.case'), key: 'case', width: 180,
      render: (_: unknown, r: ServiceRecord) => <a onClick={() => onOpenCase?.(r.caseId)} className="cd-case-number">{r.caseNumber}</a>,
    }] : []),
    { title: t('ledger.service.recipient'), key: 'party', width: 120, render: (_, r) => r.partyName },
    { title: t('ledger.service.document'), dataIndex: 'documentTitle', key: 'doc', ellipsis: { showTitle: true } },
    {
      title: t('ledger.service.method'), key: 'method', width: 190,
      render: (_, r) => (
        <span>
          {label(SERVICE_METHOD_LABELS[r.method])}
          <Typography.Text type="secondary" style={SUB} ellipsis={{ tooltip: r.address }}>
            {r.emsNumber ? <span className="cd-nums">EMS {r.emsNumber}</span> : r.address}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: t('ledger.service.state'), key: 'state', width: 210,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <Tag color={STATE_COLORS[r.state]} style={{ marginInlineEnd: 0 }} data-state={r.state}>{label(SERVICE_STATE_LABELS[r.state])}</Tag>
          {r.effectiveServedOn && r.method === 'announcement' ? <Typography.Text type="secondary" style={SUB}>{t('ledger.service.deemed', { date: r.effectiveServedOn })}</Typography.Text> : null}
          {r.attempts.map((a) => (
            <Tooltip key={a.id} title={[a.note, a.recordedBy].filter(Boolean).join(' · ')}>
              <Typography.Text type="secondary" style={SUB}>
                <span className="cd-nums">{formatDateTime(a.at)}</span>{' '}
                {a.result === 'success' ? t('ledger.service.success') : `${t('ledger.service.failure')}：${label(FAILURE_REASON_LABELS[a.reason!])}`}
              </Typography.Text>
            </Tooltip>
          ))}
        </Space>
      ),
    },
    {
      title: t('ledger.service.dueOn'), key: 'due', width: 120,
      render: (_, r) => (r.dueLevel ? <Space orientation="vertical" size={2}><span className="cd-nums">{r.dueOn}</span><DueBadge daysLeft={r.dueDaysLeft} level={r.dueLevel} /></Space> : <span className="cd-nums">{r.dueOn}</span>),
    },
    {
      title: t('ledger.service.proof'), key: 'proof', width: 130,
      render: (_, r) => r.proofDocumentId
        ? <a href={`#/cases/${r.caseId}/dossier`} data-testid="service-proof">{r.proofTitle}</a>
        : canWrite && r.state !== 'pending' ? <ProofUploadButton record={r} onDone={onChanged} /> : <Typography.Text type="secondary">—</Typography.Text>,
    },
    ...(canWrite ? [{
      title: '', key: 'actions', width: 110,
      render: (_: unknown, r: ServiceRecord) => (
        <Space orientation="vertical" size={4}>
          {r.state === 'pending' || r.state === 'failed' ? <Button size="small" type="primary" ghost onClick={() => onAttempt(r)} data-testid="service-record-attempt">{t('ledger.service.recordAttempt')}</Button> : null}
          {r.needsOtherMethod ? <Button size="small" danger onClick={() => onOtherMethod(r)} data-testid="service-other-method">{t('ledger.service.otherMethod')}</Button> : null}
        </Space>
      ),
    }] : []),
  ];
  return (
    <Table
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      tableLayout="fixed"
      scroll={{ x: showCase ? 1100 : 920 }}
      data-testid="service-table"
      locale={{ emptyText: t('ledger.service.empty') }}
    />
  );
}

