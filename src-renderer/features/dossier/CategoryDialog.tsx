import { Alert, App, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierDocument } from '../../../src-shared/contract/calls/documentCalls';
import { api } from '../../api/api';
import { isApiError } from '../../api/ApiError';
import { useLabels } from '../../i18n/useLabels';
import type { CategoryDef } from './catalogue';
import { categoryOptions } from './categoryOptions';

interface Values {
  category: string;
  title: string;
}

/**
 * 更正类别: choose the right category (and, if need be, a better title) for one document, from the
 * keyboard as well as with the mouse. Sent with the version the user saw: a change made meanwhile is a CONFLICT.
 */
export function CategoryDialog({
  doc,
  categories,
  onClose,
  onDone,
}: {
  doc: DossierDocument | null;
  categories: CategoryDef[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (doc) {
      form.setFieldsValue({ category: doc.category, title: doc.title });
      setError(null);
    }
  }, [doc]);

  const submit = async ({ category, title }: Values) => {
    if (!doc) return;
    setBusy(true);
    setError(null);
    try {
      const changedTitle = title.trim() && title.trim() !== doc.title ? title.trim() : undefined;
      await api.documents.setCategory({ id: doc.id, category, title: changedTitle, baseVersion: doc.version });
      void message.success(t('dossier.fixed', { category }));
      onDone();
    } catch (err) {
      if (isApiError(err) && err.code === 'CONFLICT') {
        void message.error(errorText(err));
        onDone();
      } else setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={doc !== null}
      title={t('dossier.fixCategory')}
      okText={t('dossier.save')}
      cancelText={t('dossier.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="category-dialog"
    >
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} style={{ marginTop: 16 }}>
        <Typography.Paragraph type="secondary">{doc?.originalName ?? doc?.title}</Typography.Paragraph>
        <Form.Item label={t('dossier.category')} name="category" rules={[{ required: true, message: t('dossier.categoryRequired') }]}>
          <Select showSearch autoFocus options={categoryOptions(categories, t)} data-testid="category-select" listHeight={320} />
        </Form.Item>
        <Form.Item label={t('dossier.docTitle')} name="title">
          <Input maxLength={100} />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} role="alert" /> : null}
      </Form>
    </Modal>
  );
}
