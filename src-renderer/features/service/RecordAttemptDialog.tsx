import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServiceRecord } from '../../../src-shared/contract/calls/serviceCalls';
import { FAILURE_REASONS, FAILURE_REASON_LABELS, type FailureReason } from '../../../src-shared/domain/serviceCodes';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d = new Date()) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const localTime = (d = new Date()) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

interface Values { result: 'success' | 'failure'; on: string; time: string; reason?: FailureReason; note?: string }

/** 登记结果: the day and time of an attempt, success or failure with its reason (公告: the publication day). */
export function RecordAttemptDialog({ record, onClose, onDone }: { record: ServiceRecord | null; onClose: () => void; onDone: (r: ServiceRecord) => void }) {
  const { t } = useTranslation();
  const { label, errorText } = useLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const result = Form.useWatch('result', form);

  const submit = async () => {
    if (!record) return;
    const v = await form.validateFields();
    try {
      const saved = await api.service.recordAttempt({
        serviceId: record.id, on: v.on, time: v.time, result: v.result,
        reason: v.result === 'failure' ? v.reason : undefined, note: v.note ?? '', baseVersion: record.version,
      });
      message.success(t('ledger.service.recorded'));
      onDone(saved);
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <Modal
      open={!!record}
      title={record ? `${t('ledger.service.recordAttempt')} · ${record.partyName} · ${record.documentTitle}` : ''}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ result: 'success', on: localDay(), time: localTime() }} data-testid="attempt-form">
        <Form.Item name="result" label={t('ledger.service.state')}>
          <Radio.Group optionType="button" buttonStyle="solid" options={[
            { value: 'success', label: t('ledger.service.success') },
            { value: 'failure', label: t('ledger.service.failure') },
          ]} />
        </Form.Item>
        <Form.Item label={t('ledger.service.on')} required style={{ marginBottom: 0 }}>
          <Form.Item name="on" rules={[{ required: true, message: t('ledger.service.onRequired') }]} style={{ display: 'inline-block', marginInlineEnd: 8 }}>
            <Input type="date" max={localDay()} data-testid="attempt-date" style={{ width: 170 }} />
          </Form.Item>
          <Form.Item name="time" style={{ display: 'inline-block' }}>
            <Input type="time" data-testid="attempt-time" style={{ width: 120 }} />
          </Form.Item>
        </Form.Item>
        {result === 'failure' ? (
          <Form.Item name="reason" label={t('ledger.service.reason')} rules={[{ required: true, message: t('ledger.service.reasonRequired') }]}>
            <Select data-testid="attempt-reason" options={FAILURE_REASONS.map((r) => ({ value: r, label: label(FAILURE_REASON_LABELS[r]) }))} />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('ledger.service.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
