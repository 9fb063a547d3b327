import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Bookmark } from '../../../src-shared/contract/calls/bookmarkCalls';
import type { DossierDocument } from '../../../src-shared/contract/calls/documentCalls';
import { BookmarkPanel } from './BookmarkPanel';
import type { PageSlot, Rotation } from './pageSlots';
import type { PageSource } from './pageSource';
import { AtPlace, type PlaceStore } from './placeStore';
import { ReaderCatalogue } from './ReaderCatalogue';
import { ThumbnailPanel } from './ThumbnailPanel';
import type { Bookmarks } from './useBookmarks';

/** The reader's side panel beside the pages: the catalogue, the thumbnails and the user's bookmarks, as tabs. */
export function ReaderSidePanel({
  panel,
  onPanel,
  placeStore,
  firstShownId,
  catalogueDocs,
  onOpenDocument,
  onSplit,
  source,
  rotations,
  slotLabel,
  onGoSlot,
  bookmarks,
  shownBookmarks,
  bookmarkLabel,
  onAddBookmark,
  onGoBookmark,
}: {
  panel: string;
  onPanel: (panel: string) => void;
  placeStore: PlaceStore;
  /** The document marked in the catalogue before the reader has a place. */
  firstShownId: string;
  catalogueDocs: DossierDocument[];
  onOpenDocument: (documentId: string) => void;
  onSplit: (documentId: string) => void;
  source: PageSource;
  rotations: Readonly<Record<string, Rotation>>;
  slotLabel: (slot: PageSlot) => string;
  onGoSlot: (slotIndex: number) => void;
  bookmarks: Bookmarks;
  shownBookmarks: Bookmark[];
  bookmarkLabel: (b: Bookmark) => string;
  onAddBookmark: () => void;
  onGoBookmark: (b: Bookmark) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="cd-reader-catalogue cd-reader-side" data-testid="reader-side">
      <Tabs
        size="small"
        activeKey={panel}
        onChange={onPanel}
        items={[
          {
            key: 'catalogue',
            label: <span data-testid="panel-catalogue">{t('readerPlus.catalogue')}</span>,
            children: (
              <AtPlace store={placeStore} select={(p) => p?.slot.documentId ?? firstShownId}>
                {(currentId) => <ReaderCatalogue docs={catalogueDocs} currentId={currentId} onOpen={onOpenDocument} onSplit={onSplit} />}
              </AtPlace>
            ),
          },
          {
            key: 'thumbnails',
            label: <span data-testid="panel-thumbnails">{t('readerPlus.thumbnails')}</span>,
            children: source.ready ? <ThumbnailPanel source={source} placeStore={placeStore} rotations={rotations} label={slotLabel} onGo={onGoSlot} /> : null,
          },
          {
            key: 'bookmarks',
            label: <span data-testid="panel-bookmarks">{t('readerPlus.bookmarks')}</span>,
            children: <BookmarkPanel bookmarks={bookmarks} shown={shownBookmarks} label={bookmarkLabel} onAdd={onAddBookmark} onGo={onGoBookmark} />,
          },
        ]}
      />
    </div>
  );
}
