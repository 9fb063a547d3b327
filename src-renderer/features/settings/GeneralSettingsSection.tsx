import { App, Button, Card, Form, Input, InputNumber, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../src-shared/contract/calls/systemCalls';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';

const MB = 1024 * 1024;
type FormValues = Omit<Settings, 'importMaxBytes' | 'scanFolder'> & { importMaxMb: number; scanFolder: string };

/**
 * 基本设置: the idle lock, the watched scanner folder, the import limits and whether this device issues official case
 * numbers. Everyone sees them; only the administrator changes them (settings.update checks it again).
 */
export function GeneralSettingsSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const { message } = App.useApp();
  const settings = useLoad(() => api.settings.get(), []);
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const s = settings.data;
    if (s) form.setFieldsValue({ ...s, importMaxMb: Math.round(s.importMaxBytes / MB), scanFolder: s.scanFolder ?? '' });
  }, [settings.data, form]);

  const save = async (v: FormValues) => {
    setBusy(true);
    try {
      await api.settings.update({
        idleLockMinutes: v.idleLockMinutes,
        scanFolder: v.scanFolder.trim() === '' ? null : v.scanFolder.trim(),
        importMaxBytes: v.importMaxMb * MB,
        importMaxPages: v.importMaxPages,
        importTimeoutSeconds: v.importTimeoutSeconds,
        caseNumbering: v.caseNumbering,
      });
      void message.success(t('settings.saved'));
      settings.reload();
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('settings.title')} data-testid="general-settings">
      {settings.error ? <LoadError error={settings.error} onRetry={settings.reload} /> : null}
      <Form form={form} layout="horizontal" labelCol={{ flex: '180px' }} disabled={!canEdit || busy} onFinish={(v) => void save(v)}>
        <Form.Item label={t('settings.idleLockMinutes')} name="idleLockMinutes" rules={[{ required: true }]}>
          <InputNumber min={1} max={240} suffix={t('settings.minutes')} data-testid="settings-idle-lock" />
        </Form.Item>
        <Form.Item label={t('settings.scanFolder')} name="scanFolder" extra={t('settings.scanFolderHelp')}>
          <Input style={{ maxWidth: 480 }} placeholder={t('settings.scanFolderNone')} data-testid="settings-scan-folder" />
        </Form.Item>
        <Form.Item label={t('settings.importMaxMb')} name="importMaxMb" rules={[{ required: true }]}>
          <InputNumber min={1} max={2048} suffix="MB" />
        </Form.Item>
        <Form.Item label={t('settings.importMaxPages')} name="importMaxPages" rules={[{ required: true }]}>
          <InputNumber min={1} max={100_000} />
        </Form.Item>
        <Form.Item label={t('settings.importTimeoutSeconds')} name="importTimeoutSeconds" rules={[{ required: true }]}>
          <InputNumber min={1} max={3600} suffix={t('settings.seconds')} />
        </Form.Item>
        <Form.Item label={t('settings.caseNumbering')} name="caseNumbering" extra={t('settings.caseNumberingHelp')}>
          <Radio.Group
            data-testid="settings-case-numbering"
            options={[
              { value: 'official', label: t('settings.numberingOfficial') },
              { value: 'provisional', label: t('settings.numberingProvisional') },
            ]}
          />
        </Form.Item>
        {canEdit ? (
          <Button type="primary" htmlType="submit" loading={busy} data-testid="settings-save">{t('settings.save')}</Button>
        ) : (
          <Typography.Text type="secondary">{t('settings.adminOnly')}</Typography.Text>
        )}
      </Form>
    </Card>
  );
}
