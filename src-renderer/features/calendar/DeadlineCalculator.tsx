import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../src-shared/contract/contract';
import { DEADLINE_KIND_LABELS, DEADLINE_KINDS, type DeadlineKind } from '../../../src-shared/domain/deadlines/deadlineKinds';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';

interface Values {
  kind: DeadlineKind;
  from: string;
  days?: number;
}

/** 期限计算: one period on the court's calendar (built-in and imported years), with the rule that produced it. */
export function DeadlineCalculator() {
  const { t } = useTranslation();
  const { label, errorText } = useLabels();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const [result, setResult] = useState<CallOutput<'deadlines.compute'> | null>(null);
  const [error, setError] = useState<string | null>(null);

  const compute = async (v: Values) => {
    try {
      setError(null);
      setResult(await api.deadlines.compute({ kind: v.kind, from: v.from, days: v.kind === 'evidence' ? v.days : undefined }));
    } catch (err) {
      setResult(null);
      setError(errorText(err));
    }
  };

  return (
    <Card className="cd-page-card" title={t('calendar.calculator')} data-testid="deadline-calculator">
      <Form form={form} layout="inline" initialValues={{ kind: 'answer' }} onFinish={(v) => void compute(v)}>
        <Form.Item name="kind" label={t('calendar.kind')}>
          <Select style={{ width: 220 }} data-testid="deadline-kind"
            options={DEADLINE_KINDS.map((k) => ({ value: k, label: label(DEADLINE_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="from" label={kind === 'hearing-notice' ? t('calendar.hearingDay') : t('calendar.from')}
          rules={[{ required: true, message: t('calendar.fromRequired') }]}>
          <Input type="date" data-testid="deadline-from" />
        </Form.Item>
        {kind === 'evidence' ? (
          <Form.Item name="days" label={t('calendar.days')} rules={[{ required: true, message: t('calendar.daysRequired') }]}>
            <InputNumber min={1} max={365} />
          </Form.Item>
        ) : null}
        <Form.Item>
          <Button type="primary" htmlType="submit" data-testid="deadline-compute">{t('calendar.compute')}</Button>
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} /> : null}
      {result ? (
        <Descriptions column={1} size="small" bordered style={{ marginTop: 16 }} styles={{ label: { width: 160 } }} data-testid="deadline-result">
          <Descriptions.Item label={t('calendar.due')}><strong>{result.due}</strong></Descriptions.Item>
          {result.nominalDue !== result.due ? (
            <Descriptions.Item label={t('calendar.nominalDue')}>{result.nominalDue}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('calendar.rule')}>{result.rule}</Descriptions.Item>
          {result.unknownYears.length > 0 ? (
            <Descriptions.Item label={t('calendar.warning')}>
              {t('calendar.unknownYears', { years: result.unknownYears.join('、') })}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      ) : null}
    </Card>
  );
}
