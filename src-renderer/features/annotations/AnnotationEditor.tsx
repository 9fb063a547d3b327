import { Button, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../src-shared/annotations/annotation';

/** The comment and tags of an annotation (a new sticky note opens it at once); also deletes it. */
export function AnnotationEditor({
  annotation,
  onSave,
  onDelete,
  onClose,
}: {
  annotation: Annotation | null;
  onSave: (patch: Pick<Annotation, 'comment' | 'tags'>) => void;
  onDelete: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ comment: string; tags: string[] }>();
  useEffect(() => {
    if (annotation) form.setFieldsValue({ comment: annotation.comment, tags: annotation.tags });
  }, [annotation?.id]);
  const save = () => {
    const v = form.getFieldsValue();
    onSave({ comment: (v.comment ?? '').trim(), tags: [...new Set((v.tags ?? []).map((x) => x.trim()).filter(Boolean))] });
    onClose();
  };
  return (
    <Modal
      open={!!annotation}
      title={annotation ? t(`annotations.kind.${annotation.kind}`) : ''}
      onCancel={onClose}
      destroyOnHidden
      forceRender
      footer={[
        <Button key="delete" danger onClick={() => { onDelete(); onClose(); }} data-testid="ann-delete">
          {t('annotations.delete')}
        </Button>,
        <Button key="cancel" onClick={onClose}>{t('annotations.cancel')}</Button>,
        <Button key="ok" type="primary" onClick={save} data-testid="ann-save">{t('annotations.ok')}</Button>,
      ]}
    >
      <Form form={form} layout="vertical" data-testid="ann-editor">
        <Form.Item name="comment" label={t('annotations.comment')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="ann-comment" autoFocus />
        </Form.Item>
        <Form.Item name="tags" label={t('annotations.tags')}>
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} data-testid="ann-tags" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
