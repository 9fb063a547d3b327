import { FilePdfOutlined } from '@ant-design/icons';
import { Button, List } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';
import { ReaderPage } from '../reader/ReaderPage';

/**
 * The e-dossier inside the courtroom's side panel: the case's documents, one opened in the reader in place.
 * The reader's "back" goes back in history, so opening a document pushes an entry with the same address:
 * going back pops it and returns here, never out of the courtroom.
 */
export function DossierTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const detail = useLoad(() => api.cases.get({ id: caseId }), [caseId]);
  const [open, setOpen] = useState<{ id: string; page: number } | null>(null);

  useEffect(() => {
    if (!open) return;
    const onPop = () => setOpen(null);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [open]);

  const show = (id: string) => {
    if (!open) window.history.pushState(window.history.state, '', window.location.href);
    setOpen({ id, page: 1 });
  };

  if (open) {
    return (
      <div className="cd-courtroom-reader" data-testid="courtroom-reader">
        <ReaderPage key={open.id} caseId={caseId} documentId={open.id} pageNumber={open.page} onDossier={() => window.history.back()} onOpenDocument={show} />
      </div>
    );
  }
  if (detail.error) return <LoadError error={detail.error} onRetry={detail.reload} />;
  return (
    <List
      data-testid="courtroom-dossier"
      loading={detail.loading}
      dataSource={detail.data?.documents ?? []}
      renderItem={(d) => (
        <List.Item actions={[<Button key="open" size="small" onClick={() => show(d.id)}>{t('courtroom.read')}</Button>]}>
          <List.Item.Meta avatar={<FilePdfOutlined />} title={d.title} description={`${d.category} · ${t('courtroom.pages', { n: d.pageCount })}`} />
        </List.Item>
      )}
    />
  );
}
