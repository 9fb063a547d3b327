import { BookOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Empty, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Bookmark } from '../../../src-shared/contract/calls/bookmarkCalls';
import type { Bookmarks } from './useBookmarks';

/**
 * The user's bookmarks beside the pages: a click goes to the page, the title is edited in place, a delete
 * asks first; the button (or Ctrl+D) bookmarks the current page. `label` says where a bookmark points.
 */
export function BookmarkPanel({
  bookmarks,
  shown,
  label,
  onAdd,
  onGo,
}: {
  bookmarks: Bookmarks;
  /** The bookmarks to list (those of the documents being read). */
  shown: Bookmark[];
  label: (b: Bookmark) => string;
  onAdd: () => void;
  onGo: (b: Bookmark) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="cd-bookmarks" data-testid="bookmark-panel">
      <Button block icon={<BookOutlined />} onClick={onAdd} data-testid="bookmark-add">
        {t('readerPlus.bookmarkAdd')}
      </Button>
      {shown.length === 0 && bookmarks.loaded ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('readerPlus.bookmarkNone')} /> : null}
      <ul className="cd-bookmark-list">
        {shown.map((b) => (
          <li key={b.id} className="cd-bookmark" data-testid="bookmark" data-document-id={b.documentId} data-page-index={b.pageIndex} onClick={() => onGo(b)}>
            <Typography.Text
              className="cd-bookmark-title"
              editable={{
                tooltip: t('readerPlus.bookmarkRename'),
                onChange: (v) => {
                  if (v.trim() && v.trim() !== b.title) void bookmarks.rename(b, v.trim());
                },
                triggerType: ['icon'],
              }}
              data-testid="bookmark-title"
            >
              {b.title}
            </Typography.Text>
            {label(b) === b.title ? null : <span className="cd-muted cd-nums cd-bookmark-where">{label(b)}</span>}
            <Popconfirm title={t('readerPlus.bookmarkDeleteConfirm')} onConfirm={() => void bookmarks.remove(b)} okText={t('annotations.ok')} cancelText={t('annotations.cancel')}>
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('readerPlus.bookmarkDelete')}
                onClick={(e) => e.stopPropagation()}
                data-testid="bookmark-delete"
              />
            </Popconfirm>
          </li>
        ))}
      </ul>
    </div>
  );
}
