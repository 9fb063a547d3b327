import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { EntryRow } from './EntryRow';
import type { TranscriptManager, TranscriptState } from './transcriptManager';
import type { useTranscriptTyping } from './useTranscriptTyping';

/** The transcript as a list of entries, every one editable in place (see useTranscriptTyping for the keys). */
export function TranscriptEditor({
  manager,
  state,
  typing,
  readOnly,
}: {
  manager: TranscriptManager;
  state: TranscriptState;
  typing: ReturnType<typeof useTranscriptTyping>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  if (state.entries.length === 0) {
    return (
      <Empty className="cd-transcript-empty" description={t('courtroom.emptyTranscript')}>
        {readOnly ? null : (
          <Button type="primary" data-testid="start-transcript" onClick={() => typing.newSpeech(null)}>
            {t('courtroom.start')}
          </Button>
        )}
      </Empty>
    );
  }
  return (
    <div className="cd-transcript" data-testid="transcript">
      {state.entries.map((e) => (
        <EntryRow
          key={e.id}
          entry={e}
          participants={state.participants}
          readOnly={readOnly}
          register={typing.register}
          onKeyDown={typing.onKeyDown}
          onText={typing.changeText}
          onSpeaker={typing.setSpeaker}
          onFocus={typing.onFocusEntry}
          onRemove={(id) => manager.remove(id)}
        />
      ))}
      {readOnly ? null : (
        <div className="cd-transcript-add">
          <Button type="dashed" block onClick={() => typing.newSpeech(null)}>
            {t('courtroom.addEntry')}
          </Button>
        </div>
      )}
    </div>
  );
}
