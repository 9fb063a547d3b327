import { EditOutlined, FileTextOutlined, FormOutlined, HighlightOutlined, SnippetsOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../src-shared/annotations/annotation';
import { LAYER_TAG_COLORS } from './layers';

const ICONS: Partial<Record<Annotation['kind'], React.ReactNode>> = {
  highlight: <HighlightOutlined />,
  note: <SnippetsOutlined />,
  ink: <EditOutlined />,
};

/**
 * One annotation in the sidebar list: kind, page, layer, author, the document (reading a volume), the quote or
 * text, the comment and the tags. A click jumps to it; the pen opens it for editing.
 */
export const AnnotationListItem = memo(function AnnotationListItem({
  annotation: a,
  selected,
  documentTitle,
  onJump,
  onEdit,
}: {
  annotation: Annotation;
  selected: boolean;
  documentTitle: string | undefined;
  onJump: (a: Annotation) => void;
  onEdit: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div
      role="listitem"
      className={`cd-ann-item${selected ? ' cd-ann-item-on' : ''}`}
      style={{ borderInlineStartColor: a.color }}
      onClick={() => onJump(a)}
      data-testid="ann-item"
      data-id={a.id}
      data-kind={a.kind}
      data-layer={a.layer}
      data-document-id={a.documentId}
    >
      <div className="cd-ann-item-head">
        <span style={{ color: a.color }}>{ICONS[a.kind] ?? <FileTextOutlined />}</span>
        <span>{t(`annotations.kind.${a.kind}`)}</span>
        <span className="cd-muted cd-nums">{t('annotations.page', { page: a.pageIndex + 1 })}</span>
        <span className="cd-toolbar-spacer" />
        <Tag color={LAYER_TAG_COLORS[a.layer]} className="cd-ann-layer-tag" data-testid="ann-layer-tag">
          {t(`annotations.layerShort.${a.layer}`)}
        </Tag>
        <span className="cd-muted">{a.authorName}</span>
        <Button
          size="small"
          type="text"
          icon={<FormOutlined />}
          aria-label={t('annotations.edit')}
          onClick={(e) => {
            e.stopPropagation();
            onEdit(a.id);
          }}
          data-testid="ann-edit"
        />
      </div>
      {documentTitle ? (
        <div className="cd-muted cd-ann-doc" data-testid="ann-doc">
          {documentTitle}
        </div>
      ) : null}
      {a.anchor ? <div className="cd-ann-quote">{a.anchor.quote}</div> : null}
      {a.text && !a.anchor ? <div className="cd-ann-text">{a.text}</div> : null}
      {a.comment ? <div className="cd-ann-comment">{a.comment}</div> : null}
      {a.tags.length ? (
        <div>
          {a.tags.map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </div>
      ) : null}
    </div>
  );
});
