import { FieldTimeOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, List, Row, Space, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../src-shared/contract/calls/caseCalls';
import type { ServiceRecord } from '../../../src-shared/contract/calls/serviceCalls';
import type { User } from '../../../src-shared/contract/schemas';
import { ledgerDeadlineLabel } from '../../../src-shared/domain/ledgerLabels';
import { roleMay } from '../../../src-shared/domain/permissions';
import { api, onEvent } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';
import { DueBadge } from '../ledger/DueBadge';
import { NewWorkOrderDialog } from '../workOrders/NewWorkOrderDialog';
import { NewServiceDialog, type NewServicePreset } from './NewServiceDialog';
import { RecordAttemptDialog } from './RecordAttemptDialog';
import { TrialLimitDialog } from './TrialLimitDialog';
import { ServiceTable } from './ServiceTable';

/** 送达与期限 on the case page: the case's computed deadlines, its service records and what may be done about them. */
export function CaseServiceSection({ detail, user }: { detail: CaseDetail; user: User }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const data = useLoad(() => api.ledger.caseDeadlines({ caseId: detail.id }), [detail.id]);
  const { reload } = data;
  useEffect(() => onEvent((e) => e.topic === 'data' && reload()), [reload]);
  const [creating, setCreating] = useState<NewServicePreset | null>(null);
  const [attempt, setAttempt] = useState<ServiceRecord | null>(null);
  const [ordering, setOrdering] = useState(false);
  const [limiting, setLimiting] = useState(false);
  const canWrite = roleMay(user.role, 'service.write');
  const d = data.data;

  return (
    <Card
      className="cd-page-card"
      size="small"
      title={t('ledger.section.title')}
      data-testid="case-service-section"
      extra={
        <Space>
          {roleMay(user.role, 'triallimit.write') ? <Button size="small" icon={<FieldTimeOutlined />} onClick={() => setLimiting(true)}>{t('ledger.trialLimit.title')}</Button> : null}
          {roleMay(user.role, 'workorder.write') ? <Button size="small" icon={<SendOutlined />} onClick={() => setOrdering(true)}>{t('ledger.workOrders.create')}</Button> : null}
          {canWrite ? <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setCreating({})} data-testid="service-new">{t('ledger.service.newService')}</Button> : null}
        </Space>
      }
    >
      {data.error ? <LoadError error={data.error} onRetry={reload} /> : null}
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Typography.Text strong>{t('ledger.section.deadlines')}</Typography.Text>
          <List
            grid={{ gutter: 12, xs: 1, md: 2, xl: 3 }}
            dataSource={d?.deadlines ?? []}
            data-testid="case-deadlines"
            style={{ marginTop: 8 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledger.section.noDeadlines')} /> }}
            renderItem={(x) => (
              <List.Item data-kind={x.kind} style={{ marginBottom: 8 }}>
                <Tooltip title={x.rule}>
                  <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, padding: '6px 10px', border: '1px solid var(--ant-color-border-secondary)', borderRadius: 6 }}>
                    <span>
                      {label(ledgerDeadlineLabel(x.kind))} <span className="cd-nums">{x.due}</span>
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{x.subject}</Typography.Text>
                    </span>
                    <DueBadge daysLeft={x.daysLeft} level={x.level} />
                  </div>
                </Tooltip>
              </List.Item>
            )}
          />
          {d?.trialLimitChanges.length ? (
            <>
              <Typography.Text strong>{t('ledger.section.trialChanges')}</Typography.Text>
              <List size="small" dataSource={d.trialLimitChanges} renderItem={(c) => (
                <List.Item>
                  <span>
                    {c.kind === 'extension'
                      ? t('ledger.section.extension', { text: [c.months ? `${c.months}个月` : '', c.days ? `${c.days}日` : ''].join('') })
                      : t('ledger.section.deduction', { from: c.fromOn, to: c.toOn })}
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{`${c.reason} · ${c.approver} · ${c.approvedOn}`}</Typography.Text>
                  </span>
                </List.Item>
              )} />
            </>
          ) : null}
        </Col>
        <Col span={24}>
          <Typography.Text strong>{t('ledger.section.service')}</Typography.Text>
          <ServiceTable
            items={d?.service ?? []}
            loading={data.loading}
            canWrite={canWrite}
            onAttempt={setAttempt}
            onOtherMethod={(r) => setCreating({ partyId: r.partyId, documentKind: r.documentKind, documentTitle: r.documentTitle })}
            onChanged={reload}
          />
        </Col>
      </Row>
      {creating ? (
        <NewServiceDialog open caseId={detail.id} parties={detail.parties} preset={creating} onClose={() => setCreating(null)} onDone={() => { setCreating(null); reload(); }} />
      ) : null}
      <RecordAttemptDialog record={attempt} onClose={() => setAttempt(null)} onDone={() => { setAttempt(null); reload(); }} />
      <TrialLimitDialog caseId={detail.id} open={limiting} onClose={() => setLimiting(false)} onDone={() => { setLimiting(false); reload(); }} />
      <NewWorkOrderDialog open={ordering} caseId={detail.id} caseNumber={detail.caseNumber} onClose={() => setOrdering(false)} onDone={() => setOrdering(false)} />
    </Card>
  );
}
