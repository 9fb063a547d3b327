import { ArrowLeftOutlined, ReadOutlined } from '@ant-design/icons';
import { Button, Card, Result, Skeleton, Tag, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';
import type { DossierDocument } from '../../../src-shared/contract/calls/documentCalls';
import { ReaderWorkspace } from './ReaderWorkspace';
import { useSingleSource } from './useSingleSource';
import { preloadPdfJs } from './pdfjs';
import { prefetchDocumentContent } from './documentContent';
import { dismissEarlyPage } from './earlyPage';
import { volumeReaderPath } from './readerPath';
import { AnnotationExportMenu } from '../annotations/AnnotationExportMenu';

/** Back where the reader was opened from (catalogue, search), or to the case's e-dossier after a reload. */
const goBack = (fallback: () => void): void => {
  if (window.history.length > 1) window.history.back();
  else fallback();
};

/** `#/cases/<case>/read/<document>/<page>`: one dossier document in the continuous reader
 * with its annotations, the case's catalogue beside it; opened at a page (1-based). */
export function ReaderPage({
  caseId,
  documentId,
  pageNumber,
  onDossier,
  onOpenDocument,
}: {
  caseId: string;
  documentId: string;
  pageNumber: number;
  onDossier: () => void;
  onOpenDocument: (documentId: string) => void;
}) {
  const { t } = useTranslation();
  // pdf.js, its worker and the document's bytes (as a PDF; most are) load while the case and its documents are fetched.
  useEffect(preloadPdfJs, []);
  useEffect(() => void prefetchDocumentContent(documentId, false), [documentId]);
  const loaded = useLoad(
    () => Promise.all([api.cases.get({ id: caseId }), api.documents.list({ caseId })]).then(([detail, list]) => ({ detail, list })),
    [caseId],
  );
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => goBack(onDossier)} data-testid="reader-back">
      {t('reader.back')}
    </Button>
  );
  const doc = loaded.data?.list.items.find((d) => d.id === documentId);
  const cannotShow = !!loaded.error || (!!loaded.data && !doc);
  useEffect(() => {
    if (cannotShow) dismissEarlyPage();
  }, [cannotShow]);
  if (!loaded.data) {
    return (
      <Card className="cd-page-card">
        {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : <Skeleton active paragraph={{ rows: 10 }} />}
      </Card>
    );
  }
  if (!doc) return <Card className="cd-page-card"><Result status="404" title={t('reader.notFound')} extra={back} /></Card>;

  const caseNumber = loaded.data.detail.caseNumber;
  return (
    <Card className="cd-page-card cd-reader" data-testid="reader-page">
      <div className="cd-detail-head">
        {back}
        <Typography.Title level={5} className="cd-detail-title" ellipsis data-testid="reader-title">
          {doc.title}
        </Typography.Title>
        <Tag>{doc.category}</Tag>
        <Tag color={doc.volume === 'main' ? 'blue' : 'purple'}>{t(`dossier.volume.${doc.volume}`)}</Tag>
        <span className="cd-toolbar-spacer" />
        <Button icon={<ReadOutlined />} href={`#${volumeReaderPath(caseId, doc.volume, doc.id)}`} data-testid="read-volume">
          {t('readerPlus.readVolume')}
        </Button>
        <Typography.Text type="secondary" className="cd-case-number">{loaded.data.detail.caseNumber}</Typography.Text>
      </div>
      <DocumentReader
        caseId={caseId}
        doc={doc}
        docs={loaded.data.list.items}
        initialPage={pageNumber - 1}
        onOpenDocument={onOpenDocument}
        exportMenu={(flush) => (
          <AnnotationExportMenu caseId={caseId} caseNumber={caseNumber} documentId={doc.id} title={doc.title} flush={flush} />
        )}
      />
    </Card>
  );
}

/** One document in the workspace, opened at once (useSingleSource keeps pdf.js's document for its lifetime). */
function DocumentReader({
  caseId,
  doc,
  docs,
  initialPage,
  onOpenDocument,
  exportMenu,
}: {
  caseId: string;
  doc: DossierDocument;
  docs: DossierDocument[];
  initialPage: number;
  onOpenDocument: (documentId: string) => void;
  exportMenu: (flush: () => Promise<void>) => ReactNode;
}) {
  const source = useSingleSource(doc);
  return (
    <ReaderWorkspace
      caseId={caseId}
      docs={docs}
      reading={{ kind: 'document', doc }}
      source={source}
      initialDocumentId={doc.id}
      initialPage={initialPage}
      onOpenDocument={onOpenDocument}
      exportMenu={exportMenu}
    />
  );
}
