import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckItem } from '../../../src-shared/contract/calls/dossierCalls';
import type { CallOutput } from '../../../src-shared/contract/contract';
import { STAGE_LABELS, type CaseStage } from '../../../src-shared/domain/caseStages';
import { useLabels } from '../../i18n/useLabels';
import { LoadError } from '../../ui/LoadError';
import type { Loaded } from '../../ui/useLoad';

type Check = CallOutput<'dossier.check'>;

/** 完整性检查: what the dossier lacks for the case's stage, errors first, each linked to its document. */
export function CheckList({ check, onOpen }: { check: Loaded<Check>; onOpen: (item: CheckItem) => void }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const data = check.data;
  const items = data ? [...data.items].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)) : [];
  const stage = data ? label(STAGE_LABELS[data.stage as CaseStage], data.stage) : '';
  return (
    <Card
      className="cd-page-card"
      size="small"
      title={t('dossier.check.title')}
      data-testid="check-list"
      extra={
        <Button type="text" size="small" icon={<ReloadOutlined />} onClick={check.reload} loading={check.loading && !!data} aria-label={t('dossier.check.refresh')} />
      }
    >
      {check.error ? <LoadError error={check.error} onRetry={check.reload} /> : null}
      {!data && !check.error ? <Skeleton active paragraph={{ rows: 3 }} /> : null}
      {data ? (
        <>
          <div className="cd-check-head">
            {data.complete ? <CheckCircleFilled className="cd-ok" /> : <ExclamationCircleFilled className="cd-warn" />}
            <Typography.Text strong>{data.complete ? t('dossier.check.complete') : t('dossier.check.incomplete', { count: items.length })}</Typography.Text>
            {stage ? <Tag>{t('dossier.check.stage', { stage })}</Tag> : null}
          </div>
          {items.length > 0 ? (
            <ul className="cd-plain-list">
              {items.map((item, i) => (
                <li key={i} className="cd-check-item" data-testid="check-item" data-kind={item.kind}>
                  {item.severity === 'error' ? <CloseCircleFilled className="cd-bad" /> : <ExclamationCircleFilled className="cd-warn" />}
                  <span className="cd-check-message">{item.message}</span>
                  {item.documentId ? (
                    <Button type="link" size="small" onClick={() => onOpen(item)}>
                      {t('dossier.check.open')}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}
