import { CheckCircleFilled } from '@ant-design/icons';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../src-shared/contract/contract';
import { ROLE_LABELS, type Role } from '../../../src-shared/domain/roles';
import { useLabels } from '../../i18n/useLabels';
import type { LoginValues } from '../auth/LoginForm';

type SeedResult = CallOutput<'demo.seed'>;

/** After demo.seed: what was loaded and the demo logins; a click fills the login form. */
export function DemoAccounts({ result, onPick }: { result: SeedResult; onPick: (v: LoginValues) => void }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  return (
    <Card className="cd-auth-card cd-setup-card" data-testid="demo-accounts">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        <CheckCircleFilled style={{ color: '#389e0d', marginInlineEnd: 8 }} />
        {t('setup.done')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('setup.summary', { cases: result.cases, documents: result.documents, password: result.users[0]?.password ?? '' })}
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="userName"
        pagination={false}
        dataSource={result.users}
        onRow={(u) => ({ onClick: () => onPick({ userName: u.userName, password: u.password }), className: 'cd-clickable' })}
        columns={[
          { title: t('setup.userName'), dataIndex: 'userName', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: t('setup.displayName'), dataIndex: 'displayName' },
          { title: t('setup.role'), dataIndex: 'role', render: (r: string) => label(ROLE_LABELS[r as Role], r) },
        ]}
      />
    </Card>
  );
}
