import { Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../src-shared/contract/schemas';
import { BrandMark } from '../../ui/BrandMark';
import { CasesArea } from '../cases/CasesArea';
import { SearchPage } from '../search/SearchPage';
import { CourtroomArea } from '../courtroom/CourtroomArea';
import { ReadingArea } from '../reader/ReadingArea';
import { CentreArea } from '../centre/CentreArea';
import { LedgerPage } from '../ledger/LedgerPage';
import { SettingsArea } from '../settings/SettingsArea';
import { AppHeader } from './AppHeader';
import { ComingSoon } from './ComingSoon';
import { isArea, NAV_ITEMS } from './navItems';
import { useHashRoute } from './useHashRoute';

/** The desk: left navigation, header, and the page of the current area. */
export function AppLayout({ courtName, user, onLogout }: { courtName: string; user: User; onLogout: () => void }) {
  const { t } = useTranslation();
  const route = useHashRoute('/cases');
  const [first, ...rest] = route.parts;
  const area = isArea(first) ? first : 'cases';

  return (
    <Layout className="cd-app">
      <Layout.Sider width={200} className="cd-sider" breakpoint="lg" collapsedWidth={64}>
        <div className="cd-sider-brand">
          <BrandMark />
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[area]}
          onClick={({ key }) => route.navigate(`/${key}`)}
          items={NAV_ITEMS.map((item) => ({ key: item.key, icon: item.icon, label: t(`nav.${item.key}`) }))}
        />
      </Layout.Sider>
      <Layout>
        <AppHeader courtName={courtName} user={user} onLogout={onLogout} onSearch={(q) => route.navigate(`/search/${encodeURIComponent(q)}/1`)} />
        <Layout.Content className="cd-content">
          {area === 'cases' ? (
            <CasesArea path={rest} user={user} navigate={route.navigate} />
          ) : area === 'reading' ? (
            <ReadingArea path={rest} user={user} navigate={route.navigate} />
          ) : area === 'courtroom' ? (
            <CourtroomArea path={rest} user={user} navigate={route.navigate} />
          ) : area === 'centre' ? (
            <CentreArea path={rest} user={user} navigate={route.navigate} />
          ) : area === 'ledger' ? (
            <LedgerPage user={user} navigate={route.navigate} />
          ) : area === 'search' ? (
            <SearchPage query={rest[0] ?? ''} page={Math.max(1, Number.parseInt(rest[1] ?? '1', 10) || 1)} navigate={route.navigate} />
          ) : area === 'settings' ? (
            <SettingsArea user={user} />
          ) : (
            <ComingSoon area={area} onBack={() => route.navigate('/cases')} />
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
