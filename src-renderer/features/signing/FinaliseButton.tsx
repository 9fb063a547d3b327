import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleMay } from '../../../src-shared/domain/permissions';
import { api } from '../../api/api';
import { loadSession } from '../../api/session';
import { useLabels } from '../../i18n/useLabels';
import { FinalisedPanel } from './FinalisedPanel';
import { SignersTable } from './SignersTable';
import { useSigningStatus } from './useSigningStatus';

const STATE_COLOR = { draft: 'default', signing: 'orange', final: 'blue' } as const;

/**
 * 签名与定稿 in the courtroom toolbar: send the transcript for signature, put each party on the signature pad of
 * the parties' screen or record their refusal, finalise (PDF + seal + 正卷) when everyone has signed or refused,
 * then download the signed PDF or add a 补正.
 */
export function FinaliseButton({ hearingId }: { hearingId: string }) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const { status, error, reload } = useSigningStatus(hearingId, open);
  const role = loadSession()?.user.role;
  const canAct = !!role && roleMay(role, 'transcript.finalise');

  const run = async (work: () => Promise<unknown>, done?: string): Promise<boolean> => {
    setBusy(true);
    try {
      await work();
      if (done) void message.success(done);
      return true;
    } catch (err) {
      void message.error(errorText(err));
      return false;
    } finally {
      setBusy(false);
      void reload();
    }
  };

  const transcriptId = status?.transcriptId ?? '';
  const given = status?.signers.filter((s) => s.outcome !== null).length ?? 0;
  let body = null;
  if (error) body = <Alert type="error" showIcon title={errorText(error)} />;
  else if (status && !status.transcriptId) body = <Alert type="info" title={t('signing.noTranscript')} />;
  else if (status?.state === 'final') body = <FinalisedPanel status={status} canAct={canAct} onChanged={() => void reload()} />;
  else if (status) {
    const signing = status.state === 'signing';
    body = (
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('signing.entries', { count: status.entryCount })} · {t('signing.draftHint')}</Typography.Text>
        <SignersTable
          signers={status.signers}
          canAct={canAct && signing}
          busy={busy}
          onAskSign={(s) =>
            void run(
              () => api.presentation.show({ hearingId, view: { mode: 'sign', transcriptId, participantId: s.participantId } }),
              t('signing.asked', { name: s.name }),
            )
          }
          onRefuse={(s, reason) => run(() => api.transcripts.refuse({ transcriptId, participantId: s.participantId, reason }))}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('signing.bench')}</Typography.Text>
        {canAct ? (
          <Space wrap>
            {!signing ? (
              <Button type="primary" data-testid="start-signing" loading={busy} disabled={status.entryCount === 0}
                onClick={() => void run(() => api.transcripts.startSigning({ transcriptId, baseVersion: status.version }))}>
                {t('signing.startSigning')}
              </Button>
            ) : (
              <>
                <Popconfirm
                  title={t('signing.reopenConfirm')}
                  description={given > 0 ? t('signing.reopenVoid', { count: given }) : undefined}
                  okText={t('header.ok')}
                  cancelText={t('header.cancel')}
                  onConfirm={() => void run(() => api.transcripts.reopen({ transcriptId, baseVersion: status.version, voidSignatures: given > 0 }))}
                >
                  <Button data-testid="reopen" disabled={busy}>{t('signing.reopen')}</Button>
                </Popconfirm>
                <Popconfirm
                  title={t('signing.finaliseConfirm')}
                  okText={t('header.ok')}
                  cancelText={t('header.cancel')}
                  disabled={!status.complete}
                  onConfirm={() => void run(() => api.transcripts.finalise({ transcriptId, baseVersion: status.version }), t('signing.finalised'))}
                >
                  <Button type="primary" data-testid="finalise" disabled={!status.complete} loading={busy}>{t('signing.finalise')}</Button>
                </Popconfirm>
                {!status.complete ? <Typography.Text type="warning">{t('signing.finaliseNeeds')}</Typography.Text> : null}
              </>
            )}
          </Space>
        ) : null}
      </Space>
    );
  }

  return (
    <>
      <Button icon={<SafetyCertificateOutlined />} data-testid="finalise-open" onClick={() => setOpen(true)}>{t('signing.open')}</Button>
      <Modal
        open={open}
        width={820}
        footer={null}
        destroyOnHidden
        onCancel={() => setOpen(false)}
        title={
          <Space>
            {t('signing.title')}
            {status?.state ? <Tag color={STATE_COLOR[status.state]} data-testid="transcript-state" data-state={status.state}>{t(`signing.state.${status.state}`)}</Tag> : null}
          </Space>
        }
      >
        <div data-testid="finalise-dialog">{body}</div>
      </Modal>
    </>
  );
}
