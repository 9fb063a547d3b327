import { CheckCircleOutlined, CloudSyncOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TranscriptState } from './transcriptManager';

/** Saved / saving / not saved (with the count), so the clerk always knows whether the words are on disk. */
export function SaveIndicator({ state }: { state: TranscriptState }) {
  const { t } = useTranslation();
  const status = state.failing ? 'failing' : state.pending > 0 || state.saving ? 'saving' : 'saved';
  const time = state.lastSavedAt ? new Date(state.lastSavedAt).toLocaleTimeString('zh-CN', { hour12: false }) : '';
  return (
    <span data-testid="save-state" data-state={status}>
      {status === 'failing' ? (
        <Tag color="error" icon={<WarningOutlined />}>{t('courtroom.unsaved', { n: Math.max(1, state.pending) })}</Tag>
      ) : status === 'saving' ? (
        <Tag color="processing" icon={<CloudSyncOutlined />}>{t('courtroom.saving')}</Tag>
      ) : (
        <Tag color="success" icon={<CheckCircleOutlined />}>{time ? t('courtroom.savedAt', { time }) : t('courtroom.saved')}</Tag>
      )}
    </span>
  );
}
