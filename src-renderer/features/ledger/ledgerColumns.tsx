import { WarningOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { LedgerRow } from '../../../src-shared/contract/calls/ledgerCalls';
import { ledgerDeadlineLabel, SERVICE_STATUS_LABELS } from '../../../src-shared/domain/ledgerLabels';
import { StageTag } from '../../ui/StageTag';
import { partiesLine } from '../cases/caseColumns';
import { DueBadge, LEVEL_COLORS } from './DueBadge';

type Label = (l: { zh: string; en: string }) => string;

const SERVICE_COLORS: Record<LedgerRow['service']['status'], string> = { none: 'default', pending: 'processing', partial: 'blue', served: 'success', failed: 'error' };
/** A second, smaller line under a cell's main text. */
const SUB = { display: 'block', fontSize: 12 } as const;
const dash = <Typography.Text type="secondary">—</Typography.Text>;

/** The ledger's columns; sortable ones map to the server's sort fields. */
export function ledgerColumns(t: TFunction, label: Label, sort: { field: string; order: 'asc' | 'desc' }): ColumnsType<LedgerRow> {
  const sorted = (field: string) => ({ sorter: true, sortOrder: sort.field === field ? (sort.order === 'asc' ? 'ascend' as const : 'descend' as const) : null });
  return [
    {
      title: t('ledger.col.caseNumber'), dataIndex: 'caseNumber', key: 'caseNumber', width: 170, fixed: 'left', ...sorted('caseNumber'),
      render: (v: string, r) => (
        <span>
          <a href={`#/cases/${r.id}`} className="cd-case-number" onClick={(e) => e.stopPropagation()} data-testid="ledger-case-number">
            {v}
          </a>
          {r.unknownYears.length ? (
            <Tooltip title={t('ledger.unknownYears', { years: r.unknownYears.join('、') })}>
              <WarningOutlined style={{ color: '#d46b08', marginInlineStart: 4 }} data-testid="unknown-years" />
            </Tooltip>
          ) : null}
        </span>
      ),
    },
    {
      title: t('ledger.col.cause'), dataIndex: 'cause', key: 'cause', width: 170, ellipsis: { showTitle: false }, ...sorted('cause'),
      render: (cause: string, r) => {
        const line = partiesLine(r, t('cases.versus'));
        return (
          <Tooltip title={`${cause}：${line}`} placement="topLeft">
            <span style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis' }}>{cause}</span>
            <Typography.Text type="secondary" style={{ ...SUB, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{line}</Typography.Text>
          </Tooltip>
        );
      },
    },
    {
      title: t('ledger.col.stage'), dataIndex: 'stage', key: 'stage', width: 112, ...sorted('stage'),
      render: (s: LedgerRow['stage'], r) => (
        <span>
          <StageTag stage={s} />
          <Typography.Text type="secondary" style={SUB} className="cd-nums">{r.filedOn}</Typography.Text>
        </span>
      ),
    },
    {
      title: t('ledger.col.team'), key: 'team', width: 116,
      render: (_: unknown, r) => (
        <span>
          {r.judge?.name ?? '—'}
          {r.team ? <Typography.Text type="secondary" style={SUB}>{r.team.name}</Typography.Text> : null}
        </span>
      ),
    },
    {
      title: t('ledger.col.next'), key: 'next', width: 170,
      render: (_: unknown, r) => {
        const d = r.nextDeadline;
        if (!d) return dash;
        return (
          <Tooltip title={d.rule}>
            <span data-testid="ledger-next" data-kind={d.kind}>
              {label(ledgerDeadlineLabel(d.kind))}
              <span className="cd-nums" style={{ display: 'block' }}>{d.due}</span>
              <Typography.Text type="secondary" style={{ ...SUB, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{d.subject}</Typography.Text>
            </span>
          </Tooltip>
        );
      },
    },
    {
      title: t('ledger.col.daysLeft'), key: 'daysLeft', width: 104, ...sorted('daysLeft'),
      render: (_: unknown, r) => (r.nextDeadline ? <DueBadge daysLeft={r.nextDeadline.daysLeft} level={r.nextDeadline.level} /> : dash),
    },
    {
      title: t('ledger.col.service'), key: 'service', width: 100,
      render: (_: unknown, r) => (
        <Tag color={SERVICE_COLORS[r.service.status]} style={{ marginInlineEnd: 0 }} data-service={r.service.status}>
          {label(SERVICE_STATUS_LABELS[r.service.status])}
          {r.service.total ? ` ${r.service.served}/${r.service.total}` : ''}
        </Tag>
      ),
    },
    {
      title: t('ledger.col.preservation'), key: 'preservation', width: 110,
      render: (_: unknown, r) => {
        const p = r.preservation;
        if (!p) return dash;
        return (
          <Space size={4} wrap>
            <span>{t('ledger.preservationActive', { count: p.active })}</span>
            {p.nextExpiry ? <Tag color={p.level && p.level !== 'ok' ? LEVEL_COLORS[p.level] : undefined} style={{ marginInlineEnd: 0 }}>{t('ledger.expires', { date: p.nextExpiry })}</Tag> : null}
          </Space>
        );
      },
    },
    {
      title: t('ledger.col.dossier'), key: 'dossier', width: 88,
      render: (_: unknown, r) => {
        const d = r.dossier;
        if (!d) return dash;
        if (d.complete) return <Tag color="success" style={{ marginInlineEnd: 0 }}>{t('ledger.dossierComplete')}</Tag>;
        return <Tag color="warning" style={{ marginInlineEnd: 0 }}>{t('ledger.dossierMissing', { count: d.errors })}</Tag>;
      },
    },
  ];
}
