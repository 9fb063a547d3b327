import { EditOutlined, FileTextOutlined, FormOutlined, HighlightOutlined, SnippetsOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Select, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANNOTATION_LAYERS, type Annotation } from '../../../src-shared/annotations/annotation';
import { distinct, filterAnnotations, NO_FILTER, type AnnotationFilter } from './annotationFilters';
import { ANNOTATION_COLORS } from './newAnnotation';
import { LAYER_TAG_COLORS } from './layers';

const ICONS: Partial<Record<Annotation['kind'], React.ReactNode>> = {
  highlight: <HighlightOutlined />,
  note: <SnippetsOutlined />,
  ink: <EditOutlined />,
};

/**
 * The annotations of the document (or volume) beside the pages: kind, page, quote or comment, tags and colour;
 * filters by type, colour, tag, author, layer (private / team / showable, each item tagged with its layer) and,
 * when reading a volume (`documents`), by document; a search box; a click jumps to the annotation (and opens
 * it for editing).
 */
export function AnnotationSidebar({
  annotations,
  selectedId,
  onJump,
  onEdit,
  actions,
  documents,
}: {
  annotations: Annotation[];
  selectedId: string | null;
  onJump: (a: Annotation) => void;
  onEdit: (id: string) => void;
  /** Shown beside the title (the export menu). */
  actions?: React.ReactNode;
  /** The documents of the volume being read, in catalogue order: adds the document filter and titles. */
  documents?: readonly { id: string; title: string }[];
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const docOrder = useMemo(() => (documents ? new Map(documents.map((d, i) => [d.id, i])) : undefined), [documents]);
  const titles = useMemo(() => new Map((documents ?? []).map((d) => [d.id, d.title])), [documents]);
  const shown = useMemo(() => filterAnnotations(annotations, filter, docOrder), [annotations, filter, docOrder]);
  const annotatedDocs = (documents ?? []).filter((d) => annotations.some((a) => a.documentId === d.id));
  const set = (patch: Partial<AnnotationFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const kinds = distinct(annotations.map((a) => a.kind));
  const tags = distinct(annotations.flatMap((a) => a.tags));
  const authors = distinct(annotations.map((a) => a.authorName));

  return (
    <div className="cd-ann-sidebar" data-testid="annotation-sidebar">
      <div className="cd-ann-sidebar-head">
        <Typography.Text strong>{t('annotations.title', { count: annotations.length })}</Typography.Text>
        {actions}
      </div>
      <Input.Search allowClear placeholder={t('annotations.search')} onChange={(e) => set({ text: e.target.value })} data-testid="ann-search" />
      <Select
        mode="multiple"
        allowClear
        placeholder={t('annotations.filterKind')}
        value={filter.kinds}
        onChange={(v) => set({ kinds: v })}
        options={kinds.map((k) => ({ value: k, label: t(`annotations.kind.${k}`) }))}
        data-testid="filter-kind"
      />
      <Select
        mode="multiple"
        allowClear
        placeholder={t('annotations.filterTag')}
        value={filter.tags}
        onChange={(v) => set({ tags: v })}
        options={tags.map((k) => ({ value: k, label: k }))}
        data-testid="filter-tag"
      />
      <Select
        mode="multiple"
        allowClear
        placeholder={t('annotations.filterAuthor')}
        value={filter.authors}
        onChange={(v) => set({ authors: v })}
        options={authors.map((k) => ({ value: k, label: k }))}
        data-testid="filter-author"
      />
      <Select
        mode="multiple"
        allowClear
        placeholder={t('annotations.filterLayer')}
        value={filter.layers}
        onChange={(v) => set({ layers: v })}
        options={ANNOTATION_LAYERS.map((k) => ({ value: k, label: t(`annotations.layer.${k}`) }))}
        data-testid="filter-layer"
      />
      {documents ? (
        <Select
          mode="multiple"
          allowClear
          placeholder={t('readerPlus.filterDocument')}
          value={filter.documents}
          onChange={(v) => set({ documents: v })}
          options={annotatedDocs.map((d) => ({ value: d.id, label: d.title }))}
          data-testid="filter-document"
        />
      ) : null}
      <div className="cd-ann-colors">
        {ANNOTATION_COLORS.map((c) => {
          const on = filter.colors.includes(c);
          return (
            <button
              key={c}
              type="button"
              className={`cd-swatch${on ? ' cd-swatch-on' : ''}`}
              style={{ background: c }}
              aria-pressed={on}
              aria-label={t('annotations.colorName', { color: c })}
              onClick={() => set({ colors: on ? filter.colors.filter((x) => x !== c) : [...filter.colors, c] })}
              data-testid="filter-color"
            />
          );
        })}
      </div>
      {shown.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('annotations.none')} /> : null}
      <ul className="cd-ann-list" data-testid="ann-list">
        {shown.map((a) => (
          <li
            key={a.id}
            className={`cd-ann-item${a.id === selectedId ? ' cd-ann-item-on' : ''}`}
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
            {titles.get(a.documentId) ? (
              <div className="cd-muted cd-ann-doc" data-testid="ann-doc">
                {titles.get(a.documentId)}
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
          </li>
        ))}
      </ul>
    </div>
  );
}
