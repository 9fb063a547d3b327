import { CloseOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { memo, type KeyboardEvent } from 'react';
import type { Participant } from '../../../src-shared/contract/calls/hearingCalls';
import type { TranscriptEntry } from '../../../src-shared/contract/calls/transcriptCalls';
import { HEARING_PHASE_LABELS } from '../../../src-shared/domain/hearing';
import { useLabels } from '../../i18n/useLabels';

export interface EntryRowProps {
  entry: TranscriptEntry;
  participants: Participant[];
  readOnly: boolean;
  register: (id: string, el: HTMLTextAreaElement | null) => void;
  onKeyDown: (entry: TranscriptEntry, e: KeyboardEvent<HTMLTextAreaElement>) => void;
  onText: (entry: TranscriptEntry, text: string) => void;
  onSpeaker: (id: string, participantId: string | null) => void;
  onFocus: (id: string) => void;
  onRemove: (id: string) => void;
}

const clock = (iso: string): string => new Date(iso).toLocaleTimeString('zh-CN', { hour12: false, hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** One line of the transcript: number, time, speaker, text (a phase heading spans the row). */
export const EntryRow = memo(function EntryRow({ entry, participants, readOnly, register, onKeyDown, onText, onSpeaker, onFocus, onRemove }: EntryRowProps) {
  const { label } = useLabels();
  if (entry.kind === 'phase') {
    return (
      <div className="cd-entry cd-entry-phase" data-testid="transcript-entry" data-kind="phase" data-phase={entry.phase ?? ''}>
        <span className="cd-entry-no cd-nums">{entry.number}</span>
        <span className="cd-entry-phase-title">{entry.phase ? label(HEARING_PHASE_LABELS[entry.phase]) : ''}</span>
        {readOnly ? null : <Button size="small" type="text" icon={<CloseOutlined />} aria-label="删除阶段" onClick={() => onRemove(entry.id)} />}
      </div>
    );
  }
  return (
    <div className={`cd-entry cd-entry-${entry.kind}`} data-testid="transcript-entry" data-kind={entry.kind}>
      <span className="cd-entry-no cd-nums">{entry.number}</span>
      <span className="cd-entry-time cd-nums cd-muted">{clock(entry.createdAt)}</span>
      <Select
        className="cd-entry-speaker"
        data-testid="entry-speaker"
        size="small"
        variant="borderless"
        disabled={readOnly}
        value={entry.participantId ?? ''}
        popupMatchSelectWidth={false}
        tabIndex={-1}
        onChange={(v: string) => onSpeaker(entry.id, v || null)}
        options={[{ value: '', label: '—' }, ...participants.map((p) => ({ value: p.id, label: `${p.speaker}（${p.alias}）` }))]}
        labelRender={() => <span className="cd-entry-speaker-label">{entry.speaker ? `${entry.speaker}：` : '—'}</span>}
      />
      <textarea
        ref={(el) => register(entry.id, el)}
        className="cd-entry-text"
        data-testid="entry-text"
        rows={1}
        value={entry.text}
        readOnly={readOnly}
        spellCheck={false}
        onFocus={() => onFocus(entry.id)}
        onKeyDown={(e) => onKeyDown(entry, e)}
        onChange={(e) => onText(entry, e.target.value)}
      />
    </div>
  );
});
