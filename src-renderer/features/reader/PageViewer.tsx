import { Alert, Spin } from 'antd';
import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageNavigator, type ZoomChange } from './PageNavigator';
import { PdfPageCanvas } from './PdfPageCanvas';
import { useElementWidth } from './useElementWidth';
import { usePdfDocument } from './usePdfDocument';
import { clampPage, zoomIn, zoomOut } from './zoomSteps';

const GUTTER = 32;

/**
 * The page viewer: a PDF shown one page at a time at fit-width (times the zoom), with page navigation
 * and zoom; opens at `initialPage` (0-based, e.g. a search hit) and follows it when it changes.
 * Keys: ←/→ and PageUp/PageDown turn pages, + and - zoom. The base of the reader.
 */
export function PageViewer({
  bytes,
  initialPage = 0,
  toolbarExtra,
  autoFocus = false,
  maxPageWidth = Infinity,
  onPageChange,
}: {
  bytes: Uint8Array | null;
  initialPage?: number;
  toolbarExtra?: ReactNode;
  /** Take the keyboard focus once the document is open (the reader page; not inside a dialog). */
  autoFocus?: boolean;
  /** Fit-width up to this many CSS pixels (a preview in a dialog); the zoom applies on top. */
  maxPageWidth?: number;
  onPageChange?: (pageIndex: number, pageCount: number) => void;
}) {
  const { t } = useTranslation();
  const { pdf, error } = usePdfDocument(bytes);
  const [pageIndex, setPageIndex] = useState(initialPage);
  const [zoom, setZoom] = useState(1);
  const [renderError, setRenderError] = useState<unknown>(null);
  const [areaRef, areaWidth] = useElementWidth<HTMLDivElement>();
  const pageCount = pdf?.numPages ?? 0;

  useEffect(() => setPageIndex(initialPage), [initialPage, bytes]);
  useEffect(() => {
    if (pdf && pageIndex !== clampPage(pageIndex, pdf.numPages)) setPageIndex(clampPage(pageIndex, pdf.numPages));
  }, [pdf, pageIndex]);
  useEffect(() => {
    if (pdf) onPageChange?.(pageIndex, pdf.numPages);
    setRenderError(null);
  }, [pdf, pageIndex]);
  useEffect(() => {
    if (pdf && autoFocus) areaRef.current?.focus({ preventScroll: true });
  }, [pdf, autoFocus]);

  const go = (index: number) => pdf && setPageIndex(clampPage(index, pdf.numPages));
  const changeZoom = (change: ZoomChange) => setZoom((z) => (change === 'in' ? zoomIn(z) : change === 'out' ? zoomOut(z) : 1));
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target instanceof HTMLInputElement) return;
    const action: Record<string, () => void> = {
      ArrowLeft: () => go(pageIndex - 1),
      PageUp: () => go(pageIndex - 1),
      ArrowRight: () => go(pageIndex + 1),
      PageDown: () => go(pageIndex + 1),
      '+': () => changeZoom('in'),
      '=': () => changeZoom('in'),
      '-': () => changeZoom('out'),
    };
    const run = action[e.key];
    if (run) {
      e.preventDefault();
      run();
    }
  };

  const problem = error ?? renderError;
  const width = Math.max(0, Math.floor(Math.min(areaWidth - GUTTER, maxPageWidth) * zoom));
  return (
    <div className="cd-viewer" data-testid="page-viewer" data-page-index={pdf ? pageIndex : -1} data-page-count={pageCount}>
      <div className="cd-viewer-bar">
        <PageNavigator pageIndex={pageIndex} pageCount={pageCount} zoom={zoom} onPage={go} onZoom={changeZoom} />
        {toolbarExtra ? <div className="cd-viewer-extra">{toolbarExtra}</div> : null}
      </div>
      {problem ? <Alert type="error" showIcon title={t('reader.openFailed')} description={String((problem as Error).message ?? problem)} /> : null}
      <div ref={areaRef} className="cd-viewer-area" tabIndex={0} onKeyDown={onKeyDown} aria-label={t('reader.area')}>
        {pdf && width > 0 ? (
          <PdfPageCanvas pdf={pdf} pageIndex={clampPage(pageIndex, pageCount)} width={width} onError={setRenderError} />
        ) : problem ? null : (
          <div className="cd-viewer-loading">
            <Spin description={t('reader.loading')} />
          </div>
        )}
      </div>
    </div>
  );
}
