import { Button, Result, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../src-shared/contract/contract';
import { api, updateSession } from './api/api';
import { isApiError } from './api/ApiError';
import { useLabels } from './i18n/useLabels';
import { LockScreen } from './features/auth/LockScreen';
import { LoginScreen } from './features/auth/LoginScreen';
import { useAuth } from './features/auth/useAuth';
import { useIdleLock } from './features/auth/useIdleLock';
import { AppLayout } from './features/shell/AppLayout';
import { dismissEarlyPage } from './features/reader/earlyPage';

type Status = CallOutput<'system.status'>;

/** Which screen: starting, login (with the demo offer), lock, or the desk. */
export function App() {
  const { t } = useTranslation();
  const auth = useAuth();
  const { errorText } = useLabels();
  const [status, setStatus] = useState<Status | null>(null);
  const [statusError, setStatusError] = useState<unknown>(null);

  const loadStatus = useCallback(() => {
    api.system.status().then(
      (s) => {
        setStatus(s);
        setStatusError(null);
      },
      (err: unknown) => setStatusError(err),
    );
  }, []);
  useEffect(loadStatus, [loadStatus]);

  const session = auth.state.phase === 'in' ? auth.state.session : null;
  // A page drawn before the app loaded (a reader address) stays only while the desk is on its way to the reader.
  const atDesk = auth.state.phase === 'in' || (auth.state.phase === 'starting' && !statusError);
  useEffect(() => {
    if (!atDesk) dismissEarlyPage();
  }, [atDesk]);
  useIdleLock(session?.idleLockMinutes ?? 0, session !== null, auth.lock);

  // The idle limit may have been changed since login (settings.update): follow it.
  useEffect(() => {
    if (!session) return;
    api.settings
      .get()
      .then((s) => updateSession({ idleLockMinutes: s.idleLockMinutes }))
      .catch(() => undefined);
  }, [session?.sessionId]);

  // The door refused us (no token in the address) or the service is gone: say so, nothing else works.
  if (statusError && !status) {
    const noToken = isApiError(statusError) && statusError.code === 'UNAUTHENTICATED';
    return (
      <Result
        status="warning"
        title={noToken ? t('app.noToken') : t('error.load')}
        subTitle={errorText(statusError)}
        extra={<Button onClick={loadStatus}>{t('error.retry')}</Button>}
      />
    );
  }
  if (auth.state.phase === 'starting' || !status) {
    return (
      <div className="cd-splash">
        <Spin size="large" description={t('app.loading')} />
      </div>
    );
  }
  const courtName = status.court?.name ?? '';
  if (auth.state.phase === 'out') {
    return <LoginScreen status={status} notice={auth.state.notice} onLogin={auth.login} onSeeded={loadStatus} />;
  }
  if (auth.state.phase === 'locked') {
    return <LockScreen session={auth.state.session} courtName={courtName} onUnlock={auth.unlock} onLogout={auth.logout} />;
  }
  return <AppLayout courtName={courtName} user={auth.state.session.user} onLogout={() => void auth.logout()} />;
}
