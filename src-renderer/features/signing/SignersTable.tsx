import { Button, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SigningStatus } from '../../../src-shared/contract/calls/transcriptSigningCalls';
import { PARTICIPANT_ROLE_LABELS, type ParticipantRole } from '../../../src-shared/domain/hearing';
import { useLabels } from '../../i18n/useLabels';

type Signer = SigningStatus['signers'][number];

const STATUS_COLOR = { none: 'default', signed: 'green', refused: 'red' } as const;

/** Who signs the transcript and how far they are: 未签 / 已签 / 拒签, with the clerk's two actions per party. */
export function SignersTable({
  signers,
  canAct,
  busy,
  onAskSign,
  onRefuse,
}: {
  signers: Signer[];
  canAct: boolean;
  busy: boolean;
  onAskSign: (s: Signer) => void;
  onRefuse: (s: Signer, reason: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const [refusing, setRefusing] = useState<string | null>(null);
  const [reason, setReason] = useState('');

  const actions = (s: Signer) => {
    if (!canAct) return null;
    if (refusing === s.participantId) {
      return (
        <Space.Compact style={{ width: '100%' }}>
          <Input
            autoFocus
            data-testid="refuse-reason"
            placeholder={t('signing.refuseReasonHint')}
            aria-label={t('signing.refuseReason')}
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button
            danger
            data-testid="refuse-confirm"
            disabled={reason.trim() === '' || busy}
            onClick={() => void onRefuse(s, reason.trim()).then((ok) => ok && setRefusing(null))}
          >
            {t('signing.refuseSave')}
          </Button>
          <Button onClick={() => setRefusing(null)}>{t('header.cancel')}</Button>
        </Space.Compact>
      );
    }
    return (
      <Space>
        <Button type="primary" size="small" data-testid={`ask-sign-${s.participantId}`} disabled={busy} onClick={() => onAskSign(s)}>
          {t('signing.askSign')}
        </Button>
        <Button
          size="small"
          data-testid={`refuse-${s.participantId}`}
          disabled={busy}
          onClick={() => {
            setReason(s.refusalReason ?? '');
            setRefusing(s.participantId);
          }}
        >
          {t('signing.refuse')}
        </Button>
      </Space>
    );
  };

  return (
    <Table<Signer>
      size="small"
      rowKey="participantId"
      pagination={false}
      dataSource={signers.filter((s) => s.required)}
      data-testid="signers-table"
      columns={[
        { title: t('signing.colName'), dataIndex: 'name' },
        { title: t('signing.colRole'), dataIndex: 'role', render: (r: string) => label(PARTICIPANT_ROLE_LABELS[r as ParticipantRole] ?? { zh: r, en: r }) },
        {
          title: t('signing.colStatus'),
          render: (_: unknown, s) => (
            <Space orientation="vertical" size={0}>
              <Tag color={STATUS_COLOR[s.outcome ?? 'none']} data-testid={`signer-status-${s.participantId}`} data-outcome={s.outcome ?? 'none'}>
                {t(`signing.status.${s.outcome ?? 'none'}`)}
              </Tag>
              {s.outcome === 'refused' && s.refusalReason ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('signing.refusedBecause', { reason: s.refusalReason })}</Typography.Text>
              ) : null}
            </Space>
          ),
        },
        { title: t('signing.colActions'), width: 320, render: (_: unknown, s) => actions(s) },
      ]}
    />
  );
}
