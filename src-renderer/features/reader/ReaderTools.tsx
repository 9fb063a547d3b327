import {
  BorderOutlined, EditOutlined, FontSizeOutlined, HighlightOutlined, RedoOutlined, SelectOutlined, SnippetsOutlined, StrikethroughOutlined,
  UnderlineOutlined, UndoOutlined, VerifiedOutlined,
} from '@ant-design/icons';
import { Button, Divider, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnnotationLayer } from '../../../src-shared/annotations/annotation';
import { LayerChoice } from '../annotations/AnnotationEditor';
import type { Tool } from '../annotations/EditorLayer';
import type { ManagerState } from '../annotations/annotationManager';
import { ANNOTATION_COLORS } from '../annotations/newAnnotation';

/** The annotation half of the reader's toolbar: tool, colour, the layer of new annotations, undo/redo and whether everything is saved. */
export function ReaderTools({
  tool,
  color,
  state,
  layer,
  volume,
  onTool,
  onColor,
  onLayer,
  onUndo,
  onRedo,
  extra,
}: {
  tool: Tool;
  color: string;
  /** The layer new annotations get, and the document's volume (no showable layer for a 副卷 document). */
  layer: AnnotationLayer;
  volume?: string;
  onLayer: (layer: AnnotationLayer) => void;
  state: ManagerState;
  onTool: (tool: Tool) => void;
  onColor: (color: string) => void;
  onUndo: () => void;
  onRedo: () => void;
  /** More controls at the end of the row (the find button and bar). */
  extra?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const tools: { value: Tool; icon: React.ReactNode }[] = [
    { value: 'select', icon: <SelectOutlined /> },
    { value: 'highlight', icon: <HighlightOutlined /> },
    { value: 'underline', icon: <UnderlineOutlined /> },
    { value: 'strikeout', icon: <StrikethroughOutlined /> },
    { value: 'note', icon: <SnippetsOutlined /> },
    { value: 'rect', icon: <BorderOutlined /> },
    { value: 'ellipse', icon: <span className="cd-ellipse-icon" aria-hidden /> },
    { value: 'ink', icon: <EditOutlined /> },
    { value: 'freetext', icon: <FontSizeOutlined /> },
    { value: 'stamp', icon: <VerifiedOutlined /> },
  ];
  return (
    <Space size={4} wrap className="cd-reader-tools" data-testid="reader-tools">
      <Space.Compact>
        {tools.map(({ value, icon }) => (
          <Tooltip key={value} title={t(`annotations.tool.${value}`)}>
          <Button
            icon={icon}
            aria-label={t(`annotations.tool.${value}`)}
            type={tool === value ? 'primary' : 'default'}
            aria-pressed={tool === value}
            // Keep the text selection when a tool is picked: the highlight tool applies to it.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onTool(value)}
            data-testid={`tool-${value}`}
          >
            {value === 'select' || value === 'highlight' || value === 'note' || value === 'ink' ? t(`annotations.tool.${value}`) : null}
          </Button>
          </Tooltip>
        ))}
      </Space.Compact>
      <Divider orientation="vertical" />
      {ANNOTATION_COLORS.map((c) => (
        <button
          key={c}
          type="button"
          className={`cd-swatch${c === color ? ' cd-swatch-on' : ''}`}
          style={{ background: c }}
          aria-label={t('annotations.colorName', { color: c })}
          aria-pressed={c === color}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onColor(c)}
          data-testid="color-swatch"
        />
      ))}
      <Divider orientation="vertical" />
      <Tooltip title={t('annotations.layerDefault')} placement="bottom">
        <span className="cd-tools-layer">
          <LayerChoice value={layer} onChange={onLayer} volume={volume} size="small" testId="tool-layer" />
        </span>
      </Tooltip>
      <Divider orientation="vertical" />
      <Tooltip title={t('annotations.undo')}>
        <Button icon={<UndoOutlined />} disabled={!state.canUndo} onClick={onUndo} aria-label={t('annotations.undo')} data-testid="undo" />
      </Tooltip>
      <Tooltip title={t('annotations.redo')}>
        <Button icon={<RedoOutlined />} disabled={!state.canRedo} onClick={onRedo} aria-label={t('annotations.redo')} data-testid="redo" />
      </Tooltip>
      <Typography.Text type="secondary" className="cd-save-state" data-testid="save-state" data-pending={state.pending + (state.saving ? 1 : 0)}>
        {state.pending > 0 || state.saving ? t('annotations.saving') : t('annotations.saved')}
      </Typography.Text>
      {extra}
    </Space>
  );
}
