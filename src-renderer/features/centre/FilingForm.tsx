import { Alert, Button, Col, Divider, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FiledCase } from '../../../src-shared/contract/calls/filingCalls';
import { CASE_TYPES } from '../../../src-shared/domain/caseNumber';
import { PROCEDURE_LABELS } from '../../../src-shared/domain/caseStages';
import { chinaToday } from '../../../src-shared/domain/filing/chinaToday';
import { PROCEDURES_BY_TYPE, ROLES_BY_TYPE } from '../../../src-shared/domain/filing/filingRules';
import { api } from '../../api/api';
import { isApiError } from '../../api/ApiError';
import { useLabels } from '../../i18n/useLabels';
import { useLoad } from '../../ui/useLoad';
import { CASE_TYPE_LABELS } from '../cases/caseTypeLabels';
import { CausePicker } from './CausePicker';
import { initialFilingValues, splitIssues, toFilingInput, type FilingValues } from './filingFormValues';
import { PartiesFields } from './PartiesFields';

/** The 7-day filing decision due date, computed by the app with the court's holiday calendar. */
const dueOf = async (received: string | undefined): Promise<string | null> => {
  if (!received || !/^\d{4}-\d{2}-\d{2}$/.test(received)) return null;
  return (await api.deadlines.compute({ kind: 'filing-decision', from: received })).due;
};

/** The 立案 form: case, parties with their agents, claims and fees. Fields check as the user types. */
export function FilingForm({ onFiled }: { onFiled: (filed: FiledCase) => void }) {
  const { t } = useTranslation();
  const { label, errorText } = useLabels();
  const [form] = Form.useForm<FilingValues>();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const today = chinaToday();
  const caseType = Form.useWatch('caseType', form) ?? '民初';
  const received = Form.useWatch('receivedOn', form);
  const due = useLoad(() => dueOf(received), [received]).data;

  const submit = async (values: FilingValues) => {
    setBusy(true);
    setProblems([]);
    try {
      onFiled(await api.filing.create(toFilingInput(values)));
    } catch (err) {
      if (isApiError(err) && err.code === 'VALIDATION' && Array.isArray(err.details)) {
        const { fields, general } = splitIssues(err.details as { path: string; message: string }[]);
        // Paths come from the server's schema, which has the form's shape.
        form.setFields(fields as Parameters<typeof form.setFields>[0]);
        setProblems(general.length ? general : [t('centre.filing.fixErrors')]);
      } else setProblems([errorText(err)]);
    } finally {
      setBusy(false);
    }
  };

  const onTypeChange = (type: keyof typeof PROCEDURES_BY_TYPE) => {
    const procedures = PROCEDURES_BY_TYPE[type];
    if (!procedures.includes(form.getFieldValue('procedure'))) form.setFieldValue('procedure', procedures[0]);
    const roles = ROLES_BY_TYPE[type];
    const parties = (form.getFieldValue('parties') as FilingValues['parties']).map((p, i) =>
      roles.includes(p.role) ? p : { ...p, role: roles[Math.min(i, 1)]! },
    );
    form.setFieldValue('parties', parties);
  };

  return (
    <Form<FilingValues>
      form={form}
      layout="vertical"
      initialValues={initialFilingValues(today)}
      onFinish={submit}
      onFinishFailed={() => setProblems([t('centre.filing.fixErrors')])}
      data-testid="filing-form"
      scrollToFirstError
    >
      <Divider titlePlacement="start">{t('centre.filing.caseSection')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item name="caseType" label={t('centre.filing.caseType')}>
            <Select data-testid="filing-case-type" onChange={onTypeChange} options={CASE_TYPES.map((c) => ({ value: c, label: label(CASE_TYPE_LABELS[c]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="procedure" label={t('centre.filing.procedure')}>
            <Select data-testid="filing-procedure" options={PROCEDURES_BY_TYPE[caseType].map((p) => ({ value: p, label: label(PROCEDURE_LABELS[p]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="cause" label={t('centre.filing.cause')} rules={[{ required: true, message: t('centre.filing.causeRequired') }]}>
            <CausePicker />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="receivedOn"
            label={t('centre.filing.receivedOn')}
            extra={due ? <span data-testid="filing-decision-due">{t('centre.filing.decisionDue', { due })}</span> : null}
            rules={[
              { required: true, message: t('centre.filing.receivedRequired') },
              { validator: async (_, v: string) => { if (v && v > today) throw new Error(t('centre.filing.receivedFuture')); } },
            ]}
          >
            <Input type="date" max={today} data-testid="filing-received-on" style={{ maxWidth: 200 }} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('centre.filing.partiesSection')}</Divider>
      <PartiesFields form={form} caseType={caseType} />

      <Divider titlePlacement="start">{t('centre.filing.claimsSection')}</Divider>
      <Form.Item name="claims" label={t('centre.filing.claims')} rules={[{ required: true, whitespace: true, message: t('centre.filing.claimsRequired') }]}>
        <Input.TextArea rows={3} maxLength={5000} data-testid="filing-claims" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item name="claimAmount" label={t('centre.filing.claimAmount')}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="filing-claim-amount" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="fee" label={t('centre.filing.fee')}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="filing-fee" />
          </Form.Item>
        </Col>
      </Row>

      {problems.length ? <Alert type="error" showIcon title={problems.join('；')} style={{ marginBottom: 16 }} data-testid="filing-problems" /> : null}
      <Space>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="filing-submit">
          {busy ? t('centre.filing.submitting') : t('centre.filing.submit')}
        </Button>
        <Button onClick={() => { form.resetFields(); setProblems([]); }}>{t('centre.filing.reset')}</Button>
      </Space>
    </Form>
  );
}
