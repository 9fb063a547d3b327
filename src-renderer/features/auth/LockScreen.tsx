import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Avatar, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '../../../src-shared/domain/roles';
import type { StoredSession } from '../../api/session';
import { useLabels } from '../../i18n/useLabels';
import { CenteredPage } from '../../ui/CenteredPage';

/** Shown after idle time instead of the desk (no case data behind it): the user unlocks with the password. */
export function LockScreen({
  session,
  courtName,
  onUnlock,
  onLogout,
}: {
  session: StoredSession;
  courtName?: string;
  onUnlock: (password: string) => Promise<void>;
  onLogout: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { label, errorText } = useLabels();
  const [form] = Form.useForm<{ password: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async ({ password }: { password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await onUnlock(password);
    } catch (err) {
      setError(errorText(err));
      form.setFieldValue('password', '');
      setBusy(false);
    }
  };

  return (
    <CenteredPage subtitle={courtName}>
      <Card className="cd-auth-card" data-testid="lock-screen">
        <div className="cd-lock-user">
          <Avatar size={56} icon={<UserOutlined />} className="cd-avatar" />
          <div>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {session.user.displayName}
            </Typography.Title>
            <Typography.Text type="secondary">{label(ROLE_LABELS[session.user.role])}</Typography.Text>
          </div>
        </div>
        <Alert type="info" showIcon icon={<LockOutlined />} title={t('lock.title')} description={t('lock.hint')} style={{ marginBottom: 20 }} />
        <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
          <Form.Item label={t('lock.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" autoFocus size="large" />
          </Form.Item>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            {t('lock.unlock')}
          </Button>
          <Button type="link" block onClick={() => void onLogout()} style={{ marginTop: 8 }}>
            {t('lock.switchUser')}
          </Button>
        </Form>
      </Card>
    </CenteredPage>
  );
}
