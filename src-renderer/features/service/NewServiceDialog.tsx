import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../src-shared/contract/calls/caseCalls';
import type { ServiceRecord } from '../../../src-shared/contract/calls/serviceCalls';
import { PARTY_ROLE_LABELS } from '../../../src-shared/domain/caseStages';
import {
  SERVED_DOCUMENT_KINDS, SERVED_DOCUMENT_LABELS, SERVICE_METHODS, SERVICE_METHOD_LABELS, type ServedDocumentKind, type ServiceMethod,
} from '../../../src-shared/domain/serviceCodes';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';

interface Values { partyId: string; documentKind: ServedDocumentKind; documentTitle?: string; method: ServiceMethod; address?: string; emsNumber?: string }

export interface NewServicePreset { partyId?: string; documentKind?: ServedDocumentKind; documentTitle?: string }

/** 新建送达: one paper to one party by one method (邮寄 needs the EMS number; 公告 needs no address). */
export function NewServiceDialog({
  caseId, parties, preset, open, onClose, onDone,
}: {
  caseId: string;
  parties: Pick<CaseDetail['parties'][number], 'id' | 'name' | 'role' | 'address' | 'phone'>[];
  preset?: NewServicePreset;
  open: boolean;
  onClose: () => void;
  onDone: (r: ServiceRecord) => void;
}) {
  const { t } = useTranslation();
  const { label, errorText } = useLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const method = Form.useWatch('method', form);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const created = await api.service.create({
        caseId, partyId: v.partyId, documentKind: v.documentKind, documentTitle: v.documentTitle?.trim() || undefined, method: v.method,
        address: v.address?.trim() ?? '', emsNumber: v.method === 'postal' ? v.emsNumber?.trim() : undefined,
      });
      message.success(t('ledger.service.created'));
      onDone(created);
    } catch (err) {
      message.error(errorText(err));
    }
  };
  // The party's address (or phone for electronic service) as the starting point.
  const fillAddress = (partyId: string | undefined, m: ServiceMethod | undefined) => {
    const p = parties.find((x) => x.id === partyId);
    if (p && m) form.setFieldValue('address', (m === 'electronic' ? p.phone : p.address) ?? '');
  };

  return (
    <Modal open={open} title={t('ledger.service.newService')} onOk={submit} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} data-testid="service-form"
        initialValues={{ documentKind: 'complaint', method: 'direct', ...preset }}
        onValuesChange={(changed: Partial<Values>, all: Values) => {
          if ('partyId' in changed || 'method' in changed) fillAddress(all.partyId, all.method);
        }}
      >
        <Form.Item name="partyId" label={t('ledger.service.party')} rules={[{ required: true, message: t('ledger.service.partyRequired') }]}>
          <Select data-testid="service-party" options={parties.map((p) => ({ value: p.id, label: `${label(PARTY_ROLE_LABELS[p.role as keyof typeof PARTY_ROLE_LABELS], p.role)} ${p.name}` }))} />
        </Form.Item>
        <Form.Item name="documentKind" label={t('ledger.service.documentKind')}>
          <Select options={SERVED_DOCUMENT_KINDS.map((k) => ({ value: k, label: label(SERVED_DOCUMENT_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="documentTitle" label={t('ledger.service.documentTitle')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="method" label={t('ledger.service.method')}>
          <Select data-testid="service-method" options={SERVICE_METHODS.map((m) => ({ value: m, label: label(SERVICE_METHOD_LABELS[m]) }))} />
        </Form.Item>
        {method === 'postal' ? (
          <Form.Item name="emsNumber" label={t('ledger.service.ems')} rules={[{ required: true, whitespace: true, message: t('ledger.service.emsRequired') }]}>
            <Input maxLength={30} data-testid="service-ems" />
          </Form.Item>
        ) : null}
        {method !== 'announcement' ? (
          <Form.Item name="address" label={t('ledger.service.address')} rules={[{ required: true, whitespace: true, message: t('ledger.service.addressRequired') }]}>
            <Input maxLength={300} data-testid="service-address" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
