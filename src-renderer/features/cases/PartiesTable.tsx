import { BankOutlined, UserOutlined } from '@ant-design/icons';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../src-shared/contract/calls/caseCalls';
import { PARTY_ROLE_LABELS } from '../../../src-shared/domain/caseStages';
import { useLabels } from '../../i18n/useLabels';
import { maskIdNumber } from '../../ui/format';

type Party = CaseDetail['parties'][number];

/** 当事人: role, name, ID number masked in the middle, address, phone. */
export function PartiesTable({ parties }: { parties: Party[] }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const dash = t('detail.none');
  return (
    <Table<Party>
      data-testid="parties-table"
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={parties}
      tableLayout="fixed"
      columns={[
        {
          title: t('detail.partyRole'),
          dataIndex: 'role',
          width: 110,
          render: (r: Party['role']) => <Tag style={{ marginInlineEnd: 0 }}>{label(PARTY_ROLE_LABELS[r], r)}</Tag>,
        },
        {
          title: t('detail.partyName'),
          dataIndex: 'name',
          width: 280,
          render: (name: string, p) => (
            <span className="cd-party-name">
              {p.kind === 'organization' ? (
                <BankOutlined className="cd-muted" aria-label={t('detail.organization')} title={t('detail.organization')} />
              ) : (
                <UserOutlined className="cd-muted" aria-label={t('detail.person')} title={t('detail.person')} />
              )}
              <span>{name}</span>
            </span>
          ),
        },
        {
          title: t('detail.idNumber'),
          dataIndex: 'idNumber',
          width: 190,
          render: (v: string | null) => <span className="cd-nums">{v ? maskIdNumber(v) : dash}</span>,
        },
        { title: t('detail.address'), dataIndex: 'address', render: (v: string | null) => v || dash },
        {
          title: t('detail.phone'),
          dataIndex: 'phone',
          width: 150,
          render: (v: string | null) => <span className="cd-nums">{v || dash}</span>,
        },
      ]}
    />
  );
}
