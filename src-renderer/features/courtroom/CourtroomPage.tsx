import { App, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../src-shared/contract/schemas';
import type { HearingState } from '../../../src-shared/domain/hearing';
import { roleMay } from '../../../src-shared/domain/permissions';
import { api, onEvent } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';
import { FinaliseButton } from '../signing/FinaliseButton';
import { CourtroomPanel } from './CourtroomPanel';
import { CourtroomToolbar } from './CourtroomToolbar';
import { QuickPhrasesDialog } from './QuickPhrasesDialog';
import { SaveIndicator } from './SaveIndicator';
import { SpeakerBar } from './SpeakerBar';
import { TranscriptEditor } from './TranscriptEditor';
import { useQuickPhrases } from './useQuickPhrases';
import { useTranscriptManager } from './useTranscriptManager';
import { useTranscriptTyping } from './useTranscriptTyping';
import './courtroom.css';

/**
 * 庭审页面 (courtroom mode): a full-window view for typing the transcript fast, saved as it is typed. The hearing's
 * state buttons, phases, quick phrases and a side panel (evidence, dossier, presentation) sit in the top bar.
 */
export function CourtroomPage({ hearingId, user, onExit }: { hearingId: string; user: User; onExit: (day: string, courtroom: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { errorText } = useLabels();
  const hearing = useLoad(() => api.hearings.get({ id: hearingId }), [hearingId]);
  const { manager, state, loaded, loadError } = useTranscriptManager(hearingId);
  const canType = roleMay(user.role, 'transcript.write');
  const phrases = useQuickPhrases(canType);
  // Frozen while the parties sign and once final, as the transcript last loaded or as the hearing says after the
  // signing dialog changed it (the server refuses edits then: LOCKED).
  const frozen = state.transcriptState !== 'draft' ? state.transcriptState : (hearing.data?.transcript?.state ?? 'draft');
  const readOnly = !canType || frozen !== 'draft';
  const typing = useTranscriptTyping(manager, phrases.byHotkey, readOnly);
  const [panel, setPanel] = useState(false);
  const [editPhrases, setEditPhrases] = useState(false);
  const { reload } = hearing;

  useEffect(() => onEvent((e) => e.topic === 'data' && e.payload.entity === 'hearing' && e.payload.hearingId === hearingId && reload()), [hearingId, reload]);

  // Opening: the caret goes to the end of the last entry, ready to type.
  useEffect(() => {
    if (!loaded || readOnly) return;
    const last = [...manager.getState().entries].reverse().find((e) => e.kind !== 'phase');
    if (last) typing.focus(last.id, 'end');
  }, [loaded]);

  const setHearingState = async (toState: HearingState) => {
    if (!hearing.data) return;
    try {
      await manager.flush();
      await api.hearings.setState({ id: hearingId, toState, baseVersion: hearing.data.version });
    } catch (err) {
      void message.error(errorText(err));
    }
    reload();
  };

  if (hearing.error || loadError) return <div className="cd-courtroom"><LoadError error={hearing.error ?? loadError} onRetry={() => window.location.reload()} /></div>;
  if (!hearing.data || !loaded) return <div className="cd-courtroom cd-splash"><Spin /></div>;
  const h = hearing.data;

  return (
    <div className="cd-courtroom" data-testid="courtroom">
      <CourtroomToolbar
        hearing={h}
        canChangeState={roleMay(user.role, 'hearing.write')}
        canType={!readOnly}
        phrases={phrases.byHotkey}
        saveIndicator={<SaveIndicator state={state} />}
        finalise={<FinaliseButton hearingId={h.id} />}
        onExit={() => void manager.flush().finally(() => onExit(h.startsAt.slice(0, 10), h.courtroom))}
        onState={(to) => void setHearingState(to)}
        onPhase={(p) => typing.insertPhase(p)}
        onPhrase={(text) => {
          const id = typing.current.current;
          if (id && manager.get(id)) typing.insertPhrase(id, text);
        }}
        onEditPhrases={() => setEditPhrases(true)}
        onPanel={() => setPanel(true)}
      />
      <SpeakerBar participants={state.participants} />
      {frozen !== 'draft' ? <Result status={frozen === 'final' ? 'success' : 'info'} className="cd-courtroom-final" subTitle={t(frozen === 'final' ? 'courtroom.final' : 'courtroom.signing')} /> : null}
      <div className="cd-courtroom-body">
        <TranscriptEditor manager={manager} state={state} typing={typing} readOnly={readOnly} />
      </div>
      <CourtroomPanel open={panel} onClose={() => setPanel(false)} caseId={h.caseId} caseNumber={h.caseNumber} hearingId={h.id} />
      <QuickPhrasesDialog open={editPhrases} data={phrases.data} onClose={() => setEditPhrases(false)} onSaved={phrases.reload} />
    </div>
  );
}
