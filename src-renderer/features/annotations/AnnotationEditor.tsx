import { Button, Form, Input, Modal, Radio, Select, Tooltip } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ANNOTATION_LAYERS, type Annotation, type AnnotationLayer } from '../../../src-shared/annotations/annotation';
import { layerAllowed } from './layers';

type Patch = Pick<Annotation, 'comment' | 'tags' | 'layer'> & Partial<Pick<Annotation, 'text'>>;

/** The layer choice (仅自己可见 / 合议庭共享 / 可当庭展示); 'showable' is off for a 副卷 document, with the reason. */
export function LayerChoice({
  value,
  onChange,
  volume,
  size,
  testId,
}: {
  value?: AnnotationLayer;
  onChange?: (layer: AnnotationLayer) => void;
  volume?: string;
  size?: 'small' | 'middle';
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group value={value} onChange={(e) => onChange?.(e.target.value as AnnotationLayer)} optionType="button" size={size} data-testid={testId}>
      {ANNOTATION_LAYERS.map((layer) => {
        const allowed = layerAllowed(layer, volume);
        const button = (
          <Radio.Button key={layer} value={layer} disabled={!allowed} data-testid={`${testId}-${layer}`}>
            {t(`annotations.layer.${layer}`)}
          </Radio.Button>
        );
        return allowed ? button : (
          <Tooltip key={layer} title={t('annotations.layerInternal')}>
            <span className="cd-layer-disabled" data-testid={`${testId}-${layer}-why`}>{button}</span>
          </Tooltip>
        );
      })}
    </Radio.Group>
  );
}

/**
 * An annotation's comment, tags and layer, and the text of a free-text box (a new sticky note or free-text box
 * opens it at once); also deletes it.
 */
export function AnnotationEditor({
  annotation,
  volume,
  onSave,
  onDelete,
  onClose,
}: {
  annotation: Annotation | null;
  /** The document's volume: a 副卷 ('internal') document's annotations cannot be showable. */
  volume?: string;
  onSave: (patch: Patch) => void;
  onDelete: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ comment: string; tags: string[]; layer: AnnotationLayer; text: string }>();
  const hasText = annotation?.kind === 'freetext' || annotation?.kind === 'stamp';
  useEffect(() => {
    if (annotation) form.setFieldsValue({ comment: annotation.comment, tags: annotation.tags, layer: annotation.layer, text: annotation.text });
  }, [annotation?.id]);
  const save = () => {
    const v = form.getFieldsValue();
    const layer = v.layer && layerAllowed(v.layer, volume) ? v.layer : 'private';
    const patch: Patch = { comment: (v.comment ?? '').trim(), tags: [...new Set((v.tags ?? []).map((x) => x.trim()).filter(Boolean))], layer };
    if (hasText) patch.text = (v.text ?? '').trim() || annotation!.text;
    onSave(patch);
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
        {hasText ? (
          <Form.Item name="text" label={t(annotation?.kind === 'stamp' ? 'annotations.stamp.label' : 'annotations.text')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="ann-text" autoFocus />
          </Form.Item>
        ) : null}
        <Form.Item name="comment" label={t('annotations.comment')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="ann-comment" autoFocus={!hasText} />
        </Form.Item>
        <Form.Item name="tags" label={t('annotations.tags')}>
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} data-testid="ann-tags" />
        </Form.Item>
        <Form.Item name="layer" label={t('annotations.layerLabel')}>
          <LayerChoice volume={volume} testId="ann-layer" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
