import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESERVATION_KINDS, PRESERVATION_KIND_LABELS, type PreservationKind } from '../../../src-shared/domain/serviceCodes';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { useLoad } from '../../ui/useLoad';

interface Values {
  caseId: string; kind: PreservationKind; applicant: string; respondent: string; amount?: number | null; guarantee?: string; rulingOn?: string;
  measures?: { description: string; startedOn: string; expiresOn: string }[];
}

/** 登记保全: the case, who applied against whom, amount and guarantee, the ruling, and each measure with its term. */
export function NewPreservationDialog({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { label, errorText } = useLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [query, setQuery] = useState('');
  const cases = useLoad(() => api.cases.list({ query: query || undefined, limit: 20 }), [query]);
  const required = [{ required: true, whitespace: true, message: t('ledger.preservation.required') }];

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await api.preservations.create({
        caseId: v.caseId, kind: v.kind, applicant: v.applicant, respondent: v.respondent, amount: v.amount ?? null, guarantee: v.guarantee ?? '',
        rulingOn: v.rulingOn || null, measures: v.measures ?? [],
      });
      message.success(t('ledger.preservation.created'));
      onDone();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <Modal open={open} width={720} title={t('ledger.preservation.create')} onOk={submit} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ kind: 'property', measures: [] }}>
        <Form.Item name="caseId" label={t('ledger.preservation.case')} rules={[{ required: true, message: t('ledger.preservation.caseRequired') }]}>
          <Select showSearch filterOption={false} onSearch={setQuery} loading={cases.loading}
            options={(cases.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.caseNumber} ${c.cause}` }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="kind" label={t('ledger.preservation.kind')}>
            <Select style={{ width: 140 }} options={PRESERVATION_KINDS.map((k) => ({ value: k, label: label(PRESERVATION_KIND_LABELS[k]) }))} />
          </Form.Item>
          <Form.Item name="applicant" label={t('ledger.preservation.applicant')} rules={required}><Input maxLength={100} /></Form.Item>
          <Form.Item name="respondent" label={t('ledger.preservation.respondent')} rules={required}><Input maxLength={100} /></Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="amount" label={t('ledger.preservation.amount')}><InputNumber min={0} style={{ width: 160 }} /></Form.Item>
          <Form.Item name="guarantee" label={t('ledger.preservation.guarantee')}><Input maxLength={200} /></Form.Item>
          <Form.Item name="rulingOn" label={t('ledger.preservation.rulingOn')}><Input type="date" /></Form.Item>
        </Space>
        <Form.List name="measures">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'description']} rules={required}><Input placeholder={t('ledger.preservation.description')} style={{ width: 260 }} /></Form.Item>
                  <Form.Item name={[f.name, 'startedOn']} rules={required}><Input type="date" aria-label={t('ledger.preservation.startedOn')} /></Form.Item>
                  <Form.Item name={[f.name, 'expiresOn']} rules={required}><Input type="date" aria-label={t('ledger.preservation.expiresOn')} /></Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>{t('ledger.preservation.addMeasure')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
