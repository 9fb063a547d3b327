import { Alert, Button, Descriptions, Result, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment, FiledCase } from '../../../src-shared/contract/calls/filingCalls';
import { formatYuan } from '../../ui/format';
import { AssignPanel } from './AssignPanel';

/** After 立案: the number (provisional ones marked), the filing-decision due date, and 分案. */
export function FilingResult({ filed, onAnother, onOpen }: { filed: FiledCase; onAnother: () => void; onOpen: () => void }) {
  const { t } = useTranslation();
  const [assignment, setAssignment] = useState<Assignment | null>(null);
  return (
    <div data-testid="filing-result">
      <Result
        status="success"
        title={filed.numberProvisional ? t('centre.result.provisionalTitle') : t('centre.result.title')}
        subTitle={
          <span>
            <span data-testid="filed-case-number" style={{ fontSize: 18, color: 'var(--ant-color-text)' }}>{filed.caseNumber}</span>
            {filed.numberProvisional ? <Tag color="orange" style={{ marginLeft: 8 }}>{t('centre.result.provisional')}</Tag> : null}
          </span>
        }
        extra={
          <Space>
            <Button type="primary" onClick={onOpen} data-testid="open-filed-case">{t('centre.result.openCase')}</Button>
            <Button onClick={onAnother} data-testid="file-another">{t('centre.result.fileAnother')}</Button>
          </Space>
        }
      />
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('centre.filing.cause')}>{filed.cause}</Descriptions.Item>
        <Descriptions.Item label={t('centre.result.receivedOn')}>{filed.receivedOn}</Descriptions.Item>
        <Descriptions.Item label={t('centre.result.decisionDue')}>
          <span data-testid="filed-decision-due">{filed.filingDecisionDue}</span>
          {filed.filedOn > filed.filingDecisionDue ? (
            <Tag color="red" style={{ marginLeft: 8 }} data-testid="filed-decision-late">{t('centre.result.decisionLate')}</Tag>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('centre.filing.claimAmount')}>{formatYuan(filed.claimAmount)}</Descriptions.Item>
        <Descriptions.Item label={t('centre.filing.fee')}>{formatYuan(filed.fee)}</Descriptions.Item>
        <Descriptions.Item label={t('centre.filing.partiesSection')}>{[...filed.plaintiffs, ...filed.defendants].join('、')}</Descriptions.Item>
      </Descriptions>
      {assignment ? (
        <Alert
          type="success"
          showIcon
          data-testid="assignment-result"
          title={t('centre.result.assigned', { judge: assignment.judge.name, team: assignment.judge.teamName ? `（${assignment.judge.teamName}）` : '' })}
          description={assignment.mode === 'random' ? t('centre.assign.drawnFrom', { n: assignment.candidates.length }) : assignment.reason}
        />
      ) : (
        <AssignPanel caseId={filed.id} baseVersion={filed.version} onAssigned={setAssignment} />
      )}
    </div>
  );
}
