import { ReadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../src-shared/contract/calls/caseCalls';
import type { User } from '../../../src-shared/contract/schemas';
import { visibleVolumes } from '../../../src-shared/domain/dossierVisibility';
import { api } from '../../api/api';
import { LoadError } from '../../ui/LoadError';
import { StageTag } from '../../ui/StageTag';
import { useLoad } from '../../ui/useLoad';
import { partiesLine } from '../cases/caseColumns';
import { volumeReaderPath } from './readerPath';
import { recentVolumes } from './recentReading';

/**
 * 阅卷: the cases the user reads — those read last on this device first, then the judge's own cases (or,
 * for the other roles, the court's latest) — each with a button to read its 正卷, and its 副卷 when the role
 * may see it, as one continuous volume.
 */
export function ReadingHome({ user, navigate }: { user: User; navigate: (path: string) => void }) {
  const { t } = useTranslation();
  const recent = useMemo(() => recentVolumes(user.id), [user.id]);
  const loaded = useLoad(
    () => api.cases.list(user.role === 'judge' ? { judgeId: user.id, limit: 100 } : { limit: 50 }),
    [user.id, user.role],
  );
  const volumes = visibleVolumes(user.role);
  const rows = useMemo(() => {
    const items = loaded.data?.items ?? [];
    const order = new Map(recent.map((r, i) => [r.caseId, i]));
    return [...items].sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
  }, [loaded.data, recent]);
  const recentIds = new Set(recent.map((r) => r.caseId));

  const columns: ColumnsType<CaseSummary> = [
    {
      title: t('cases.col.caseNumber'),
      dataIndex: 'caseNumber',
      width: 220,
      render: (v: string, c) => (
        <Space size={4}>
          <span className="cd-case-number">{v}</span>
          {recentIds.has(c.id) ? <Tag color="geekblue">{t('readerPlus.recent')}</Tag> : null}
        </Space>
      ),
    },
    { title: t('cases.col.cause'), dataIndex: 'cause', width: 170, ellipsis: true },
    { title: t('cases.col.parties'), key: 'parties', ellipsis: true, render: (_: unknown, c) => partiesLine(c, t('cases.versus')) },
    { title: t('cases.col.stage'), dataIndex: 'stage', width: 120, render: (s: CaseSummary['stage']) => <StageTag stage={s} /> },
    {
      title: t('readerPlus.read'),
      key: 'read',
      width: 220,
      render: (_: unknown, c) => (
        <Space size={4}>
          {volumes.map((v) => (
            <Button
              key={v}
              size="small"
              type={v === 'main' ? 'primary' : 'default'}
              icon={<ReadOutlined />}
              onClick={() => navigate(volumeReaderPath(c.id, v))}
              data-testid={`read-${v}`}
              data-case-id={c.id}
            >
              {t(`readerPlus.readVolumeOf.${v}`)}
            </Button>
          ))}
        </Space>
      ),
    },
  ];

  return (
    <Card className="cd-page-card" data-testid="reading-home">
      <Typography.Title level={5}>{t(user.role === 'judge' ? 'readerPlus.myCases' : 'readerPlus.latestCases')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('readerPlus.homeHint')}</Typography.Paragraph>
      {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : null}
      <Table<CaseSummary>
        rowKey="id"
        size="middle"
        loading={loaded.loading && !loaded.data}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="reading-cases"
      />
    </Card>
  );
}
