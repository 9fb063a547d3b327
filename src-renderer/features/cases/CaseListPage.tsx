import { Card, Empty, Table, Typography } from 'antd';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, onEvent } from '../../api/api';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';
import { caseColumns } from './caseColumns';
import { toListInput, type CaseListFilters } from './caseListFilters';
import { CaseListToolbar } from './CaseListToolbar';

/** 案件: the case ledger from cases.list, searched, filtered and paged on the server. */
export function CaseListPage({
  filters,
  onFilters,
  onOpen,
}: {
  filters: CaseListFilters;
  onFilters: (f: CaseListFilters) => void;
  onOpen: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const list = useLoad(() => api.cases.list(toListInput(filters)), [filters]);
  const columns = useMemo(() => caseColumns(t), [t, i18n.language]);
  const { reload } = list;

  // Another window or device changed a case: show it.
  useEffect(() => onEvent((e) => e.topic === 'data' && reload()), [reload]);

  const change = useCallback(
    (patch: Partial<CaseListFilters>) => onFilters({ ...filters, ...patch, page: patch.page ?? 1 }),
    [filters, onFilters],
  );
  const total = list.data?.total ?? 0;

  return (
    <Card
      className="cd-page-card"
      title={
        <span className="cd-card-title">
          {t('cases.title')}
          <Typography.Text type="secondary" className="cd-card-count" data-testid="case-total">
            {list.data ? t('cases.total', { total }) : ''}
          </Typography.Text>
        </span>
      }
    >
      <CaseListToolbar filters={filters} judges={list.data?.judges ?? []} onChange={change} onRefresh={reload} />
      {list.error ? <LoadError error={list.error} onRetry={reload} /> : null}
      <Table
        data-testid="case-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        tableLayout="fixed"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.empty')} /> }}
        onRow={(c) => ({ onClick: () => onOpen(c.id), className: 'cd-clickable' })}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (n) => t('cases.total', { total: n }),
          onChange: (page, pageSize) => change({ page: pageSize === filters.pageSize ? page : 1, pageSize }),
        }}
      />
    </Card>
  );
}
