import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../src-shared/contract/calls/caseCalls';
import { PROCEDURE_LABELS } from '../../../src-shared/domain/caseStages';
import { useLabels } from '../../i18n/useLabels';
import { formatDate, formatYuan } from '../../ui/format';

/** The case at a glance: court, 案由, procedure, judge, filing date, amount claimed. */
export function CaseSummary({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const dash = t('detail.none');
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      items={[
        { key: 'court', label: t('detail.court'), children: detail.courtName },
        { key: 'cause', label: t('detail.cause'), children: detail.cause },
        { key: 'procedure', label: t('detail.procedure'), children: label(PROCEDURE_LABELS[detail.procedure]) },
        { key: 'judge', label: t('detail.judge'), children: detail.judge?.name ?? dash },
        { key: 'filedOn', label: t('detail.filedOn'), children: <span className="cd-nums">{formatDate(detail.filedOn)}</span> },
        {
          key: 'claim',
          label: t('detail.claimAmount'),
          children: <span className="cd-nums">{detail.claimAmount === null ? dash : formatYuan(detail.claimAmount)}</span>,
        },
      ]}
    />
  );
}
