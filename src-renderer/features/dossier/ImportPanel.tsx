import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Upload, type UploadProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ImportBatchView } from './ImportBatchView';
import type { ImportBatch } from './useImportBatches';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/**
 * The files chosen or dropped at once make one batch: antd asks about each file with the whole list,
 * so the batch starts on the first and every file stays out of antd's own upload list (we send them).
 */
const pickFiles = (start: (files: File[]) => void): UploadProps => ({
  multiple: true,
  accept: ACCEPT,
  showUploadList: false,
  beforeUpload: (file, list) => {
    if (file.uid === list[0]?.uid) start(list);
    return Upload.LIST_IGNORE;
  },
});

/** 导入材料 with the file picker (PDF, JPG, PNG; several at once). */
export function ImportButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  return (
    <Upload {...pickFiles(onFiles)}>
      <Button type="primary" icon={<UploadOutlined />} data-testid="import-button">
        {t('dossier.import.button')}
      </Button>
    </Upload>
  );
}

/** The drop zone and the batches under way or just done, newest first. */
export function ImportPanel({
  batches,
  onFiles,
  onDismiss,
}: {
  batches: ImportBatch[];
  onFiles: (files: File[]) => void;
  onDismiss: (key: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card className="cd-page-card" size="small" title={t('dossier.import.title')} data-testid="import-panel">
      <Upload.Dragger {...pickFiles(onFiles)} className="cd-dropzone" data-testid="import-dropzone">
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('dossier.import.drop')}</p>
        <p className="ant-upload-hint">{t('dossier.import.hint')}</p>
      </Upload.Dragger>
      {batches.map((b) => (
        <ImportBatchView key={b.key} batch={b} onDismiss={() => onDismiss(b.key)} />
      ))}
    </Card>
  );
}
