import { ExportOutlined, QrcodeOutlined } from '@ant-design/icons';
import { App, Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../src-shared/contract/calls/documentCalls';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { downloadBytes, safeFileName } from '../../ui/downloadBytes';
import { useTaskProgress } from '../../ui/useTaskProgress';
import { VOLUMES } from './catalogue';
import { ImportButton } from './ImportPanel';

/** The e-dossier's actions: 导入材料, 打印扫描封面 (writers), 导出正卷 / 导出副卷, and search in this case. */
export function DossierToolbar({
  caseId,
  caseNumber,
  canWrite,
  query,
  onFiles,
  onCoverSheet,
  onSearch,
}: {
  caseId: string;
  caseNumber: string;
  canWrite: boolean;
  /** The search shown now (from the address), so the box says what the results are for. */
  query: string;
  onFiles: (files: File[]) => void;
  onCoverSheet: () => void;
  onSearch: (query: string) => void;
}) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState<Volume | null>(null);
  const progress = useTaskProgress(exporting ? { task: 'dossier.exportVolume', caseId, volume: exporting } : null);

  const exportVolume = async (volume: Volume) => {
    setExporting(volume);
    try {
      const bytes = await api.dossier.exportVolume({ caseId, volume });
      downloadBytes(bytes, `${safeFileName(caseNumber, t(`dossier.volume.${volume}`))}.pdf`);
      void message.success(t('dossier.exported', { volume: t(`dossier.volume.${volume}`) }));
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setExporting(null);
    }
  };

  return (
    <div className="cd-toolbar cd-dossier-toolbar" data-testid="dossier-toolbar">
      {canWrite ? <ImportButton onFiles={onFiles} /> : null}
      {canWrite ? (
        <Button icon={<QrcodeOutlined />} onClick={onCoverSheet} data-testid="cover-button">
          {t('dossier.cover.button')}
        </Button>
      ) : null}
      {VOLUMES.map((volume) => (
        <Button
          key={volume}
          icon={<ExportOutlined />}
          loading={exporting === volume}
          disabled={exporting !== null && exporting !== volume}
          onClick={() => void exportVolume(volume)}
          data-testid={`export-${volume}`}
        >
          {exporting === volume && progress ? t('dossier.exporting', { done: progress.done, total: progress.total }) : t(`dossier.export.${volume}`)}
        </Button>
      ))}
      <span className="cd-toolbar-spacer" />
      <Input.Search
        key={query}
        defaultValue={query}
        allowClear
        className="cd-dossier-search"
        placeholder={t('search.inCase')}
        onSearch={(q) => onSearch(q.trim())}
        enterButton
        data-testid="dossier-search"
      />
    </div>
  );
}
