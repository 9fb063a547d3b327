import { MenuFoldOutlined, MenuUnfoldOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationLayer } from '../../../src-shared/annotations/annotation';
import type { Bookmark } from '../../../src-shared/contract/calls/bookmarkCalls';
import type { DossierDocument, Volume } from '../../../src-shared/contract/calls/documentCalls';
import { AnnotationEditor } from '../annotations/AnnotationEditor';
import { AnnotationSidebar } from '../annotations/AnnotationSidebar';
import type { Tool } from '../annotations/EditorLayer';
import { layerAllowed } from '../annotations/layers';
import { topOf } from '../../../src-shared/annotations/annotationPlace';
import { ANNOTATION_COLORS } from '../annotations/newAnnotation';
import { useAnnotationManager } from '../annotations/useAnnotationManager';
import { LoadError } from '../../ui/LoadError';
import { ContinuousViewer, type JumpRequest, type ViewerHandle } from './ContinuousViewer';
import { FindBar } from './FindBar';
import type { PageSource } from './pageSource';
import { turn, type PageSlot, type Rotation } from './pageSlots';
import { ReaderSidePanel } from './ReaderSidePanel';
import { ReaderTools } from './ReaderTools';
import { SplitPane } from './SplitPane';
import { useBookmarks } from './useBookmarks';
import { useFind } from './useFind';
import { AtPlace, usePlaceStore } from './placeStore';
import { useReaderKeys } from './useReaderKeys';
import { useWideReading } from './useWideReading';
import { rememberedRotations, rememberRotations } from './rotationMemory';
import './readerWorkspace.css';

/** What the reader shows: one document, or a whole volume read as one continuous scroll. */
export type Reading = { kind: 'document'; doc: DossierDocument } | { kind: 'volume'; volume: Volume; docs: DossierDocument[] };

/**
 * The reader with its annotations: beside the pages the catalogue, thumbnails and bookmarks; the continuous
 * viewer in the middle (optionally split with a second document); the annotation sidebar on the right; the
 * annotation manager (load, undo/redo, debounced saves) behind them; the find bar and the keyboard.
 */
