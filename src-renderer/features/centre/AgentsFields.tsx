import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, Radio, Row, Select, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  AGENT_KIND_LABELS, AGENT_KINDS, AUTHORITIES, AUTHORITY_LABELS, LICENSED_AGENT_KINDS, MAX_AGENTS_PER_PARTY, SPECIAL_POWER_LABELS, SPECIAL_POWERS,
  type AgentKind,
} from '../../../src-shared/domain/filing/filingRules';
import { isValidIdNumber } from '../../../src-shared/domain/idNumber';
import { useLabels } from '../../i18n/useLabels';
import { newAgent, type FilingValues } from './filingFormValues';

/** 委托诉讼代理人 of one party (at most two): kind, licence or ID number, and 一般/特别授权 with its powers. */
export function AgentsFields({ form, partyName, partyIndex }: { form: FormInstance<FilingValues>; partyName: number; partyIndex: number }) {
  const { t } = useTranslation();
  return (
    <Form.List name={[partyName, 'agents']}>
      {(fields, { add, remove }) => (
        <div className="cd-agents">
          {fields.map((field, j) => (
            <AgentRow key={field.key} form={form} partyName={partyName} name={field.name} testId={`party-${partyIndex}-agent-${j}`} onRemove={() => remove(field.name)} />
          ))}
          <Button
            type="dashed"
            size="small"
            icon={<PlusOutlined />}
            disabled={fields.length >= MAX_AGENTS_PER_PARTY}
            title={fields.length >= MAX_AGENTS_PER_PARTY ? t('centre.agent.max') : undefined}
            onClick={() => add(newAgent())}
            data-testid={`party-${partyIndex}-add-agent`}
          >
            {t('centre.agent.add')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

function AgentRow(props: { form: FormInstance<FilingValues>; partyName: number; name: number; testId: string; onRemove: () => void }) {
  const { form, partyName, name, testId, onRemove } = props;
  const { t } = useTranslation();
  const { label } = useLabels();
  const kind = (Form.useWatch(['parties', partyName, 'agents', name, 'kind'], form) ?? 'lawyer') as AgentKind;
  const authority = Form.useWatch(['parties', partyName, 'agents', name, 'authority'], form) ?? 'general';
  const licensed = LICENSED_AGENT_KINDS.includes(kind);
  return (
    <div data-testid={testId} style={{ borderTop: '1px dashed var(--ant-color-border)', paddingTop: 8, marginBottom: 8 }}>
      <Typography.Text type="secondary">{t('centre.agent.title')}</Typography.Text>
      <Row gutter={12}>
        <Col xs={12} md={4}>
          <Form.Item name={[name, 'name']} label={t('centre.agent.name')} rules={[{ required: true, whitespace: true, message: t('centre.party.nameRequired') }]}>
            <Input maxLength={32} data-testid={`${testId}-name`} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'kind']} label={t('centre.agent.kind')}>
            <Select options={AGENT_KINDS.map((k) => ({ value: k, label: label(AGENT_KIND_LABELS[k]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          {licensed ? (
            <Form.Item name={[name, 'licenseNo']} label={t('centre.agent.licenseNo')} rules={[{ required: true, whitespace: true, message: t('centre.agent.licenseRequired') }]}>
              <Input maxLength={32} data-testid={`${testId}-license`} />
            </Form.Item>
          ) : (
            <Form.Item
              name={[name, 'idNumber']}
              label={t('centre.agent.idNumber')}
              required
              rules={[{
                validator: async (_, raw?: string) => {
                  const v = (raw ?? '').trim().toUpperCase();
                  if (!v) throw new Error(t('centre.agent.idRequired'));
                  if (!isValidIdNumber(v)) throw new Error(t('centre.party.badId'));
                },
              }]}
            >
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          )}
        </Col>
        <Col xs={20} md={7}>
          <Form.Item name={[name, 'authority']} label={t('centre.agent.authority')}>
            <Radio.Group optionType="button" options={AUTHORITIES.map((a) => ({ value: a, label: label(AUTHORITY_LABELS[a]) }))} data-testid={`${testId}-authority`} />
          </Form.Item>
        </Col>
        <Col xs={4} md={1} style={{ paddingTop: 30 }}>
          <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('centre.party.remove')} />
        </Col>
      </Row>
      {authority === 'special' ? (
        <Form.Item name={[name, 'specialPowers']} label={t('centre.agent.powers')} rules={[{ required: true, type: 'array', min: 1, message: t('centre.agent.powersRequired') }]}>
          <Checkbox.Group options={SPECIAL_POWERS.map((p) => ({ value: p, label: label(SPECIAL_POWER_LABELS[p]) }))} data-testid={`${testId}-powers`} />
        </Form.Item>
      ) : null}
    </div>
  );
}
