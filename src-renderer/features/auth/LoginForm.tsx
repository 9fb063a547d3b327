import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../i18n/useLabels';

export interface LoginValues {
  userName: string;
  password: string;
}

/** User name + password; the server's error (Chinese) is shown above the button. */
export function LoginForm({
  onLogin,
  prefill,
  notice,
}: {
  onLogin: (userName: string, password: string) => Promise<void>;
  prefill?: LoginValues | null;
  notice?: string;
}) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const [form] = Form.useForm<LoginValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (prefill) {
      form.setFieldsValue(prefill);
      setError(null);
    }
  }, [prefill, form]);

  const submit = async ({ userName, password }: LoginValues) => {
    setBusy(true);
    setError(null);
    try {
      await onLogin(userName.trim(), password);
    } catch (err) {
      setError(errorText(err));
      form.setFieldValue('password', '');
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} autoComplete="on" name="login">
      {notice && !error ? <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} /> : null}
      <Form.Item label={t('login.userName')} name="userName" rules={[{ required: true, whitespace: true, message: t('login.userNameRequired') }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
      </Form.Item>
      <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
      </Form.Item>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
      <Button type="primary" htmlType="submit" block size="large" loading={busy}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}