export function ReaderWorkspace({
  caseId,
  docs,
  reading,
  source,
  initialDocumentId,
  initialPage,
  exportMenu,
  onOpenDocument,
  onPlace,
  onPageChange,
}: {
  caseId: string;
  /** Every document of the case (the catalogue; the split view may open any). */
  docs: DossierDocument[];
  reading: Reading;
  source: PageSource & { reload?: () => void };
  initialDocumentId?: string;
  initialPage: number;
  /** The export menu, given the function that saves pending edits first and the document being read. */
  exportMenu?: (flush: () => Promise<void>, documentId: string) => ReactNode;
  /** A click in the catalogue, reading one document: open that document. */
  onOpenDocument: (documentId: string) => void;
  /** The page at the top of the view changed. */
  onPlace?: (slot: PageSlot) => void;
  onPageChange?: (pageIndex: number) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const volume: Volume = reading.kind === 'volume' ? reading.volume : reading.doc.volume;
  const shownDocs = reading.kind === 'volume' ? reading.docs : [reading.doc];
  const titles = useMemo(() => new Map(docs.map((d) => [d.id, d.title])), [docs]);
  const { manager, state, loaded } = useAnnotationManager(
    reading.kind === 'volume' ? `volume:${caseId}:${volume}` : reading.doc.id,
    reading.kind === 'volume' ? { caseId, documentIds: shownDocs.map((d) => d.id) } : undefined,
  );
  const bookmarks = useBookmarks(caseId);
  const find = useFind(caseId, volume, reading.kind === 'document' ? reading.doc.id : undefined);
  const [findOpen, setFindOpen] = useState(false);
  const [findFocus, setFindFocus] = useState(0);
  const [tool, setTool] = useState<Tool>('select');
  const [color, setColor] = useState<string>(ANNOTATION_COLORS[0]);
  const [layer, setLayer] = useState<AnnotationLayer>('private');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [jump, setJump] = useState<JumpRequest | null>(null);
  const placeStore = usePlaceStore();
  const readingKey = reading.kind === 'volume' ? `volume:${caseId}:${volume}` : reading.doc.id;
  const [rotations, setRotations] = useState<Record<string, Rotation>>(() => rememberedRotations(readingKey));
  // Another document or volume in the same workspace: its own remembered rotations.
  const [rotationsOf, setRotationsOf] = useState(readingKey);
  if (rotationsOf !== readingKey) {
    setRotationsOf(readingKey);
    setRotations(rememberedRotations(readingKey));
  }
  const turnView = (scope: 'page' | 'all', slot: PageSlot) => {
    const next = scope === 'all' ? { ...rotations, '*': turn(rotations['*'] ?? 0) } : { ...rotations, [slot.key]: turn(rotations[slot.key] ?? 0) };
    setRotations(next);
    rememberRotations(readingKey, next);
  };
  const [panel, setPanel] = useState('catalogue');
  const [splitId, setSplitId] = useState<string | null>(null);
  const mainRef = useRef<ViewerHandle>(null);
  const splitRef = useRef<ViewerHandle>(null);
  const editing = useMemo(() => state.annotations.find((a) => a.id === editingId) ?? null, [state.annotations, editingId]);
  const splitDoc = docs.find((d) => d.id === splitId) ?? null;

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
  const goTo = (documentId: string, pageIndex: number, pdfTop: number | null = null) => setJump({ documentId, pageIndex, pdfTop, nonce: Date.now() });
  const onJump = (a: Annotation) => {
    setSelectedId(a.id);
    goTo(a.documentId, a.pageIndex, topOf(a));
  };
  const pageLabel = (documentId: string, pageIndex: number) => `${titles.get(documentId) ?? ''} ${t('readerPlus.docPageShort', { page: pageIndex + 1 })}`;
  const addBookmark = (viewer: ViewerHandle) => {
    const slot = viewer.current();
    if (!slot) return;
    if (bookmarks.items.some((b) => b.documentId === slot.documentId && b.pageIndex === slot.pageIndex)) {
      void message.info(t('readerPlus.bookmarkExists'));
      return;
    }
    setPanel('bookmarks');
    void bookmarks.add(slot.documentId, slot.pageIndex, pageLabel(slot.documentId, slot.pageIndex)).then(() => void message.success(t('readerPlus.bookmarkAdded')));
  };
  const openFind = () => {
    setFindOpen(true);
    setFindFocus((n) => n + 1);
  };
  const { wide, toggleWide } = useWideReading();
  useReaderKeys({ viewers: [mainRef, splitRef], onFind: openFind, onBookmark: addBookmark, onWide: toggleWide });

  const shownIds = new Set(shownDocs.map((d) => d.id));
  const goBookmark = (b: Bookmark) => {
    if (shownIds.has(b.documentId)) goTo(b.documentId, b.pageIndex);
    else onOpenDocument(b.documentId);
  };
  const slotLabel = (s: PageSlot) => (reading.kind === 'volume' && s.volumePage !== null ? String(s.volumePage) : String(s.pageIndex + 1));
  const extra = (
    <AtPlace store={placeStore} select={(p) => p?.slot ?? null}>
      {(current) =>
        current ? (
          // A plain span, not Typography.Text: it changes on every page turn, and antd components make garbage.
          <span className="cd-nums cd-reader-place" data-testid="reader-place">
            {reading.kind === 'volume' ? <span className="cd-reader-place-doc" data-testid="current-doc">{titles.get(current.documentId)}</span> : null}
            {current.volumePage !== null ? <span data-testid="volume-page">{t('reader.volumePage', { page: current.volumePage })}</span> : null}
            <span data-testid="doc-page">{t('readerPlus.docPage', { page: current.pageIndex + 1, count: current.pageCount })}</span>
          </span>
        ) : null
      }
    </AtPlace>
  );
  const firstShownId = initialDocumentId ?? shownDocs[0]?.id ?? '';

  if (source.error && reading.kind === 'document' && !source.ready && source.reload) {
    return <LoadError error={source.error} onRetry={source.reload} />;
  }
  const side = (
    <ReaderSidePanel
      panel={panel}
      onPanel={setPanel}
      placeStore={placeStore}
      firstShownId={firstShownId}
      catalogueDocs={reading.kind === 'volume' ? shownDocs : docs}
      onOpenDocument={(id) => (reading.kind === 'volume' ? goTo(id, 0) : onOpenDocument(id))}
      onSplit={setSplitId}
      source={source}
      rotations={rotations}
      slotLabel={slotLabel}
      onGoSlot={(i) => mainRef.current?.go(i)}
      bookmarks={bookmarks}
      shownBookmarks={reading.kind === 'volume' ? bookmarks.items.filter((b) => shownIds.has(b.documentId)) : bookmarks.items}
      bookmarkLabel={(b) => pageLabel(b.documentId, b.pageIndex)}
      onAddBookmark={() => mainRef.current && addBookmark(mainRef.current)}
      onGoBookmark={goBookmark}
    />
  );

  return (
    <div
      className={`cd-reader-body${splitDoc ? ' cd-reader-body-split' : ''}${wide ? ' cd-reader-body-wide' : ''}`}
      data-testid="reader-workspace"
      data-annotations-loaded={loaded ? 1 : 0}
      data-reading={reading.kind}
    >
      {wide ? null : side}
      <div className="cd-reader-center">
        <div className="cd-reader-toolbar" data-testid="reader-toolbar">
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
            extra={
              <>
                <Tooltip title={t(wide ? 'readerPlus.narrowTip' : 'readerPlus.wideTip')}>
                  <Button
                    icon={wide ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                    onClick={toggleWide}
                    aria-label={t(wide ? 'readerPlus.narrow' : 'readerPlus.wide')}
                    aria-pressed={wide}
                    data-testid="reader-wide"
                  />
                </Tooltip>
                <Tooltip title={t('readerPlus.findTip')}>
                  <Button icon={<SearchOutlined />} onClick={openFind} aria-label={t('readerPlus.find')} data-testid="find-open" />
                </Tooltip>
                {findOpen ? <FindBar find={find} focusNonce={findFocus} onClose={() => setFindOpen(false)} /> : null}
              </>
            }
          />
        </div>
        <div className="cd-reader-panes">
          <section className="cd-reader-main-pane" data-testid="reader-main-pane">
            <ContinuousViewer
              source={source}
              initialPage={initialPage}
              initialDocumentId={initialDocumentId}
              annotations={state.annotations}
              // The viewer's selection handling makes highlights: the underline and strike-out tools ride on it (onCreate).
              tool={tool}
              color={color}
              selectedId={selectedId}
              jump={jump}
              find={findOpen ? find.view : null}
              rotations={rotations}
              handleRef={mainRef}
              rememberArea={splitDoc ? undefined : reading.kind}
              extra={extra}
              onCreate={onCreate}
              onOpen={(id) => {
                setSelectedId(id);
                setEditingId(id);
              }}
              onRotate={turnView}
              onCurrent={(slot, index) => {
                placeStore.set({ slot, index });
                onPlace?.(slot);
              }}
              onPageChange={onPageChange}
            />
          </section>
          {splitDoc ? (
            <SplitPane
              key={splitDoc.id}
              doc={splitDoc}
              annotations={state.annotations.filter((a) => a.documentId === splitDoc.id)}
              selectedId={selectedId}
              handleRef={splitRef}
              onOpenAnnotation={(id) => {
                setSelectedId(id);
                setEditingId(id);
              }}
              onClose={() => setSplitId(null)}
            />
          ) : null}
        </div>
      </div>
      {splitDoc || wide ? null : (
        <AnnotationSidebar
          annotations={state.annotations}
          selectedId={selectedId}
          onJump={onJump}
          onEdit={setEditingId}
          actions={
            exportMenu ? (
              <AtPlace store={placeStore} select={(p) => p?.slot.documentId ?? firstShownId}>
                {(documentId) => exportMenu(() => manager.flush(), documentId)}
              </AtPlace>
            ) : undefined
          }
          documents={reading.kind === 'volume' ? shownDocs : undefined}
        />
      )}
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
