import { memo, type CSSProperties } from 'react';
import type { PageSlot, Rotation } from './pageSlots';

/**
 * A page far from the view: only its box, the size of the page, with the same test ids and data as a
 * ReaderPageView (which replaces it when the page comes near). A 1,000-page volume then mounts a thousand
 * plain boxes, not a thousand full page views with their hooks, layers and canvases.
 */
export const PagePlaceholder = memo(function PagePlaceholder({ slot, width, height, rotation }: { slot: PageSlot; width: number; height: number; rotation: Rotation }) {
  const style: CSSProperties = { width, height };
  return (
    <div
      className="cd-rpage"
      style={style}
      data-testid="reader-page-view"
      data-page-index={slot.pageIndex}
      data-document-id={slot.documentId}
      data-rotation={rotation}
      data-live={0}
    />
  );
});
