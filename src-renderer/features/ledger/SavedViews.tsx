import { DeleteOutlined, DownOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerFilterInput } from '../../../src-shared/contract/calls/ledgerCalls';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { useLoad } from '../../ui/useLoad';

/** The user's saved ledger views: pick one to apply it, save the current filter under a name, delete one. */
export function SavedViews({ filter, onApply }: { filter: LedgerFilterInput; onApply: (f: LedgerFilterInput) => void }) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const { message } = App.useApp();
  const views = useLoad(() => api.ledger.views(), []);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const items = views.data?.items ?? [];

  const save = async () => {
    const { name } = await form.validateFields();
    try {
      await api.ledger.saveView({ name, filter });
      message.success(t('ledger.viewSaved', { name }));
      setSaving(false);
      views.reload();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <Space size={8}>
      <Dropdown
        trigger={['click']}
        menu={{
          items: items.length
            ? items.map((v) => ({
                key: v.id,
                label: (
                  <span style={{ display: 'flex', justifyContent: 'space-between', gap: 16 }}>
                    {v.name}
                    <DeleteOutlined
                      aria-label={t('ledger.deleteView')}
                      onClick={(e) => {
                        e.stopPropagation();
                        api.ledger.deleteView({ id: v.id, baseVersion: v.version }).then(views.reload, (err: unknown) => message.error(errorText(err)));
                      }}
                    />
                  </span>
                ),
              }))
            : [{ key: 'none', label: t('ledger.viewsEmpty'), disabled: true }],
          onClick: ({ key }) => {
            const v = items.find((i) => i.id === key);
            if (v) onApply(v.filter);
          },
        }}
      >
        <Button data-testid="ledger-views">
          {t('ledger.views')} <DownOutlined />
        </Button>
      </Dropdown>
      <Button icon={<SaveOutlined />} onClick={() => { form.resetFields(); setSaving(true); }} data-testid="ledger-save-view">
        {t('ledger.saveView')}
      </Button>
      <Modal open={saving} title={t('ledger.saveView')} onOk={save} onCancel={() => setSaving(false)} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('ledger.viewName')} rules={[{ required: true, whitespace: true, message: t('ledger.viewNameRequired') }]}>
            <Input maxLength={40} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
