import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerFilterInput } from '../../../src-shared/contract/calls/ledgerCalls';
import type { User } from '../../../src-shared/contract/schemas';
import { LEDGER_LEVEL_LABELS } from '../../../src-shared/domain/ledgerLabels';
import { api, onEvent } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { downloadBytes, safeFileName } from '../../ui/downloadBytes';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';
import { LEVEL_COLORS } from './DueBadge';
import { ledgerColumns } from './ledgerColumns';
import { LedgerToolbar } from './LedgerToolbar';
import { SavedViews } from './SavedViews';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DEFAULT: LedgerFilterInput = { sort: { field: 'daysLeft', order: 'asc' } };
const LEVELS = ['overdue', 'today', 'soon'] as const;

/** 案件台账: every case the user keeps, its next computed deadline and days left, filtered, sorted, saved and exported. */
export function LedgerPage({ navigate }: { user: User; navigate: (path: string) => void }) {
  const { t, i18n } = useTranslation();
  const { label, errorText } = useLabels();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<LedgerFilterInput>(DEFAULT);
  const [page, setPage] = useState({ current: 1, size: 50 });
  const [exporting, setExporting] = useState(false);
  const list = useLoad(() => api.ledger.list({ ...filter, limit: page.size, offset: (page.current - 1) * page.size }), [filter, page]);
  const { reload } = list;
  useEffect(() => onEvent((e) => e.topic === 'data' && reload()), [reload]);
  const sort = filter.sort ?? DEFAULT.sort!;
  const columns = useMemo(() => ledgerColumns(t, label, sort), [t, i18n.language, sort.field, sort.order]);

  const change = (patch: Partial<LedgerFilterInput>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage((p) => ({ ...p, current: 1 }));
  };
  const exportXlsx = async () => {
    setExporting(true);
    try {
      const bytes = await api.ledger.exportXlsx(filter);
      const file = safeFileName('案件台账', list.data?.today ?? '') + '.xlsx';
      downloadBytes(bytes, file, XLSX);
      message.success(t('ledger.exported', { file }));
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setExporting(false);
    }
  };
  const data = list.data;

  return (
    <Card
      className="cd-page-card"
      data-testid="ledger-page"
      title={
        <span className="cd-card-title">
          {t('ledger.title')}
          <Typography.Text type="secondary" className="cd-card-count" data-testid="ledger-total">
            {data ? `${t('ledger.total', { total: data.total })} · ${t('ledger.today', { today: data.today })}` : ''}
          </Typography.Text>
        </span>
      }
      extra={
        <Space size={8}>
          <SavedViews filter={filter} onApply={(f) => { setFilter(f); setPage((p) => ({ ...p, current: 1 })); }} />
          <Button icon={<FileExcelOutlined />} loading={exporting} onClick={exportXlsx} data-testid="ledger-export">
            {t('ledger.export')}
          </Button>
        </Space>
      }
    >
      <LedgerToolbar filter={filter} judges={data?.judges ?? []} onChange={change} onReset={() => change({ ...DEFAULT, query: undefined, stage: undefined, procedure: undefined, judgeId: undefined, level: undefined, serviceStatus: undefined, preservation: undefined, includeClosed: false })} onRefresh={reload} />
      {data ? (
        <Space size={8} style={{ margin: '4px 0 12px' }} data-testid="ledger-levels">
          {LEVELS.map((l) => (
            <Tag.CheckableTag key={l} checked={filter.level === l} onChange={(on) => change({ level: on ? l : undefined })}>
              <Tag color={LEVEL_COLORS[l]} variant="solid" style={{ marginInlineEnd: 0 }}>{data.levels[l]}</Tag> {label(LEDGER_LEVEL_LABELS[l])}
            </Tag.CheckableTag>
          ))}
        </Space>
      ) : null}
      {list.error ? <LoadError error={list.error} onRetry={reload} /> : null}
      <Table
        data-testid="ledger-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={list.loading}
        tableLayout="fixed"
        scroll={{ x: 1140 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledger.empty')} /> }}
        onRow={(r) => ({ onClick: () => navigate(`/cases/${r.id}`), className: 'cd-clickable' })}
        onChange={(_p, _f, sorter, extra) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          if (extra.action !== 'sort' || !s) return;
          const field = (s.columnKey as string) ?? 'daysLeft';
          change({ sort: s.order ? { field: field as 'daysLeft', order: s.order === 'ascend' ? 'asc' : 'desc' } : DEFAULT.sort });
        }}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (n) => t('ledger.total', { total: n }),
          onChange: (current, size) => setPage({ current: size === page.size ? current : 1, size }),
        }}
      />
    </Card>
  );
}
