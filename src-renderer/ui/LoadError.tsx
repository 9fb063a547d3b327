import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../i18n/useLabels';

/** A failed load: the call's message (Chinese) and a retry button. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  return (
    <Alert
      type="error"
      showIcon
      title={t('error.load')}
      description={errorText(error)}
      action={<Button onClick={onRetry}>{t('error.retry')}</Button>}
      style={{ marginBottom: 16 }}
    />
  );
}
