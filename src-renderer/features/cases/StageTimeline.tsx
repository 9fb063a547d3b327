import { Empty, Steps, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../src-shared/contract/calls/caseCalls';
import { CASE_STAGES, STAGE_LABELS, type CaseStage } from '../../../src-shared/domain/caseStages';
import { useLabels } from '../../i18n/useLabels';
import { formatDateTime } from '../../ui/format';

/** 流程进度: where the case stands among all stages; stages it skipped (e.g. 保全) stay grey. */
export function StageProgress({ stage, events }: { stage: CaseStage; events: CaseDetail['events'] }) {
  const { label } = useLabels();
  const reached = new Set(events.map((e) => e.stage));
  const current = CASE_STAGES.indexOf(stage);
  return (
    <Steps
      className="cd-stage-steps"
      type="dot"
      size="small"
      current={current}
      items={CASE_STAGES.map((s, i) => ({
        title: label(STAGE_LABELS[s]),
        status: i === current ? (s === 'archived' ? 'finish' : 'process') : i < current && reached.has(s) ? 'finish' : 'wait',
      }))}
    />
  );
}

/** 流程节点: each recorded transition with who and when, newest first. */
export function StageTimeline({ events }: { events: CaseDetail['events'] }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noEvents')} />;
  const newestFirst = [...events].reverse();
  return (
    <Timeline
      data-testid="stage-timeline"
      items={newestFirst.map((e, i) => ({
        key: e.id,
        color: i === 0 ? 'blue' : 'gray',
        content: (
          <div className="cd-event">
            <div className="cd-event-head">
              <Typography.Text strong>{label(STAGE_LABELS[e.stage], e.stage)}</Typography.Text>
              <span className="cd-muted cd-small cd-nums">{formatDateTime(e.at)}</span>
            </div>
            <div className="cd-small">
              <span className="cd-muted">{e.actorName}</span>
              {e.note ? <span> · {e.note}</span> : null}
            </div>
          </div>
        ),
      }))}
    />
  );
}
