import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { WORK_ORDER_KINDS, WORK_ORDER_KIND_LABELS, type WorkOrderKind } from '../../../src-shared/domain/serviceCodes';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';

interface Values { kind: WorkOrderKind; note?: string; dueOn: string }

const pad = (n: number) => String(n).padStart(2, '0');
const inDays = (n: number) => {
  const d = new Date(Date.now() + n * 86_400_000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** 发起工单 about a case: from a trial team to the centre, or from the centre back to the case's team. */
export function NewWorkOrderDialog({ open, caseId, caseNumber, onClose, onDone }: { open: boolean; caseId: string; caseNumber: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { label, errorText } = useLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await api.workOrders.create({ caseId, kind: v.kind, note: v.note?.trim() ?? '', dueOn: v.dueOn });
      message.success(t('ledger.workOrders.created'));
      onDone();
    } catch (err) {
      message.error(errorText(err));
    }
  };
  return (
    <Modal open={open} title={`${t('ledger.workOrders.create')} · ${caseNumber}`} onOk={submit} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ kind: 'supplementary_service', dueOn: inDays(3) }}>
        <Form.Item name="kind" label={t('ledger.workOrders.kind')}>
          <Select options={WORK_ORDER_KINDS.map((k) => ({ value: k, label: label(WORK_ORDER_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('ledger.workOrders.note')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('ledger.workOrders.dueOn')} rules={[{ required: true, message: t('ledger.workOrders.dueRequired') }]}>
          <Input type="date" min={inDays(0)} style={{ width: 170 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
