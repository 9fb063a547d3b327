import { App, Form, Input, InputNumber, Modal, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';

interface Values {
  kind: 'extension' | 'deduction'; months?: number; days?: number; fromOn?: string; toOn?: string; reason: string; approver: string; approvedOn: string;
}

/** 审限变更: an approved extension (months/days) or a period not counted (from–to), with reason, approver and date. */
export function TrialLimitDialog({ caseId, open, onClose, onDone }: { caseId: string; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const required = [{ required: true, whitespace: true, message: t('ledger.preservation.required') }];

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await api.trialLimits.record({
        caseId, kind: v.kind, months: v.months ?? 0, days: v.days ?? 0, fromOn: v.fromOn || undefined, toOn: v.toOn || undefined,
        reason: v.reason, approver: v.approver, approvedOn: v.approvedOn,
      });
      message.success(t('ledger.trialLimit.saved'));
      onDone();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <Modal open={open} title={t('ledger.trialLimit.title')} onOk={submit} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ kind: 'extension' }}>
        <Form.Item name="kind">
          <Radio.Group optionType="button" options={[
            { value: 'extension', label: t('ledger.trialLimit.extension') },
            { value: 'deduction', label: t('ledger.trialLimit.deduction') },
          ]} />
        </Form.Item>
        {kind === 'deduction' ? (
          <Space>
            <Form.Item name="fromOn" label={t('ledger.trialLimit.fromOn')} rules={required}><Input type="date" /></Form.Item>
            <Form.Item name="toOn" label={t('ledger.trialLimit.toOn')} rules={required}><Input type="date" /></Form.Item>
          </Space>
        ) : (
          <Space>
            <Form.Item name="months" label={t('ledger.trialLimit.months')}><InputNumber min={0} max={24} /></Form.Item>
            <Form.Item name="days" label={t('ledger.trialLimit.days')}><InputNumber min={0} max={730} /></Form.Item>
          </Space>
        )}
        <Form.Item name="reason" label={t('ledger.trialLimit.reason')} rules={required}><Input.TextArea rows={2} maxLength={300} /></Form.Item>
        <Space>
          <Form.Item name="approver" label={t('ledger.trialLimit.approver')} rules={required}><Input maxLength={50} /></Form.Item>
          <Form.Item name="approvedOn" label={t('ledger.trialLimit.approvedOn')} rules={required}><Input type="date" /></Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
