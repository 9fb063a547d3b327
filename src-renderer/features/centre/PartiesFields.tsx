import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Radio, Row, Select, Space, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseType } from '../../../src-shared/domain/caseNumber';
import { PARTY_ROLE_LABELS } from '../../../src-shared/domain/caseStages';
import { ROLES_BY_TYPE } from '../../../src-shared/domain/filing/filingRules';
import { isValidCreditCode, isValidIdNumber } from '../../../src-shared/domain/idNumber';
import { useLabels } from '../../i18n/useLabels';
import { AgentsFields } from './AgentsFields';
import { newParty, type FilingValues } from './filingFormValues';

/** The parties: one card each (person or organisation), with the ID number checked as it is typed. */
export function PartiesFields({ form, caseType }: { form: FormInstance<FilingValues>; caseType: CaseType }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const roles = ROLES_BY_TYPE[caseType];
  return (
    <Form.List name="parties">
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }} size={12}>
          {fields.map((field, index) => (
            <PartyCard key={field.key} form={form} name={field.name} index={index} roles={roles} onRemove={fields.length > 1 ? () => remove(field.name) : undefined} />
          ))}
          <Space wrap>
            {roles.map((role) => (
              <Button key={role} icon={<PlusOutlined />} onClick={() => add(newParty(role))} data-testid={`add-party-${role}`}>
                {t('centre.party.add', { role: label(PARTY_ROLE_LABELS[role]) })}
              </Button>
            ))}
          </Space>
        </Space>
      )}
    </Form.List>
  );
}

function PartyCard(props: { form: FormInstance<FilingValues>; name: number; index: number; roles: readonly string[]; onRemove?: () => void }) {
  const { form, name, index, roles, onRemove } = props;
  const { t } = useTranslation();
  const { label } = useLabels();
  const kind = Form.useWatch(['parties', name, 'kind'], form) ?? 'person';
  const isPerson = kind === 'person';
  return (
    <Card
      size="small"
      title={t('centre.party.numbered', { n: index + 1 })}
      data-testid={`party-${index}`}
      extra={onRemove ? <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove}>{t('centre.party.remove')}</Button> : null}
    >
      <Row gutter={12}>
        <Col xs={12} md={4}>
          <Form.Item name={[name, 'role']} label={t('centre.party.role')}>
            <Select data-testid={`party-${index}-role`} options={roles.map((r) => ({ value: r, label: label(PARTY_ROLE_LABELS[r as keyof typeof PARTY_ROLE_LABELS]) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'kind']} label={t('centre.party.kind')}>
            <Radio.Group
              optionType="button"
              data-testid={`party-${index}-kind`}
              options={[{ value: 'person', label: t('centre.party.person') }, { value: 'organization', label: t('centre.party.organization') }]}
              onChange={() => form.setFields([{ name: ['parties', name, 'idNumber'], errors: [] }])}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={[name, 'name']} label={isPerson ? t('centre.party.name') : t('centre.party.orgName')} rules={[{ required: true, whitespace: true, message: t('centre.party.nameRequired') }]}>
            <Input maxLength={100} data-testid={`party-${index}-name`} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={[name, 'idNumber']}
            label={isPerson ? t('centre.party.idNumber') : t('centre.party.creditCode')}
            dependencies={[['parties', name, 'kind']]}
            required
            rules={[{
              validator: async (_, raw?: string) => {
                const v = (raw ?? '').trim().toUpperCase();
                if (!v) throw new Error(isPerson ? t('centre.party.idRequired') : t('centre.party.creditRequired'));
                if (isPerson ? !isValidIdNumber(v) : !isValidCreditCode(v)) throw new Error(isPerson ? t('centre.party.badId') : t('centre.party.badCredit'));
              },
            }]}
          >
            <Input maxLength={18} data-testid={`party-${index}-id`} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        {!isPerson ? (
          <Col xs={24} md={6}>
            <Form.Item name={[name, 'legalRepresentative']} label={t('centre.party.legalRepresentative')} rules={[{ required: true, whitespace: true, message: t('centre.party.legalRepRequired') }]}>
              <Input maxLength={32} data-testid={`party-${index}-legal-rep`} />
            </Form.Item>
          </Col>
        ) : null}
        <Col xs={24} md={6}>
          <Form.Item name={[name, 'phone']} label={t('centre.party.phone')}>
            <Input maxLength={32} />
          </Form.Item>
        </Col>
        <Col xs={24} md={isPerson ? 18 : 12}>
          <Form.Item name={[name, 'address']} label={t('centre.party.address')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <AgentsFields form={form} partyName={name} partyIndex={index} />
    </Card>
  );
}
