import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STAGES, STAGE_LABELS } from '../../../src-shared/domain/caseStages';
import { useLabels } from '../../i18n/useLabels';
import type { CaseListFilters } from './caseListFilters';
import { CASE_TYPE_LABELS, CASE_TYPES } from './caseTypeLabels';

const SEARCH_DELAY_MS = 300;

/** Search box (案号/案由/当事人, searched as you type) and the 阶段 / 案件类型 / 承办法官 filters. */
export function CaseListToolbar({
  filters,
  judges,
  onChange,
  onRefresh,
}: {
  filters: CaseListFilters;
  judges: { id: string; name: string }[];
  onChange: (patch: Partial<CaseListFilters>) => void;
  onRefresh: () => void;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const [text, setText] = useState(filters.query);

  useEffect(() => {
    if (text === filters.query) return;
    const timer = setTimeout(() => onChange({ query: text }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, filters.query, onChange]);

  const reset = () => {
    setText('');
    onChange({ query: '', stage: undefined, caseType: undefined, judgeId: undefined });
  };
  const filtered = Boolean(filters.query || filters.stage || filters.caseType || filters.judgeId);

  return (
    <div className="cd-toolbar">
      <Input
        allowClear
        prefix={<SearchOutlined className="cd-muted" />}
        placeholder={t('cases.searchPlaceholder')}
        aria-label={t('cases.searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={() => onChange({ query: text })}
        style={{ width: 280 }}
        data-testid="case-search"
      />
      <Select
        allowClear
        aria-label={t('cases.stage')}
        placeholder={t('cases.allStages')}
        value={filters.stage}
        onChange={(stage) => onChange({ stage })}
        options={CASE_STAGES.map((s) => ({ value: s, label: label(STAGE_LABELS[s]) }))}
        style={{ width: 140 }}
        data-testid="filter-stage"
      />
      <Select
        allowClear
        aria-label={t('cases.caseType')}
        placeholder={t('cases.allTypes')}
        value={filters.caseType}
        onChange={(caseType) => onChange({ caseType })}
        options={CASE_TYPES.map((c) => ({ value: c, label: label(CASE_TYPE_LABELS[c]) }))}
        style={{ width: 180 }}
        popupMatchSelectWidth={false}
        data-testid="filter-type"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t('cases.judge')}
        placeholder={t('cases.allJudges')}
        value={filters.judgeId}
        onChange={(judgeId) => onChange({ judgeId })}
        options={judges.map((j) => ({ value: j.id, label: j.name }))}
        style={{ width: 140 }}
        data-testid="filter-judge"
      />
      <Button onClick={reset} disabled={!filtered}>
        {t('cases.reset')}
      </Button>
      <span className="cd-toolbar-spacer" />
      <Button icon={<ReloadOutlined />} onClick={onRefresh} aria-label={t('cases.refresh')} title={t('cases.refresh')} />
    </div>
  );
}
