import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../src-shared/contract/calls/hearingCalls';

/** The participants in Alt order: Alt+N and the alias to type before a colon. */
export function SpeakerBar({ participants }: { participants: Participant[] }) {
  const { t } = useTranslation();
  return (
    <div className="cd-speaker-bar" data-testid="speaker-bar">
      {participants.map((p) => (
        <Tooltip key={p.id} title={t('courtroom.aliasTip', { alias: p.alias })}>
          <Tag className="cd-speaker-tag" data-testid="speaker-tag">
            {p.position <= 9 ? <kbd>Alt+{p.position}</kbd> : null} {p.speaker} <span className="cd-muted">{p.alias}：</span>
          </Tag>
        </Tooltip>
      ))}
    </div>
  );
}
