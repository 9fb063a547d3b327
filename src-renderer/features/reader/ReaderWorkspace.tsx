import { useMemo, useState, type ReactNode } from 'react';
import type { Annotation, AnnotationLayer } from '../../../src-shared/annotations/annotation';
import { api } from '../../api/api';
import { AnnotationEditor } from '../annotations/AnnotationEditor';
import { AnnotationSidebar } from '../annotations/AnnotationSidebar';
import type { Tool } from '../annotations/EditorLayer';
import { layerAllowed } from '../annotations/layers';
import { topOf } from '../annotations/annotationFilters';
import { ANNOTATION_COLORS } from '../annotations/newAnnotation';
import { useAnnotationManager } from '../annotations/useAnnotationManager';
import { useLoad } from '../../ui/useLoad';
import { LoadError } from '../../ui/LoadError';
import { ContinuousViewer, type JumpRequest } from './ContinuousViewer';
import { needsRendition } from './needsRendition';
import { ReaderTools } from './ReaderTools';
import { usePdfDocument } from './usePdfDocument';

/**
 * One document in the reader with its annotations: the continuous viewer in the middle, the annotation
 * sidebar on the right, the annotation manager (load, undo/redo, debounced saves) behind both.
 */
export function ReaderWorkspace({
  documentId,
  mediaType,
  volume,
  initialPage,
  catalogue,
  extra,
  exportMenu,
  onPageChange,
}: {
  documentId: string;
  mediaType: string;
  /** 'main' (正卷) or 'internal' (副卷): a 副卷 document's annotations cannot be showable in court. */
  volume?: string;
  initialPage: number;
  catalogue: ReactNode;
  extra?: ReactNode;
  /** The export menu, given the function that saves pending edits first. */
  exportMenu?: (flush: () => Promise<void>) => ReactNode;
  onPageChange?: (pageIndex: number) => void;
}) {
  const rendition = needsRendition(mediaType);
  const content = useLoad(() => api.documents.content({ id: documentId, rendition }), [documentId, rendition]);
  const { pdf, error } = usePdfDocument(content.data);
  const { manager, state, loaded } = useAnnotationManager(documentId);
  const [tool, setTool] = useState<Tool>('select');
  const [color, setColor] = useState<string>(ANNOTATION_COLORS[0]);
  const [layer, setLayer] = useState<AnnotationLayer>('private');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [jump, setJump] = useState<JumpRequest | null>(null);
  const editing = useMemo(() => state.annotations.find((a) => a.id === editingId) ?? null, [state.annotations, editingId]);

  const onCreate = (made: Annotation) => {
    const a: Annotation = { ...made, layer: layerAllowed(layer, volume) ? layer : 'private' };
    manager.upsert(a);
    setSelectedId(a.id);
    if (a.kind === 'note' || a.kind === 'freetext') setEditingId(a.id);
  };
  // A new free-text box closed with no text is dropped, not left as an empty box.
  const closeEditor = () => {
    const current = editingId ? manager.get(editingId) : undefined;
    if (current?.kind === 'freetext' && !current.text.trim()) manager.remove(current.id);
    setEditingId(null);
  };
  const onJump = (a: Annotation) => {
    setSelectedId(a.id);
    setJump({ pageIndex: a.pageIndex, pdfTop: topOf(a), nonce: Date.now() });
  };

  if (content.error) return <LoadError error={content.error} onRetry={content.reload} />;
  return (
    <div className="cd-reader-body" data-testid="reader-workspace" data-annotations-loaded={loaded ? 1 : 0}>
      {catalogue}
      <ContinuousViewer
        pdf={pdf}
        error={error}
        documentId={documentId}
        initialPage={initialPage}
        annotations={state.annotations}
        // The viewer's selection handling makes highlights: the underline and strike-out tools ride on it (onCreate).
        tool={tool}
        color={color}
        selectedId={selectedId}
        jump={jump}
        extra={extra}
        tools={
          <ReaderTools
            tool={tool}
            color={color}
            state={state}
            layer={layer}
            volume={volume}
            onTool={setTool}
            onColor={setColor}
            onLayer={setLayer}
            onUndo={() => manager.undo()}
            onRedo={() => manager.redo()}
          />
        }
        onCreate={onCreate}
        onOpen={(id) => {
          setSelectedId(id);
          setEditingId(id);
        }}
        onPageChange={onPageChange}
      />
      <AnnotationSidebar
        annotations={state.annotations}
        selectedId={selectedId}
        onJump={onJump}
        onEdit={setEditingId}
        actions={exportMenu?.(() => manager.flush())}
      />
      <AnnotationEditor
        annotation={editing}
        volume={volume}
        onSave={(patch) => editing && manager.update(editing.id, patch)}
        onDelete={() => editing && manager.remove(editing.id)}
        onClose={closeEditor}
      />
    </div>
  );
}
