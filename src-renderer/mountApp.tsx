import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import './i18n/i18n';
import { App } from './App';
import { PartiesScreen } from './features/presentation/PartiesScreen';
import { partiesScreenToken } from './features/presentation/partiesScreenRoute';
import { theme } from './theme';
import { ErrorBoundary } from './ui/ErrorBoundary';
import './styles.css';

// Decided once at start: a tab opened as the parties' screen stays it, whatever happens to the address later.
const PARTIES_SCREEN = partiesScreenToken(window.location.hash);

/** antd follows the language switch: zh_CN or en_US. */
function Root() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <ErrorBoundary>
          {PARTIES_SCREEN ? <PartiesScreen linkToken={PARTIES_SCREEN} /> : <App />}
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}

/** The desk itself: React, antd and every feature, loaded by main.ts beside the early page. */
export function mountApp(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
