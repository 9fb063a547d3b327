import { Alert, Button, Card, Form, Input, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment } from '../../../src-shared/contract/calls/filingCalls';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';

interface AssignValues {
  mode: 'random' | 'designated';
  excluded?: string[];
  reasons?: Record<string, string>;
  judgeId?: string;
  reason?: string;
}

/** 分案: random among the court's active judges minus exclusions (each with a reason), or designated with a reason. */
export function AssignPanel({ caseId, baseVersion, onAssigned }: { caseId: string; baseVersion: number; onAssigned: (a: Assignment) => void }) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const [form] = Form.useForm<AssignValues>();
  const info = useLoad(() => api.cases.assignments({ caseId }), [caseId]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mode = Form.useWatch('mode', form) ?? 'random';
  const excluded = Form.useWatch('excluded', form) ?? [];
  const judges = info.data?.eligibleJudges ?? [];
  const nameOf = (id: string) => judges.find((j) => j.id === id)?.name ?? id;
  const judgeOptions = judges.map((j) => ({ value: j.id, label: j.teamName ? `${j.name}（${j.teamName}）` : j.name }));
  const candidates = judges.filter((j) => !excluded.includes(j.id)).map((j) => j.name);

  const submit = async (v: AssignValues) => {
    setBusy(true);
    setError(null);
    try {
      const r = v.mode === 'random'
        ? await api.cases.assign({ mode: 'random', caseId, baseVersion, exclusions: (v.excluded ?? []).map((judgeId) => ({ judgeId, reason: v.reasons?.[judgeId] ?? '' })) })
        : await api.cases.assign({ mode: 'designated', caseId, baseVersion, judgeId: v.judgeId ?? '', reason: v.reason ?? '' });
      onAssigned(r.assignment);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  if (info.error) return <LoadError error={info.error} onRetry={info.reload} />;
  return (
    <Card size="small" title={t('centre.assign.title')} data-testid="assign-panel">
      <Form<AssignValues> form={form} layout="vertical" initialValues={{ mode: 'random', excluded: [] }} onFinish={submit}>
        <Form.Item name="mode" label={t('centre.assign.mode')}>
          <Radio.Group optionType="button" data-testid="assign-mode" options={[{ value: 'random', label: t('centre.assign.random') }, { value: 'designated', label: t('centre.assign.designated') }]} />
        </Form.Item>
        {mode === 'random' ? (
          <>
            <Form.Item name="excluded" label={t('centre.assign.exclude')}>
              <Select mode="multiple" allowClear options={judgeOptions} placeholder={t('centre.assign.excludePlaceholder')} data-testid="assign-exclude" showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
            {excluded.map((id) => (
              <Form.Item key={id} name={['reasons', id]} label={t('centre.assign.excludeReason', { name: nameOf(id) })} rules={[{ required: true, whitespace: true, message: t('centre.assign.excludeReasonRequired') }]}>
                <Input maxLength={200} placeholder={t('centre.assign.excludeReasonPlaceholder')} data-testid={`exclude-reason-${id}`} />
              </Form.Item>
            ))}
            <Typography.Paragraph type="secondary" data-testid="assign-candidates">{t('centre.assign.candidates', { names: candidates.join('、') })}</Typography.Paragraph>
          </>
        ) : (
          <>
            <Form.Item name="judgeId" label={t('centre.assign.judge')} rules={[{ required: true, message: t('centre.assign.judgeRequired') }]}>
              <Select options={judgeOptions} data-testid="assign-judge" showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
            <Form.Item name="reason" label={t('centre.assign.reason')} rules={[{ required: true, whitespace: true, message: t('centre.assign.reasonRequired') }]}>
              <Input.TextArea rows={2} maxLength={500} data-testid="assign-reason" />
            </Form.Item>
          </>
        )}
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
        <Button type="primary" htmlType="submit" loading={busy || info.loading} data-testid="assign-submit">{t('centre.assign.submit')}</Button>
      </Form>
    </Card>
  );
}
