import type { ReactNode } from 'react';
import { api } from '../../api/api';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';
import { PageViewer } from './PageViewer';

/** Images are shown through their PDF rendition, so every document reads the same way. */
export const needsRendition = (mediaType: string): boolean => mediaType !== 'application/pdf';

/** A dossier document in the page viewer: fetches its bytes (documents.content) and opens it at `initialPage`. */
export function DocumentViewer({
  documentId,
  mediaType,
  initialPage,
  toolbarExtra,
  onPageChange,
}: {
  documentId: string;
  mediaType: string;
  initialPage: number;
  toolbarExtra?: ReactNode;
  onPageChange?: (pageIndex: number, pageCount: number) => void;
}) {
  const rendition = needsRendition(mediaType);
  const content = useLoad(() => api.documents.content({ id: documentId, rendition }), [documentId, rendition]);
  if (content.error) return <LoadError error={content.error} onRetry={content.reload} />;
  return <PageViewer bytes={content.data} initialPage={initialPage} toolbarExtra={toolbarExtra} onPageChange={onPageChange} autoFocus />;
}
