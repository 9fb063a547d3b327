import { Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../src-shared/contract/contract';
import { CenteredPage } from '../../ui/CenteredPage';
import { DemoAccounts } from '../setup/DemoAccounts';
import { DemoSeedOffer } from '../setup/DemoSeedOffer';
import { LoginForm, type LoginValues } from './LoginForm';

type Status = CallOutput<'system.status'>;
type SeedResult = CallOutput<'demo.seed'>;

/** Log in; on an empty data folder also offer to load the demo data and then list its accounts. */
export function LoginScreen({
  status,
  notice,
  onLogin,
  onSeeded,
}: {
  status: Status | null;
  notice?: string;
  onLogin: (userName: string, password: string) => Promise<void>;
  onSeeded: () => void;
}) {
  const { t } = useTranslation();
  const [seeded, setSeeded] = useState<SeedResult | null>(null);
  const [prefill, setPrefill] = useState<LoginValues | null>(null);
  const showOffer = status !== null && !status.initialized && !seeded;

  return (
    <CenteredPage
      subtitle={status?.court?.name ?? t('app.nameEn')}
      footer={status ? t('app.version', { version: status.appVersion }) : null}
    >
      <div className="cd-auth-row">
        <Card className="cd-auth-card" data-testid="login-screen">
          <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 20 }}>
            {t('login.title')}
          </Typography.Title>
          <LoginForm onLogin={onLogin} prefill={prefill} notice={notice} />
        </Card>
        {showOffer ? (
          <DemoSeedOffer
            onSeeded={(result) => {
              setSeeded(result);
              onSeeded();
            }}
          />
        ) : null}
        {seeded ? <DemoAccounts result={seeded} onPick={setPrefill} /> : null}
      </div>
    </CenteredPage>
  );
}
