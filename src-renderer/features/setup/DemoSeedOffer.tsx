import { DatabaseOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Progress, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../src-shared/contract/contract';
import { api, onEvent } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';

type SeedResult = CallOutput<'demo.seed'>;

/** Reads a percentage from a progress event, whatever shape the long job reports it in. */
function percentOf(payload: Record<string, unknown>): number | null {
  if (typeof payload.percent === 'number') return Math.round(payload.percent);
  if (typeof payload.done === 'number' && typeof payload.total === 'number' && payload.total > 0) {
    return Math.round((payload.done / payload.total) * 100);
  }
  return null;
}

/** "载入演示数据" on an empty data folder: calls demo.seed with a spinner (and progress if reported). */
export function DemoSeedOffer({ onSeeded }: { onSeeded: (result: SeedResult) => void }) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const [busy, setBusy] = useState(false);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!busy) return;
    return onEvent((e) => {
      if (e.topic !== 'progress') return;
      const p = percentOf(e.payload);
      if (p !== null) setPercent(p);
    });
  }, [busy]);

  const load = async () => {
    setBusy(true);
    setError(null);
    setPercent(null);
    try {
      onSeeded(await api.demo.seed());
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className="cd-auth-card cd-setup-card" data-testid="demo-seed-offer">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        <DatabaseOutlined style={{ marginInlineEnd: 8, color: 'var(--cd-primary)' }} />
        {t('setup.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('setup.desc')}</Typography.Paragraph>
      {busy ? (
        <div className="cd-seed-progress" role="status">
          <Spin />
          <Typography.Text>{t('setup.loading')}</Typography.Text>
          {percent !== null ? <Progress percent={percent} size="small" /> : null}
        </div>
      ) : (
        <Button type="primary" ghost block size="large" icon={<DatabaseOutlined />} onClick={() => void load()}>
          {t('setup.load')}
        </Button>
      )}
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} role="alert" /> : null}
    </Card>
  );
}
