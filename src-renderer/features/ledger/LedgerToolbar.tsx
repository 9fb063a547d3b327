import { ReloadOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEDGER_SERVICE_STATUSES, type LedgerFilterInput } from '../../../src-shared/contract/calls/ledgerCalls';
import { CASE_STAGES, PROCEDURES, PROCEDURE_LABELS, STAGE_LABELS } from '../../../src-shared/domain/caseStages';
import { LEDGER_LEVEL_LABELS, SERVICE_STATUS_LABELS } from '../../../src-shared/domain/ledgerLabels';
import { useLabels } from '../../i18n/useLabels';

const LEVELS = ['overdue', 'today', 'soon', 'ok', 'none'] as const;

/** Filters of the ledger: search, stage, procedure, judge, deadline level, service, preservation, closed cases. */
export function LedgerToolbar({
  filter,
  judges,
  onChange,
  onReset,
  onRefresh,
}: {
  filter: LedgerFilterInput;
  judges: { id: string; name: string }[];
  onChange: (patch: Partial<LedgerFilterInput>) => void;
  onReset: () => void;
  onRefresh: () => void;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const preservation = filter.preservation === undefined ? 'any' : filter.preservation ? 'yes' : 'no';
  return (
    <Space wrap size={8} className="cd-toolbar" data-testid="ledger-toolbar">
      <Input.Search
        allowClear
        defaultValue={filter.query}
        key={filter.query ?? ''}
        placeholder={t('ledger.searchPlaceholder')}
        style={{ width: 220 }}
        onSearch={(q) => onChange({ query: q.trim() || undefined })}
        data-testid="ledger-search"
      />
      <Select
        allowClear placeholder={t('ledger.allLevels')} style={{ width: 140 }} value={filter.level} data-testid="ledger-level"
        onChange={(level) => onChange({ level })}
        options={LEVELS.map((l) => ({ value: l, label: label(LEDGER_LEVEL_LABELS[l]) }))}
      />
      <Select
        allowClear placeholder={t('ledger.allStages')} style={{ width: 120 }} value={filter.stage}
        onChange={(stage) => onChange({ stage })}
        options={CASE_STAGES.map((s) => ({ value: s, label: label(STAGE_LABELS[s]) }))}
      />
      <Select
        allowClear placeholder={t('ledger.allProcedures')} style={{ width: 120 }} value={filter.procedure}
        onChange={(procedure) => onChange({ procedure })}
        options={PROCEDURES.map((p) => ({ value: p, label: label(PROCEDURE_LABELS[p]) }))}
      />
      <Select
        allowClear placeholder={t('ledger.allJudges')} style={{ width: 120 }} value={filter.judgeId}
        onChange={(judgeId) => onChange({ judgeId })}
        options={judges.map((j) => ({ value: j.id, label: j.name }))}
      />
      <Select
        allowClear placeholder={t('ledger.allService')} style={{ width: 130 }} value={filter.serviceStatus}
        onChange={(serviceStatus) => onChange({ serviceStatus })}
        options={LEDGER_SERVICE_STATUSES.map((s) => ({ value: s, label: label(SERVICE_STATUS_LABELS[s]) }))}
      />
      <Select
        style={{ width: 130 }} value={preservation}
        onChange={(v) => onChange({ preservation: v === 'any' ? undefined : v === 'yes' })}
        options={[
          { value: 'any', label: t('ledger.preservationAny') },
          { value: 'yes', label: t('ledger.preservationYes') },
          { value: 'no', label: t('ledger.preservationNo') },
        ]}
      />
      <Checkbox checked={filter.includeClosed ?? false} onChange={(e) => onChange({ includeClosed: e.target.checked })}>
        {t('ledger.includeClosed')}
      </Checkbox>
      <Button onClick={onReset}>{t('ledger.reset')}</Button>
      <Button icon={<ReloadOutlined />} onClick={onRefresh} aria-label={t('ledger.refresh')} />
    </Space>
  );
}
