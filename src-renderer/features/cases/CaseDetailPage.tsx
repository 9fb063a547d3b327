import { ArrowLeftOutlined, NodeIndexOutlined } from '@ant-design/icons';
import { Button, Card, Col, Result, Row, Skeleton, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../src-shared/contract/schemas';
import { CASE_STAGES } from '../../../src-shared/domain/caseStages';
import { roleMay } from '../../../src-shared/domain/permissions';
import { api } from '../../api/api';
import { isApiError } from '../../api/ApiError';
import { LoadError } from '../../ui/LoadError';
import { StageTag } from '../../ui/StageTag';
import { useLoad } from '../../ui/useLoad';
import { DossierTab } from '../dossier/DossierTab';
import { EvidenceCard } from '../evidence/EvidenceCard';
import { AdvanceStageDialog } from './AdvanceStageDialog';
import { CaseSummary } from './CaseSummary';
import { DocumentsTable } from './DocumentsTable';
import { PartiesTable } from './PartiesTable';
import { StageProgress, StageTimeline } from './StageTimeline';
import { CaseServiceSection } from '../service/CaseServiceSection';

export type CaseTab = 'overview' | 'dossier';

/**
 * One case: the header (case number, stage, summary; 推进流程 for roles that may write) over two tabs:
 * 概况 (progress, parties, documents, timeline) and 电子卷宗 (`#/cases/<id>/dossier`).
 */
export function CaseDetailPage({
  id,
  user,
  tab,
  query,
  onBack,
  navigate,
}: {
  id: string;
  user: User;
  tab: CaseTab;
  /** A search in this case's dossier (dossier tab). */
  query: string;
  onBack: () => void;
  navigate: (path: string) => void;
}) {
  const { t } = useTranslation();
  const { data: detail, error, loading, reload } = useLoad(() => api.cases.get({ id }), [id]);
  const [advancing, setAdvancing] = useState(false);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="back-to-list">
      {t('detail.back')}
    </Button>
  );

  if (error && isApiError(error) && error.code === 'NOT_FOUND') {
    return <Card className="cd-page-card"><Result status="404" title={t('detail.notFound')} extra={back} /></Card>;
  }
  if (!detail || detail.id !== id) {
    return (
      <Card className="cd-page-card">
        {error ? <LoadError error={error} onRetry={reload} /> : <Skeleton active paragraph={{ rows: 8 }} />}
      </Card>
    );
  }

  const canAdvance = roleMay(user.role, 'case.write') && detail.stage !== CASE_STAGES[CASE_STAGES.length - 1];
  const pages = detail.documents.reduce((n, d) => n + d.pageCount, 0);

  const overview = (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card className="cd-page-card" size="small" title={t('detail.progress')}>
        <div className="cd-progress">
          <StageProgress stage={detail.stage} events={detail.events} />
        </div>
      </Card>
      <CaseServiceSection detail={detail} user={user} />
      <Card className="cd-page-card" size="small" title={t('detail.parties')}>
        <PartiesTable parties={detail.parties} />
      </Card>
      <EvidenceCard caseId={id} caseNumber={detail.caseNumber} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card
            className="cd-page-card"
            size="small"
            title={t('detail.documents')}
            extra={<Typography.Text type="secondary">{t('detail.docCount', { count: detail.documents.length, pages })}</Typography.Text>}
          >
            <DocumentsTable documents={detail.documents} />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card className="cd-page-card" size="small" title={t('detail.timeline')}>
            <StageTimeline events={detail.events} />
          </Card>
        </Col>
      </Row>
    </Space>
  );

  return (
    <Space orientation="vertical" size={0} style={{ width: '100%' }} data-testid="case-detail">
      <Card className="cd-page-card">
        <div className="cd-detail-head">
          {back}
          <Typography.Title level={4} className="cd-detail-title" data-testid="case-number">
            {detail.caseNumber}
          </Typography.Title>
          <StageTag stage={detail.stage} />
          <span className="cd-toolbar-spacer" />
          {canAdvance ? (
            <Button type="primary" icon={<NodeIndexOutlined />} onClick={() => setAdvancing(true)} loading={loading}>
              {t('advance.button')}
            </Button>
          ) : null}
        </div>
        {error ? <LoadError error={error} onRetry={reload} /> : null}
        <CaseSummary detail={detail} />
      </Card>
      <Tabs
        className="cd-case-tabs"
        activeKey={tab}
        onChange={(key) => {
          if (key === 'overview') reload();
          navigate(key === 'dossier' ? `/cases/${id}/dossier` : `/cases/${id}`);
        }}
        items={[
          { key: 'overview', label: t('detail.tabOverview'), children: overview },
          {
            key: 'dossier',
            label: <span data-testid="tab-dossier">{t('detail.tabDossier')}</span>,
            children: <DossierTab caseId={id} caseNumber={detail.caseNumber} user={user} query={query} navigate={navigate} />,
          },
        ]}
      />
      {canAdvance ? (
        <AdvanceStageDialog
          open={advancing}
          detail={detail}
          onClose={() => setAdvancing(false)}
          onDone={() => {
            setAdvancing(false);
            reload();
          }}
        />
      ) : null}
    </Space>
  );
}
