import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Result, Segmented, Skeleton, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierDocument, Volume } from '../../../src-shared/contract/calls/documentCalls';
import { visibleVolumes } from '../../../src-shared/domain/dossierVisibility';
import { api } from '../../api/api';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';
import { AnnotationExportMenu } from '../annotations/AnnotationExportMenu';
import { readerPath, volumeReaderPath } from './readerPath';
import { ReaderWorkspace } from './ReaderWorkspace';
import { useVolumeSource } from './useVolumeSource';
import { preloadPdfJs } from './pdfjs';

/**
 * `#/reading/<case>/<volume>[/<document>/<page>]`: a whole volume (正卷 or 副卷, as the role may see) read as
 * one continuous scroll of its documents in catalogue order, with the volume's page numbers and each
 * document's own. The address follows the reading place, so a reload comes back to the same page.
 */
export function VolumeReaderPage({
  caseId,
  volume,
  documentId,
  pageNumber,
  role,
  navigate,
}: {
  caseId: string;
  volume: Volume;
  documentId?: string;
  pageNumber: number;
  role: string;
  navigate: (path: string) => void;
}) {
  const { t } = useTranslation();
  // pdf.js and its worker load while the case and its documents are fetched.
  useEffect(preloadPdfJs, []);
  const loaded = useLoad(
    () => Promise.all([api.cases.get({ id: caseId }), api.documents.list({ caseId })]).then(([detail, list]) => ({ detail, list })),
    [caseId],
  );
  const allowed = visibleVolumes(role).includes(volume);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/reading')} data-testid="reader-back">
      {t('readerPlus.backToReading')}
    </Button>
  );
  if (!allowed) return <Card className="cd-page-card"><Result status="403" title={t('readerPlus.volumeHidden')} extra={back} /></Card>;
  if (!loaded.data) {
    return (
      <Card className="cd-page-card">
        {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : <Skeleton active paragraph={{ rows: 10 }} />}
      </Card>
    );
  }
  const { detail, list } = loaded.data;
  const volumes = visibleVolumes(role).filter((v) => list.items.some((d) => d.volume === v));
  return (
    <Card className="cd-page-card cd-reader" data-testid="volume-reader-page" data-volume={volume}>
      <div className="cd-detail-head">
        {back}
        <Typography.Title level={5} className="cd-detail-title" ellipsis data-testid="reader-title">
          {detail.caseNumber} · {t(`dossier.volume.${volume}`)}
        </Typography.Title>
        <span className="cd-toolbar-spacer" />
        {volumes.length > 1 ? (
          <Segmented
            value={volume}
            options={volumes.map((v) => ({ value: v, label: t(`dossier.volume.${v}`) }))}
            onChange={(v) => navigate(volumeReaderPath(caseId, v as string))}
            data-testid="volume-switch"
          />
        ) : null}
        <Typography.Text type="secondary" className="cd-case-number">{detail.cause}</Typography.Text>
      </div>
      <VolumeReader
        key={volume}
        caseId={caseId}
        caseNumber={detail.caseNumber}
        volume={volume}
        docs={list.items}
        documentId={documentId}
        pageIndex={pageNumber - 1}
        navigate={navigate}
      />
    </Card>
  );
}

function VolumeReader({
  caseId,
  caseNumber,
  volume,
  docs,
  documentId,
  pageIndex,
  navigate,
}: {
  caseId: string;
  caseNumber: string;
  volume: Volume;
  docs: DossierDocument[];
  documentId?: string;
  pageIndex: number;
  navigate: (path: string) => void;
}) {
  const { t } = useTranslation();
  // Catalogue order as documents.list gives it (volume, position), the order the volume is numbered in.
  const inVolume = useMemo(() => docs.filter((d) => d.volume === volume && d.pageCount > 0), [docs, volume]);
  const source = useVolumeSource(inVolume);
  const titles = useMemo(() => new Map(docs.map((d) => [d.id, d.title])), [docs]);
  if (inVolume.length === 0) return <Empty description={t('readerPlus.volumeEmpty')} data-testid="volume-empty" />;
  return (
    <ReaderWorkspace
      caseId={caseId}
      docs={docs}
      reading={{ kind: 'volume', volume, docs: inVolume }}
      source={source}
      initialDocumentId={documentId}
      initialPage={documentId ? pageIndex : 0}
      onOpenDocument={(id) => navigate(readerPath(caseId, id))}
      // Keep the address on the reading place without a navigation (replaceState fires no hashchange).
      onPlace={(slot) => window.history.replaceState(window.history.state, '', `#${volumeReaderPath(caseId, volume, slot.documentId, slot.pageIndex)}`)}
      // Exports the document being read, or the whole volume with its annotations.
      exportMenu={(flush, id) => (
        <AnnotationExportMenu caseId={caseId} caseNumber={caseNumber} documentId={id} title={titles.get(id) ?? ''} flush={flush} volume={volume} />
      )}
    />
  );
}
