import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { downloadBytes, safeFileName } from '../../ui/downloadBytes';
import { PageViewer } from '../reader/PageViewer';
import type { CategoryDef } from './catalogue';
import { categoryOptions } from './categoryOptions';

/**
 * 打印扫描封面: choose a category, get the cover sheet (QR code with case number + category) as a PDF,
 * see it, and save it to print. A batch scanned behind it files itself into that category.
 */
export function CoverSheetDialog({
  open,
  caseId,
  caseNumber,
  categories,
  onClose,
}: {
  open: boolean;
  caseId: string;
  caseNumber: string;
  categories: CategoryDef[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const [category, setCategory] = useState<string | null>(null);
  const [sheet, setSheet] = useState<{ category: string; bytes: Uint8Array } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setSheet(null);
    setError(null);
  }, [open]);

  const make = async () => {
    if (!category) return;
    setBusy(true);
    setError(null);
    try {
      setSheet({ category, bytes: await api.dossier.coverSheet({ caseId, category }) });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const fileName = sheet ? `${safeFileName(caseNumber, t('dossier.cover.file'), sheet.category)}.pdf` : '';

  return (
    <Modal
      open={open}
      title={t('dossier.cover.title')}
      width={sheet ? 640 : 520}
      onCancel={onClose}
      destroyOnHidden
      data-testid="cover-dialog"
      footer={[
        <Button key="close" onClick={onClose}>{t('dossier.cancel')}</Button>,
        sheet ? (
          <Button key="save" type="primary" icon={<DownloadOutlined />} onClick={() => downloadBytes(sheet.bytes, fileName)} data-testid="cover-download">
            {t('dossier.cover.download')}
          </Button>
        ) : (
          <Button key="make" type="primary" disabled={!category} loading={busy} onClick={() => void make()} data-testid="cover-make">
            {t('dossier.cover.make')}
          </Button>
        ),
      ]}
    >
      <Typography.Paragraph type="secondary">{t('dossier.cover.hint')}</Typography.Paragraph>
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label={t('dossier.category')}>
          <Select
            showSearch
            autoFocus
            value={category}
            onChange={(v: string) => {
              setCategory(v);
              setSheet(null);
            }}
            placeholder={t('dossier.categoryRequired')}
            options={categoryOptions(categories, t)}
            data-testid="cover-category"
            listHeight={320}
          />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={error} role="alert" /> : null}
      {sheet ? (
        <div className="cd-cover-preview">
          <PageViewer bytes={sheet.bytes} maxPageWidth={380} />
        </div>
      ) : null}
    </Modal>
  );
}
