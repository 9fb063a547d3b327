import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchCauses } from '../../../src-shared/domain/causes/searchCauses';

/** 案由: searched by characters (借贷) or pinyin initials (mjjd) over the causes of the 民事案件案由规定. */
export function CausePicker({ value, onChange }: { value?: string; onChange?: (v: string) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const options = useMemo(
    () => searchCauses(query, 30).map((c) => ({
      value: c.name,
      label: (
        <span className="cd-cause-option">
          {c.name} <span style={{ color: 'var(--ant-color-text-tertiary)', fontSize: 12 }}>{c.category}</span>
        </span>
      ),
    })),
    [query],
  );
  return (
    <Select
      value={value}
      onChange={(v) => { onChange?.(v); setQuery(''); }}
      showSearch={{ onSearch: setQuery, filterOption: false }}
      placeholder={t('centre.filing.causePlaceholder')}
      options={options}
      optionLabelProp="value"
      data-testid="filing-cause"
      notFoundContent={null}
    />
  );
}
