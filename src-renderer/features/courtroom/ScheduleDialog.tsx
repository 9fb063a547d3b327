import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, AutoComplete, Button, Form, Input, Modal, Select, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput, CallParsedInput } from '../../../src-shared/contract/contract';
import { PARTICIPANT_ROLES, PARTICIPANT_ROLE_LABELS } from '../../../src-shared/domain/hearing';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';

type Proposal = CallOutput<'hearings.proposal'>;
type ParticipantRow = Proposal['participants'][number] & { key: number };
interface Values { caseId: string; startsAt: string; courtroom: string; presidingJudgeId: string; clerkId: string; noticeServedOn: string }

/**
 * 排期: case, time, courtroom, presiding judge, clerk, the day the notice was served, and the participants,
 * proposed from the case's parties and team when the case is chosen and editable before saving.
 */
export function ScheduleDialog({ open, day, courtroom, onClose, onScheduled }: {
  open: boolean; day: string; courtroom: string; onClose: () => void; onScheduled: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { label, errorText } = useLabels();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [cases, setCases] = useState<{ value: string; label: string }[]>([]);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [rows, setRows] = useState<ParticipantRow[]>([]);
  const [saving, setSaving] = useState(false);

  const searchCases = (query: string) =>
    void api.cases.list({ query: query || undefined, limit: 20 }).then((r) => setCases(r.items.map((c) => ({ value: c.id, label: `${c.caseNumber} ${c.cause}` }))), () => undefined);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ startsAt: `${day}T09:00`, courtroom, noticeServedOn: '' });
    setProposal(null);
    setRows([]);
    searchCases('');
  }, [open]);

  const chooseCase = async (caseId: string) => {
    try {
      const p = await api.hearings.proposal({ caseId });
      setProposal(p);
      setRows(p.participants.map((x, key) => ({ ...x, key })));
      form.setFieldsValue({ presidingJudgeId: p.presidingJudgeId ?? undefined, clerkId: p.clerkId ?? undefined });
    } catch (err) {
      void message.error(errorText(err));
    }
  };

  const patch = (key: number, change: Partial<ParticipantRow>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const submit = async () => {
    const v = await form.validateFields();
    const input: CallParsedInput<'hearings.schedule'> = {
      caseId: v.caseId, startsAt: v.startsAt, courtroom: v.courtroom.trim(), presidingJudgeId: v.presidingJudgeId, clerkId: v.clerkId,
      noticeServedOn: v.noticeServedOn || null, participants: rows.map(({ key: _k, ...p }) => p),
    };
    setSaving(true);
    try {
      const r = await api.hearings.schedule(input);
      if (r.warnings.length > 0) modal.warning({ title: t('courtroom.schedule.warnings'), content: r.warnings.join('\n') });
      else void message.success(t('courtroom.schedule.done'));
      onScheduled(r.id);
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  const roleOptions = PARTICIPANT_ROLES.map((r) => ({ value: r, label: label(PARTICIPANT_ROLE_LABELS[r]) }));
  return (
    <Modal open={open} title={t('courtroom.schedule.title')} width={820} onCancel={onClose} onOk={() => void submit()} confirmLoading={saving} okText={t('header.ok')} cancelText={t('header.cancel')}>
      <Form form={form} layout="vertical" data-testid="schedule-form" className="cd-schedule-form">
        <Form.Item name="caseId" label={t('courtroom.schedule.case')} rules={[{ required: true, message: t('courtroom.schedule.caseRequired') }]}>
          <Select showSearch={{ filterOption: false, onSearch: searchCases }} options={cases} onChange={(id: string) => void chooseCase(id)} placeholder={t('courtroom.schedule.casePlaceholder')} />
        </Form.Item>
        <div className="cd-form-row">
          <Form.Item name="startsAt" label={t('courtroom.schedule.startsAt')} rules={[{ required: true }]}>
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item name="courtroom" label={t('courtroom.schedule.courtroom')} rules={[{ required: true, whitespace: true }]}>
            <AutoComplete options={(proposal?.courtrooms ?? []).map((c) => ({ value: c }))} />
          </Form.Item>
          <Form.Item name="noticeServedOn" label={t('courtroom.schedule.notice')} tooltip={t('courtroom.schedule.noticeTip')}>
            <Input type="date" />
          </Form.Item>
        </div>
        <div className="cd-form-row">
          <Form.Item name="presidingJudgeId" label={t('courtroom.schedule.presiding')} rules={[{ required: true }]}>
            <Select options={(proposal?.judges ?? []).map((j) => ({ value: j.id, label: j.name }))} />
          </Form.Item>
          <Form.Item name="clerkId" label={t('courtroom.schedule.clerk')} rules={[{ required: true }]}>
            <Select options={(proposal?.clerks ?? []).map((j) => ({ value: j.id, label: j.name }))} />
          </Form.Item>
        </div>
      </Form>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        title={() => t('courtroom.schedule.participants')}
        columns={[
          { title: 'Alt', width: 48, render: (_v, _r, i) => (i < 9 ? i + 1 : '') },
          { title: t('courtroom.schedule.role'), width: 170, render: (_v, r) => <Select size="small" value={r.role} options={roleOptions} onChange={(role) => patch(r.key, { role })} style={{ width: '100%' }} /> },
          { title: t('courtroom.schedule.name'), render: (_v, r) => <Input size="small" value={r.name} onChange={(e) => patch(r.key, { name: e.target.value })} /> },
          { title: t('courtroom.schedule.alias'), width: 110, render: (_v, r) => <Input size="small" value={r.alias} maxLength={6} onChange={(e) => patch(r.key, { alias: e.target.value })} /> },
          { width: 44, render: (_v, r) => <Button size="small" type="text" icon={<DeleteOutlined />} onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))} /> },
        ]}
        footer={() => (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setRows((rs) => [...rs, { key: Date.now(), role: 'agent', name: '', partyId: null, alias: '' }])}>
            {t('courtroom.schedule.addParticipant')}
          </Button>
        )}
      />
    </Modal>
  );
}
