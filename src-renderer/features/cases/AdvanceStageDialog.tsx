import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../src-shared/contract/calls/caseCalls';
import { CASE_STAGES, STAGE_LABELS, type CaseStage } from '../../../src-shared/domain/caseStages';
import { api } from '../../api/api';
import { isApiError } from '../../api/ApiError';
import { useLabels } from '../../i18n/useLabels';
import { StageTag } from '../../ui/StageTag';

interface Values {
  toStage: CaseStage;
  note: string;
}

/**
 * 推进流程: choose a later stage and a note; sent with the version the user saw, so a case changed in the
 * meantime is a CONFLICT (shown in Chinese, then the case reloads) rather than a silent overwrite.
 */
export function AdvanceStageDialog({
  open,
  detail,
  onClose,
  onDone,
}: {
  open: boolean;
  detail: CaseDetail;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { label, errorText } = useLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const later = CASE_STAGES.slice(CASE_STAGES.indexOf(detail.stage) + 1);

  useEffect(() => {
    if (open) {
      form.setFieldsValue({ toStage: later[0], note: '' });
      setError(null);
    }
  }, [open, detail.stage]);

  const submit = async ({ toStage, note }: Values) => {
    setBusy(true);
    setError(null);
    try {
      await api.cases.advanceStage({ id: detail.id, toStage, note, baseVersion: detail.version });
      void message.success(t('advance.done', { stage: label(STAGE_LABELS[toStage]) }));
      onDone();
    } catch (err) {
      if (isApiError(err) && err.code === 'CONFLICT') {
        void message.error(errorText(err));
        onDone();
      } else setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('advance.title')}
      okText={t('advance.submit')}
      cancelText={t('advance.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="advance-dialog"
    >
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} style={{ marginTop: 16 }}>
        <Form.Item label={t('advance.current')}>
          <StageTag stage={detail.stage} />
        </Form.Item>
        <Form.Item label={t('advance.toStage')} name="toStage" rules={[{ required: true, message: t('advance.toStageRequired') }]}>
          <Select data-testid="advance-to-stage" options={later.map((s) => ({ value: s, label: label(STAGE_LABELS[s]) }))} />
        </Form.Item>
        <Form.Item label={t('advance.note')} name="note">
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('advance.notePlaceholder')} />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} role="alert" /> : null}
      </Form>
    </Modal>
  );
}
