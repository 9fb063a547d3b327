import { App } from 'antd';
import { useCallback } from 'react';
import type { Bookmark } from '../../../src-shared/contract/calls/bookmarkCalls';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { api } from '../../api/api';
import { useLoad } from '../../ui/useLoad';

export interface Bookmarks {
  items: Bookmark[];
  loaded: boolean;
  add(documentId: string, pageIndex: number, title: string): Promise<void>;
  rename(b: Bookmark, title: string): Promise<void>;
  remove(b: Bookmark): Promise<void>;
}

/** The user's bookmarks in a case (bookmarks.list), with add / rename / delete through bookmarks.save. */
export function useBookmarks(caseId: string): Bookmarks {
  const { message } = App.useApp();
  const loaded = useLoad(() => api.bookmarks.list({ caseId }), [caseId]);
  const { reload } = loaded;
  const run = useCallback(
    async (change: Parameters<typeof api.bookmarks.save>[0]['change']) => {
      try {
        await api.bookmarks.save({ change });
      } catch (err) {
        void message.error((err as Error).message);
      } finally {
        reload();
      }
    },
    [reload],
  );
  return {
    items: loaded.data?.items ?? [],
    loaded: !!loaded.data,
    add: (documentId, pageIndex, title) => run({ op: 'add', id: uuidv7(), documentId, pageIndex, title }),
    rename: (b, title) => run({ op: 'rename', id: b.id, title, baseVersion: b.version }),
    remove: (b) => run({ op: 'delete', id: b.id, baseVersion: b.version }),
  };
}
