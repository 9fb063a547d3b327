import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../src-shared/contract/calls/documentCalls';
import { api } from '../../api/api';
import { ApiError } from '../../api/ApiError';
import { downloadBytes, safeFileName } from '../../ui/downloadBytes';
import { useTaskProgress } from '../../ui/useTaskProgress';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Exports beside the reader: the document with its annotations (real PDF annotations, or flattened) and the
 * case's 阅卷笔录 as PDF or Word. Pending edits are saved first (`flush`), so the export holds what is on screen.
 * Given a `volume` (the whole-volume reader), it also offers that volume with its annotations, or flattened.
 */
export function AnnotationExportMenu({ caseId, caseNumber, documentId, title, flush, volume }: {
  caseId: string;
  caseNumber: string;
  documentId: string;
  title: string;
  flush: () => Promise<void>;
  volume?: Volume;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [exportingVolume, setExportingVolume] = useState(false);
  const progress = useTaskProgress(exportingVolume && volume ? { task: 'annotations.exportVolumePdf', caseId, volume } : null);

  const run = async (key: string) => {
    setBusy(true);
    try {
      await flush();
      if ((key === 'volumePdf' || key === 'volumeFlat') && volume) {
        const flatten = key === 'volumeFlat';
        setExportingVolume(true);
        const bytes = await api.annotations.exportVolumePdf({ caseId, volume, flatten });
        // Named like the plain volume export, with the annotated / flattened suffix of the document export.
        downloadBytes(bytes, `${safeFileName(caseNumber, t(`dossier.volume.${volume}`), t(flatten ? 'annotations.export.flatName' : 'annotations.export.pdfName'))}.pdf`);
      } else if (key === 'pdf' || key === 'flat') {
        const bytes = await api.annotations.exportPdf({ documentId, flatten: key === 'flat' });
        downloadBytes(bytes, `${safeFileName(caseNumber, title, t(key === 'flat' ? 'annotations.export.flatName' : 'annotations.export.pdfName'))}.pdf`);
      } else {
        const format = key === 'notesDocx' ? 'docx' : 'pdf';
        const bytes = await api.annotations.readingNotes({ caseId, format });
        downloadBytes(bytes, `${safeFileName(caseNumber, t('annotations.export.notesName'))}.${format}`, format === 'docx' ? DOCX : 'application/pdf');
      }
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : t('annotations.export.failed'));
    } finally {
      setBusy(false);
      setExportingVolume(false);
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        onClick: ({ key }) => void run(key),
        items: [
          { key: 'pdf', label: t('annotations.export.pdf') },
          { key: 'flat', label: t('annotations.export.flat') },
          ...(volume
            ? [
                { type: 'divider' as const },
                { key: 'volumePdf', label: t('annotations.export.volumePdf') },
                { key: 'volumeFlat', label: t('annotations.export.volumeFlat') },
              ]
            : []),
          { type: 'divider' },
          { key: 'notesPdf', label: t('annotations.export.notesPdf') },
          { key: 'notesDocx', label: t('annotations.export.notesDocx') },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy} data-testid="annotation-export">
        {exportingVolume && progress ? t('dossier.exporting', { done: progress.done, total: progress.total }) : t('annotations.export.button')}
      </Button>
    </Dropdown>
  );
}
