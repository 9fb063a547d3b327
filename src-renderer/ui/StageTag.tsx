import { Tag } from 'antd';
import { STAGE_LABELS, type CaseStage } from '../../src-shared/domain/caseStages';
import { useLabels } from '../i18n/useLabels';

/** Colours follow the life of a case: intake blue, preparation indigo, trial purple, decision orange, done green. */
export const STAGE_COLORS: Record<CaseStage, string> = {
  filing: 'blue',
  service: 'cyan',
  preservation: 'cyan',
  scheduling: 'geekblue',
  pretrial: 'geekblue',
  hearing: 'purple',
  deliberation: 'magenta',
  judgment: 'volcano',
  judgment_service: 'orange',
  closed: 'green',
  archived: 'default',
};

export function StageTag({ stage }: { stage: CaseStage }) {
  const { label } = useLabels();
  return (
    <Tag color={STAGE_COLORS[stage]} style={{ marginInlineEnd: 0 }} data-stage={stage}>
      {label(STAGE_LABELS[stage], stage)}
    </Tag>
  );
}
