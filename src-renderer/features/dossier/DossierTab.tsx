import { CloseOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Skeleton, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierDocument } from '../../../src-shared/contract/calls/documentCalls';
import type { User } from '../../../src-shared/contract/schemas';
import { roleMay } from '../../../src-shared/domain/permissions';
import { useLabels } from '../../i18n/useLabels';
import { LoadError } from '../../ui/LoadError';
import { readerPath } from '../reader/readerPath';
import { SearchResults } from '../search/SearchResults';
import { applyDrop } from './applyDrop';
import { CatalogueTree } from './CatalogueTree';
import { CategoryDialog } from './CategoryDialog';
import { CheckList } from './CheckList';
import { CoverSheetDialog } from './CoverSheetDialog';
import { DossierToolbar } from './DossierToolbar';
import { ImportPanel } from './ImportPanel';
import { useDossier } from './useDossier';
import { useImportBatches } from './useImportBatches';

/**
 * 电子卷宗 of one case: the catalogue tree (正卷, 副卷), import with progress, the completeness check,
 * volume export, cover sheets and search in this case. Import, reorder and category fixes need dossier.write.
 * The search query lives in the address (`#/cases/<id>/dossier/<query>`), so back from a page returns to it.
 */
export function DossierTab({
  caseId,
  caseNumber,
  user,
  query,
  navigate,
}: {
  caseId: string;
  caseNumber: string;
  user: User;
  query: string;
  navigate: (path: string) => void;
}) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const { message } = App.useApp();
  const dossier = useDossier(caseId);
  const imports = useImportBatches(caseId, dossier.reload);
  const canWrite = roleMay(user.role, 'dossier.write');
  const [fixing, setFixing] = useState<DossierDocument | null>(null);
  const [coverOpen, setCoverOpen] = useState(false);
  const [showEmpty, setShowEmpty] = useState(false);
  const [searchPage, setSearchPage] = useState(1);
  useEffect(() => setSearchPage(1), [query]);
  const docs = dossier.documents.data?.items ?? [];
  const categories = dossier.categories.data?.categories ?? [];

  const open = (documentId: string, pageIndex = 0) => navigate(readerPath(caseId, documentId, pageIndex));
  const search = (q: string) =>
    navigate(q ? `/cases/${caseId}/dossier/${encodeURIComponent(q)}` : `/cases/${caseId}/dossier`);
  const drop = (plan: Parameters<typeof applyDrop>[1]) =>
    applyDrop(caseId, plan)
      .then(() => void message.success(plan.category ? t('dossier.fixed', { category: plan.category }) : t('dossier.reordered')))
      .catch((err: unknown) => void message.error(errorText(err)))
      .finally(dossier.reload);

  const loadError = dossier.documents.error ?? dossier.categories.error;
  const ready = dossier.documents.data && dossier.categories.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="dossier-tab">
      <Card className="cd-page-card" size="small">
        <DossierToolbar
          caseId={caseId}
          caseNumber={caseNumber}
          canWrite={canWrite}
          query={query}
          onFiles={imports.start}
          onCoverSheet={() => setCoverOpen(true)}
          onSearch={search}
        />
      </Card>
      {query ? (
        <Card
          className="cd-page-card"
          size="small"
          title={t('search.inCaseTitle', { query })}
          extra={<Button type="text" size="small" icon={<CloseOutlined />} onClick={() => search('')} aria-label={t('search.close')} />}
          data-testid="dossier-search-results"
        >
          <SearchResults query={query} caseId={caseId} page={searchPage} onPage={setSearchPage} onOpen={(hit) => open(hit.documentId, hit.pageIndex)} />
        </Card>
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card
            className="cd-page-card"
            size="small"
            title={t('dossier.catalogue')}
            extra={
              <label className="cd-switch-label">
                <Switch size="small" checked={showEmpty} onChange={setShowEmpty} data-testid="show-empty" />
                <Typography.Text type="secondary" className="cd-small">{t('dossier.showEmpty')}</Typography.Text>
              </label>
            }
          >
            {loadError ? <LoadError error={loadError} onRetry={dossier.reload} /> : null}
            {ready ? (
              <CatalogueTree
                docs={docs}
                categories={categories}
                showEmpty={showEmpty}
                onOpen={(doc) => open(doc.id)}
                onFix={canWrite ? setFixing : null}
                onDrop={(plan) => void drop(plan)}
              />
            ) : loadError ? null : (
              <Skeleton active paragraph={{ rows: 8 }} />
            )}
            {canWrite && ready && docs.length > 0 ? (
              <Typography.Paragraph type="secondary" className="cd-small cd-catalogue-tip">{t('dossier.dragTip')}</Typography.Paragraph>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <div className="cd-stack">
            {canWrite ? <ImportPanel batches={imports.batches} onFiles={imports.start} onDismiss={imports.dismiss} /> : null}
            <CheckList check={dossier.check} onOpen={(item) => item.documentId && open(item.documentId, item.pageIndex ?? 0)} />
          </div>
        </Col>
      </Row>
      <CategoryDialog
        doc={fixing}
        categories={categories}
        onClose={() => setFixing(null)}
        onDone={() => {
          setFixing(null);
          dossier.reload();
        }}
      />
      {canWrite ? (
        <CoverSheetDialog open={coverOpen} caseId={caseId} caseNumber={caseNumber} categories={categories} onClose={() => setCoverOpen(false)} />
      ) : null}
    </Space>
  );
}
