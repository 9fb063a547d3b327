import { ArrowLeftOutlined, BookOutlined, FullscreenOutlined, QuestionCircleOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Button, Dropdown, Popconfirm, Popover, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HearingDetail } from '../../../src-shared/contract/calls/hearingCalls';
import { HEARING_PHASES, HEARING_PHASE_LABELS, HEARING_STATE_LABELS, HEARING_TRANSITIONS, type HearingPhase, type HearingState } from '../../../src-shared/domain/hearing';
import { useLabels } from '../../i18n/useLabels';
import { CourtroomHelp } from './CourtroomHelp';

const STATE_COLOR: Record<HearingState, string> = { scheduled: 'default', opened: 'green', adjourned: 'orange', closed: 'blue' };

/** The top bar of the courtroom: the hearing, its state buttons (开庭/休庭/闭庭), phases, quick phrases, the side panel. */
export function CourtroomToolbar({
  hearing,
  canChangeState,
  canType,
  phrases,
  saveIndicator,
  finalise,
  onExit,
  onState,
  onPhase,
  onPhrase,
  onEditPhrases,
  onPanel,
}: {
  hearing: HearingDetail;
  canChangeState: boolean;
  canType: boolean;
  phrases: ReadonlyMap<string, string>;
  saveIndicator: ReactNode;
  finalise: ReactNode;
  onExit: () => void;
  onState: (to: HearingState) => void;
  onPhase: (phase: HearingPhase) => void;
  onPhrase: (text: string) => void;
  onEditPhrases: () => void;
  onPanel: () => void;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const next = HEARING_TRANSITIONS[hearing.state];
  const stateButton = (to: HearingState, text: string, primary = false) =>
    next.includes(to) ? (
      to === 'closed' ? (
        <Popconfirm key={to} title={t('courtroom.closeConfirm')} onConfirm={() => onState(to)} okText={t('header.ok')} cancelText={t('header.cancel')}>
          <Button data-testid={`state-${to}`} danger>{text}</Button>
        </Popconfirm>
      ) : (
        <Button key={to} data-testid={`state-${to}`} type={primary ? 'primary' : 'default'} onClick={() => onState(to)}>{text}</Button>
      )
    ) : null;

  return (
    <div className="cd-courtroom-bar">
      <Button icon={<ArrowLeftOutlined />} onClick={onExit} aria-label={t('courtroom.exit')}>{t('courtroom.exit')}</Button>
      <div className="cd-courtroom-title">
        <Typography.Text strong data-testid="courtroom-case">{hearing.caseNumber}</Typography.Text>
        <Typography.Text type="secondary" ellipsis>
          {hearing.cause} · {hearing.courtroom} · {hearing.startsAt.replace('T', ' ')}
        </Typography.Text>
      </div>
      <Tag color={STATE_COLOR[hearing.state]} data-testid="hearing-state">{label(HEARING_STATE_LABELS[hearing.state])}</Tag>
      {canChangeState ? (
        <Space.Compact>
          {stateButton('opened', hearing.state === 'adjourned' ? t('courtroom.resume') : t('courtroom.open'), true)}
          {stateButton('adjourned', t('courtroom.adjourn'))}
          {stateButton('closed', t('courtroom.close'))}
        </Space.Compact>
      ) : null}
      <span className="cd-courtroom-spacer" />
      {saveIndicator}
      <Dropdown
        disabled={!canType}
        menu={{ items: HEARING_PHASES.map((p) => ({ key: p, label: label(HEARING_PHASE_LABELS[p]) })), onClick: ({ key }) => onPhase(key as HearingPhase) }}
      >
        <Button data-testid="phase-menu" icon={<BookOutlined />}>{t('courtroom.phase')}</Button>
      </Dropdown>
      <Dropdown
        disabled={!canType}
        menu={{
          items: [
            ...[...phrases].map(([key, text]) => ({ key, label: <span><kbd>{key}</kbd> {text}</span> })),
            { type: 'divider' as const },
            { key: '__edit', label: t('courtroom.editPhrases') },
          ],
          onClick: ({ key }) => (key === '__edit' ? onEditPhrases() : onPhrase(phrases.get(key) ?? '')),
        }}
      >
        <Button data-testid="phrase-menu" icon={<ThunderboltOutlined />}>{t('courtroom.phrases')}</Button>
      </Dropdown>
      <Button data-testid="courtroom-panel" onClick={onPanel}>{t('courtroom.panel')}</Button>
      {finalise}
      <Popover content={<CourtroomHelp />} trigger="click" placement="bottomRight">
        <Button icon={<QuestionCircleOutlined />} aria-label={t('courtroom.help')} />
      </Popover>
      <Button
        icon={<FullscreenOutlined />}
        aria-label={t('courtroom.fullscreen')}
        onClick={() => void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined)}
      />
    </div>
  );
}
