import VirtualList, { type ListRef } from '@rc-component/virtual-list';
import { Empty, Input, Select, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANNOTATION_LAYERS, type Annotation } from '../../../src-shared/annotations/annotation';
import { useElementSize } from '../../ui/useElementSize';
import { AnnotationListItem } from './AnnotationListItem';
import { distinct, filterAnnotations, NO_FILTER, type AnnotationFilter } from './annotationFilters';
import { ANNOTATION_COLORS } from './newAnnotation';

/** A typical item's height (px) until the list has measured the real ones. */
const ITEM_HEIGHT_GUESS = 96;

/**
 * The annotations of the document (or volume) beside the pages: kind, page, quote or comment, tags and colour;
 * filters by type, colour, tag, author, layer (private / team / showable, each item tagged with its layer) and,
 * when reading a volume (`documents`), by document; a search box; a click jumps to the annotation (and opens
 * it for editing). The list is virtual: only the items in view are in the page, so a volume with 10,000
 * annotations opens, filters and scrolls as fast as one with ten; the selected annotation is scrolled into view.
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
  // The filters' options, worked out when the annotations change, not at every selection or keystroke.
  const options = useMemo(() => {
    const annotatedIds = new Set(annotations.map((a) => a.documentId));
    return {
      kinds: distinct(annotations.map((a) => a.kind)),
      tags: distinct(annotations.flatMap((a) => a.tags)),
      authors: distinct(annotations.map((a) => a.authorName)),
      documents: (documents ?? []).filter((d) => annotatedIds.has(d.id)),
    };
  }, [annotations, documents]);
  const set = (patch: Partial<AnnotationFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const [areaRef, area] = useElementSize<HTMLDivElement>();
  const listRef = useRef<ListRef>(null);
  // The same callbacks on every render, so the memoised items re-render only when their annotation changes.
  const latest = useRef({ onJump, onEdit });
  latest.current = { onJump, onEdit };
  const jump = useCallback((a: Annotation) => latest.current.onJump(a), []);
  const edit = useCallback((id: string) => latest.current.onEdit(id), []);
  useEffect(() => {
    if (selectedId && shown.some((a) => a.id === selectedId)) listRef.current?.scrollTo({ key: selectedId, align: 'auto' });
  }, [selectedId]);

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
        options={options.kinds.map((k) => ({ value: k, label: t(`annotations.kind.${k}`) }))}
        data-testid="filter-kind"
      />
      <Select
        mode="multiple"
        allowClear
        placeholder={t('annotations.filterTag')}
        value={filter.tags}
        onChange={(v) => set({ tags: v })}
        options={options.tags.map((k) => ({ value: k, label: k }))}
        data-testid="filter-tag"
      />
      <Select
        mode="multiple"
        allowClear
        placeholder={t('annotations.filterAuthor')}
        value={filter.authors}
        onChange={(v) => set({ authors: v })}
        options={options.authors.map((k) => ({ value: k, label: k }))}
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
          options={options.documents.map((d) => ({ value: d.id, label: d.title }))}
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
      <div ref={areaRef} className="cd-ann-list-area">
        {area.height > 0 ? (
          <VirtualList
            ref={listRef}
            data={shown}
            height={area.height}
            itemHeight={ITEM_HEIGHT_GUESS}
            itemKey="id"
            className="cd-ann-list"
            innerProps={{ role: 'list' }}
            data-testid="ann-list"
          >
            {(a) => (
              <AnnotationListItem annotation={a} selected={a.id === selectedId} documentTitle={titles.get(a.documentId)} onJump={jump} onEdit={edit} />
            )}
          </VirtualList>
        ) : null}
      </div>
    </div>
  );
}
