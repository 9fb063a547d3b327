import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Input, Radio, Space, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignaturePlacement } from '../../../src-shared/contract/calls/transcriptSigningCalls';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';

/**
 * 笔录签章 in the settings: where the parties' signatures go on the transcript, and the court's signing
 * certificate (a PKCS#12 file and its password, checked by opening it before it is kept). Administrator only.
 */
export function SigningSettingsSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const { message } = App.useApp();
  const config = useLoad(() => api.signing.config(), []);
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const cert = config.data?.certificate ?? null;

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      void message.success(done);
      config.reload();
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const importCertificate = () =>
    run(async () => {
      await api.signing.setCertificate({ p12: new Uint8Array(await file!.arrayBuffer()), password });
      setFile(null);
      setPassword('');
    }, t('signing.settings.imported'));

  return (
    <Card title={t('signing.settings.title')} data-testid="signing-settings">
      {config.error ? <LoadError error={config.error} onRetry={config.reload} /> : null}
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Space>
          <Typography.Text>{t('signing.settings.placement')}</Typography.Text>
          <Radio.Group
            disabled={!canEdit || busy}
            value={config.data?.placement}
            onChange={(e) => void run(() => api.signing.setPlacement({ placement: e.target.value as SignaturePlacement }), t('signing.settings.saved'))}
            options={[
              { value: 'last', label: t('signing.settings.placementLast') },
              { value: 'each', label: t('signing.settings.placementEach') },
            ]}
          />
        </Space>
        <Typography.Text strong>{t('signing.settings.certificate')}</Typography.Text>
        {cert ? (
          <Descriptions size="small" column={1} bordered data-testid="signing-certificate">
            <Descriptions.Item label={t('signing.settings.subject')}>
              {cert.subject} {cert.selfSigned ? <Tag color="orange">{t('signing.settings.selfSigned')}</Tag> : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('signing.settings.issuer')}>{cert.issuer}</Descriptions.Item>
            <Descriptions.Item label={t('signing.settings.valid')}>{cert.validFrom.slice(0, 10)} — {cert.validTo.slice(0, 10)}</Descriptions.Item>
            <Descriptions.Item label="SHA-256"><Typography.Text code style={{ fontSize: 12 }}>{cert.sha256}</Typography.Text></Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Text type="warning">{t('signing.settings.none')}</Typography.Text>
        )}
        {canEdit ? (
          <Space wrap>
            <Upload accept=".p12,.pfx" maxCount={1} showUploadList={false} beforeUpload={(f) => { setFile(f); return false; }}>
              <Button icon={<UploadOutlined />}>{file ? file.name : t('signing.settings.choose')}</Button>
            </Upload>
            <Input.Password
              style={{ width: 220 }}
              placeholder={t('signing.settings.password')}
              aria-label={t('signing.settings.password')}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <Button type="primary" disabled={!file || busy} loading={busy} onClick={() => void importCertificate()}>{t('signing.settings.import')}</Button>
          </Space>
        ) : null}
      </Space>
    </Card>
  );
}
