import { Segmented, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceRecord } from '../../../src-shared/contract/calls/serviceCalls';
import { roleMay } from '../../../src-shared/domain/permissions';
import { api, onEvent } from '../../api/api';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';
import type { CentreTabProps } from '../centre/centreTabProps';
import { NewServiceDialog } from './NewServiceDialog';
import { RecordAttemptDialog } from './RecordAttemptDialog';
import { ServiceTable } from './ServiceTable';

type Queue = 'due' | 'failed' | 'mine' | 'all';

/** 送达 (centre tab): what is due, what failed and needs another method, each staff member's queue. */
export function ServiceTab({ user, navigate }: CentreTabProps) {
  const { t } = useTranslation();
  const [queue, setQueue] = useState<Queue>('due');
  const [assigneeId, setAssigneeId] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState<ServiceRecord | null>(null);
  const [other, setOther] = useState<ServiceRecord | null>(null);
  const list = useLoad(() => api.service.list({ queue, assigneeId }), [queue, assigneeId]);
  const parties = useLoad(() => (other ? api.cases.get({ id: other.caseId }).then((c) => c.parties) : Promise.resolve([])), [other?.caseId]);
  const { reload } = list;
  useEffect(() => onEvent((e) => e.topic === 'data' && reload()), [reload]);
  const canWrite = roleMay(user.role, 'service.write');

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="service-tab">
      <Space wrap>
        <Segmented<Queue>
          value={queue}
          onChange={setQueue}
          data-testid="service-queue"
          options={[
            { value: 'due', label: t('ledger.service.queueDue') },
            { value: 'failed', label: t('ledger.service.queueFailed') },
            { value: 'mine', label: t('ledger.service.queueMine') },
            { value: 'all', label: t('ledger.service.queueAll') },
          ]}
        />
        <Select
          allowClear
          placeholder={t('ledger.service.staffAll')}
          style={{ width: 200 }}
          value={assigneeId}
          onChange={setAssigneeId}
          data-testid="service-staff"
          options={(list.data?.staff ?? []).map((s) => ({ value: s.id, label: `${s.name}（${t('ledger.service.open', { count: s.open })}）` }))}
        />
      </Space>
      {list.error ? <LoadError error={list.error} onRetry={reload} /> : null}
      <ServiceTable
        items={list.data?.items ?? []}
        loading={list.loading}
        showCase
        canWrite={canWrite}
        onAttempt={setAttempt}
        onOtherMethod={setOther}
        onChanged={reload}
        onOpenCase={(id) => navigate(`/cases/${id}`)}
      />
      <RecordAttemptDialog record={attempt} onClose={() => setAttempt(null)} onDone={() => { setAttempt(null); reload(); }} />
      {other ? (
        <NewServiceDialog
          open
          caseId={other.caseId}
          parties={parties.data ?? []}
          preset={{ partyId: other.partyId, documentKind: other.documentKind, documentTitle: other.documentTitle }}
          onClose={() => setOther(null)}
          onDone={() => { setOther(null); reload(); }}
        />
      ) : null}
    </Space>
  );
}
