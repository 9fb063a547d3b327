import { CloseOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../src-shared/annotations/annotation';
import type { DossierDocument } from '../../../src-shared/contract/calls/documentCalls';
import { ContinuousViewer, type ViewerHandle } from './ContinuousViewer';
import { useSingleSource } from './useSingleSource';

const NONE = () => undefined;

/**
 * The right half of the split view: another document (e.g. the 答辩状 beside the 起诉状) in its own
 * continuous viewer, scrolling on its own, with its annotations shown; closed with ×.
 */
export function SplitPane({
  doc,
  annotations,
  selectedId,
  handleRef,
  onOpenAnnotation,
  onClose,
}: {
  doc: DossierDocument;
  annotations: Annotation[];
  selectedId: string | null;
  handleRef: Ref<ViewerHandle>;
  onOpenAnnotation: (id: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const source = useSingleSource(doc);
  return (
    <section className="cd-split-pane" data-testid="split-pane" data-doc-id={doc.id}>
      <div className="cd-split-head">
        <Typography.Text strong ellipsis className="cd-split-title" data-testid="split-title">
          {doc.title}
        </Typography.Text>
        <Tag>{doc.category}</Tag>
        <span className="cd-toolbar-spacer" />
        <Button size="small" type="text" icon={<CloseOutlined />} onClick={onClose} aria-label={t('readerPlus.splitClose')} data-testid="split-close">
          {t('readerPlus.splitClose')}
        </Button>
      </div>
      <ContinuousViewer
        source={source}
        initialPage={0}
        annotations={annotations}
        tool="select"
        color="#FFD400"
        selectedId={selectedId}
        jump={null}
        handleRef={handleRef}
        onCreate={NONE}
        onOpen={onOpenAnnotation}
      />
    </section>
  );
}
