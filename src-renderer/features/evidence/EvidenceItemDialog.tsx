import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../src-shared/contract/calls/evidenceCalls';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { useLoad } from '../../ui/useLoad';

interface Values { partyId: string; name: string; purpose: string; documentId: string | null; pageFrom: number | null; pageTo: number | null }
const COURT = 'court';

/**
 * Adds or edits one item of the 证据目录: submitting party, name, 证明目的 and the pages of a 正卷 document it
 * points to (shown 1-based, stored 0-based). The server checks everything again.
 */
export function EvidenceItemDialog({ caseId, parties, item, open, onClose, onSaved }: {
  caseId: string;
  parties: { id: string; name: string; role: string }[];
  item: EvidenceItem | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const { data: docs } = useLoad(() => api.documents.list({ caseId }), [caseId]);
  const mainDocs = (docs?.items ?? []).filter((d) => d.volume === 'main' && d.pageCount > 0);
  const documentId = Form.useWatch('documentId', form);
  const pageCount = mainDocs.find((d) => d.id === documentId)?.pageCount ?? 1;

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({
      partyId: item ? (item.partyId ?? COURT) : (parties[0]?.id ?? COURT),
      name: item?.name ?? '',
      purpose: item?.purpose ?? '',
      documentId: item?.documentId ?? null,
      pageFrom: item?.pageFrom !== null && item?.pageFrom !== undefined ? item.pageFrom + 1 : null,
      pageTo: item?.pageTo !== null && item?.pageTo !== undefined ? item.pageTo + 1 : null,
    });
  }, [open, item, parties, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return; // the form shows what is missing
    setSaving(true);
    try {
      const hasPages = v.documentId !== null && v.pageFrom !== null;
      await api.evidence.save({
        caseId,
        changes: [{
          op: 'upsert',
          item: {
            id: item?.id ?? uuidv7(),
            partyId: v.partyId === COURT ? null : v.partyId,
            ...(item && (item.partyId ?? COURT) === v.partyId ? { number: item.number } : {}),
            name: v.name,
            purpose: v.purpose ?? '',
            documentId: v.documentId ?? null,
            pageFrom: hasPages ? v.pageFrom! - 1 : null,
            pageTo: hasPages ? (v.pageTo ?? v.pageFrom!) - 1 : null,
            baseVersion: item?.version ?? 0,
          },
        }],
      });
      void message.success(t('evidence.saved'));
      onSaved();
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={item ? t('evidence.edit') : t('evidence.add')} okText={t('evidence.save')} cancelText={t('evidence.cancel')}
      onOk={() => void submit()} onCancel={onClose} confirmLoading={saving} destroyOnHidden forceRender>
      <Form form={form} layout="vertical" data-testid="evidence-form">
        <Form.Item name="partyId" label={t('evidence.source')} rules={[{ required: true, message: t('evidence.required') }]}>
          <Select options={[...parties.map((p) => ({ value: p.id, label: p.name })), { value: COURT, label: t('evidence.court') }]} />
        </Form.Item>
        <Form.Item name="name" label={t('evidence.name')} rules={[{ required: true, whitespace: true, message: t('evidence.required') }]}>
          <Input maxLength={200} data-testid="evidence-name" />
        </Form.Item>
        <Form.Item name="purpose" label={t('evidence.purpose')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="documentId" label={t('evidence.document')}>
          <Select allowClear options={mainDocs.map((d) => ({ value: d.id, label: `${d.title}（${d.pageCount}）` }))} data-testid="evidence-document"
            onChange={() => form.setFieldsValue({ pageFrom: 1, pageTo: 1 })} />
        </Form.Item>
        <Form.Item noStyle>
          <div style={{ display: 'flex', gap: 12 }}>
            <Form.Item name="pageFrom" label={t('evidence.pageFrom')}>
              <InputNumber min={1} max={pageCount} precision={0} disabled={!documentId} />
            </Form.Item>
            <Form.Item name="pageTo" label={t('evidence.pageTo')}>
              <InputNumber min={1} max={pageCount} precision={0} disabled={!documentId} />
            </Form.Item>
          </div>
        </Form.Item>
      </Form>
    </Modal>
  );
}
