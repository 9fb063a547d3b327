import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Input, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SigningStatus } from '../../../src-shared/contract/calls/transcriptSigningCalls';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { downloadBytes } from '../../ui/downloadBytes';

/** After finalising: the seal's facts, the signed PDF to download, and 补正 (a new record, never an edit). */
export function FinalisedPanel({ status, canAct, onChanged }: { status: SigningStatus; canAct: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const transcriptId = status.transcriptId!;

  const download = async () => {
    try {
      downloadBytes(await api.transcripts.pdf({ transcriptId }), `庭审笔录-${transcriptId.slice(-8)}.pdf`);
    } catch (err) {
      void message.error(errorText(err));
    }
  };

  const addAddendum = async () => {
    setBusy(true);
    try {
      await api.transcripts.addendum({ transcriptId, text: text.trim() });
      setText('');
      void message.success(t('signing.addendumDone'));
      onChanged();
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="finalised-panel">
      <Alert type="success" showIcon title={t('signing.finalised')} />
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('signing.finalisedAt')}>{status.finalisedAt ? new Date(status.finalisedAt).toLocaleString() : ''}</Descriptions.Item>
        <Descriptions.Item label={t('signing.sha256')}>
          <Typography.Text code copyable data-testid="final-sha256" style={{ fontSize: 12 }}>{status.pdfSha256}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Button icon={<DownloadOutlined />} data-testid="download-pdf" onClick={() => void download()}>{t('signing.download')}</Button>
      <Typography.Title level={5} style={{ margin: 0 }}>{t('signing.addenda')}</Typography.Title>
      <List
        size="small"
        bordered
        locale={{ emptyText: t('signing.noAddenda') }}
        dataSource={status.addenda}
        renderItem={(a) => (
          <List.Item data-testid="addendum-item">
            <Typography.Text>{a.text}</Typography.Text>
            <Typography.Text type="secondary">{new Date(a.at).toLocaleString()}</Typography.Text>
          </List.Item>
        )}
      />
      {canAct ? (
        <Space.Compact style={{ width: '100%' }}>
          <Input.TextArea
            data-testid="addendum-text"
            aria-label={t('signing.addendumText')}
            placeholder={t('signing.addendumHint')}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={5000}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Button type="primary" data-testid="addendum-save" disabled={text.trim() === '' || busy} loading={busy} onClick={() => void addAddendum()}>
            {t('signing.addendumSave')}
          </Button>
        </Space.Compact>
      ) : null}
    </Space>
  );
}
