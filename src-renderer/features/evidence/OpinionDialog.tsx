import { App, Form, Input, Modal, Segmented, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPINION_VALUES, type EvidenceItem, type OpinionValue } from '../../../src-shared/contract/calls/evidenceCalls';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';

interface Values { partyId: string; hearingId: string; authenticity: OpinionValue; legality: OpinionValue; relevance: OpinionValue; reason: string }
const ASPECTS = ['authenticity', 'legality', 'relevance'] as const;

/**
 * One party's 质证 opinion on one item at one hearing: three segmented answers and a reason. Saving writes the
 * opinion and its transcript line together; an opinion already given at that hearing is changed, not duplicated.
 */
export function OpinionDialog({ item, parties, hearings, hearingId, open, onClose, onSaved }: {
  item: EvidenceItem | null;
  parties: { id: string; name: string; role: string }[];
  hearings: { id: string; startsAt: string; courtroom: string }[];
  hearingId?: string;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const others = parties.filter((p) => p.id !== item?.partyId);
  const partyId = Form.useWatch('partyId', form);
  const chosenHearing = Form.useWatch('hearingId', form);
  const existing = item?.opinions.find((o) => o.partyId === partyId && o.hearingId === chosenHearing);

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({ partyId: others[0]?.id, hearingId: hearingId ?? hearings[hearings.length - 1]?.id, authenticity: 'accept', legality: 'accept', relevance: 'accept', reason: '' });
  }, [open]); // reset only when the dialog opens

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(existing
      ? { authenticity: existing.authenticity ?? 'accept', legality: existing.legality ?? 'accept', relevance: existing.relevance ?? 'accept', reason: existing.reason }
      : { authenticity: 'accept', legality: 'accept', relevance: 'accept', reason: '' });
  }, [existing?.id, open]); // follow the chosen party and hearing

  const submit = async () => {
    if (!item) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return; // the form shows what is missing
    setSaving(true);
    try {
      await api.evidence.recordOpinion({ evidenceItemId: item.id, ...v, reason: v.reason ?? '', baseVersion: existing?.version ?? 0 });
      void message.success(t('evidence.recorded'));
      onSaved();
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  const choices = OPINION_VALUES.map((v) => ({ value: v, label: t(`evidence.value.${v}`) }));
  return (
    <Modal open={open} title={item ? t('evidence.opinionTitle', { label: item.label, name: item.name }) : ''} okText={t('evidence.save')}
      cancelText={t('evidence.cancel')} onOk={() => void submit()} onCancel={onClose} confirmLoading={saving} destroyOnHidden forceRender>
      <Form form={form} layout="vertical" data-testid="opinion-form">
        <Form.Item name="partyId" label={t('evidence.party')} rules={[{ required: true, message: t('evidence.noOtherParty') }]}>
          <Select options={others.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="hearingId" label={t('evidence.hearing')} rules={[{ required: true, message: t('evidence.noHearing') }]}>
          <Select disabled={!!hearingId} options={hearings.map((h) => ({ value: h.id, label: `${h.startsAt.replace('T', ' ')} ${h.courtroom}` }))} />
        </Form.Item>
        {ASPECTS.map((aspect) => (
          <Form.Item key={aspect} name={aspect} label={t(`evidence.${aspect}`)}>
            <Segmented options={choices} data-testid={`opinion-${aspect}`} />
          </Form.Item>
        ))}
        <Form.Item name="reason" label={t('evidence.reason')} dependencies={ASPECTS as unknown as string[]}
          rules={[({ getFieldValue }) => ({
            validator: (_r, value: string | undefined) =>
              ASPECTS.some((a) => getFieldValue(a) !== 'accept') && !(value ?? '').trim() ? Promise.reject(new Error(t('evidence.reasonNeeded'))) : Promise.resolve(),
          })]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} data-testid="opinion-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
