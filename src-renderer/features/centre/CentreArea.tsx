import { Card, Empty, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../src-shared/contract/schemas';
import { roleMay, type Permission } from '../../../src-shared/domain/permissions';
import type { CentreTabProps } from './centreTabProps';
import { FilingTab } from './FilingTab';
import { ServiceTab } from '../service/ServiceTab';
import { PreservationTab } from '../preservation/PreservationTab';
import { WorkOrdersTab } from '../workOrders/WorkOrdersTab';

/**
 * The tabs of the centre, in order. `label` is an i18n key; a tab with a `permission` shows only to roles that
 * hold it. Adding a tab (送达, 保全, 工单 …) is one line here (plus its import): `{ key, label, render }`.
 */
export const CENTRE_TABS: { key: string; label: string; permission?: Permission; render: (p: CentreTabProps) => ReactNode }[] = [
  { key: 'filing', label: 'centre.tabs.filing', permission: 'case.file', render: (p) => <FilingTab {...p} /> },
  { key: 'service', label: 'ledger.tabs.service', render: (p) => <ServiceTab {...p} /> },
  { key: 'preservation', label: 'ledger.tabs.preservation', render: (p) => <PreservationTab {...p} /> },
  { key: 'workOrders', label: 'ledger.tabs.workOrders', permission: 'workorder.write', render: (p) => <WorkOrdersTab {...p} /> },
];

/** 集约中心 (`#/centre/<tab>`): the centre's work, one tab per kind. */
export function CentreArea({ path, user, navigate }: { path: string[]; user: User; navigate: (path: string) => void }) {
  const { t } = useTranslation();
  const [tabKey, ...rest] = path;
  const tabs = CENTRE_TABS.filter((tab) => !tab.permission || roleMay(user.role, tab.permission));
  const active = tabs.find((tab) => tab.key === tabKey) ?? tabs[0];
  return (
    <Card className="cd-page-card" title={t('centre.title')} data-testid="centre-area">
      {active ? (
        <Tabs
          activeKey={active.key}
          onChange={(key) => navigate(`/centre/${key}`)}
          destroyOnHidden
          items={tabs.map((tab) => ({
            key: tab.key,
            label: t(tab.label),
            children: tab.key === active.key ? tab.render({ user, navigate, path: rest }) : null,
          }))}
        />
      ) : (
        <Empty description={t('centre.noTabs')} />
      )}
    </Card>
  );
}
