import { ColumnHeightOutlined, ColumnWidthOutlined, LeftOutlined, RightOutlined, RotateRightOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Button, Divider, Dropdown, InputNumber, Space, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canZoomIn, canZoomOut } from './zoomSteps';

/** 'fit' is fit width; 'page' fits the whole page in the view. */
export type ZoomChange = 'in' | 'out' | 'fit' | 'page';

/**
 * The viewer's toolbar: 上一页 / page number / 下一页, zoom out / zoom / zoom in, fit width and (when `fit`
 * is given) fit page, and (with `onRotate`) a rotate menu: this page or every page, a quarter turn clockwise.
 */
export function PageNavigator({
  pageIndex,
  pageCount,
  zoom,
  fit,
  compact = false,
  onPage,
  onZoom,
  onRotate,
}: {
  pageIndex: number;
  pageCount: number;
  zoom: number;
  fit?: 'width' | 'page';
  /** Previous / next as icons only (the reader's crowded toolbar). */
  compact?: boolean;
  onPage: (index: number) => void;
  onZoom: (change: ZoomChange) => void;
  onRotate?: (scope: 'page' | 'all') => void;
}) {
  const { t } = useTranslation();
  // The typed number is applied on Enter or blur, not on every keystroke.
  const [typed, setTyped] = useState<number | null>(pageIndex + 1);
  useEffect(() => setTyped(pageIndex + 1), [pageIndex]);
  const apply = () => {
    if (typed !== null && typed >= 1 && typed <= pageCount) onPage(typed - 1);
    else setTyped(pageIndex + 1);
  };

  return (
    <Space size={4} wrap className="cd-page-nav" data-testid="page-nav">
      <Tooltip title={compact ? t('reader.prev') : null}>
        <Button icon={<LeftOutlined />} disabled={pageIndex <= 0} onClick={() => onPage(pageIndex - 1)} aria-label={t('reader.prev')} data-testid="page-prev">
          {compact ? null : t('reader.prev')}
        </Button>
      </Tooltip>
      <InputNumber
        size="middle"
        min={1}
        max={Math.max(1, pageCount)}
        value={typed}
        onChange={(v) => setTyped(typeof v === 'number' ? v : null)}
        onPressEnter={apply}
        onBlur={apply}
        controls={false}
        style={{ width: 64 }}
        aria-label={t('reader.pageNumber')}
        data-testid="page-input"
      />
      <span className="cd-nums cd-muted" data-testid="page-count">
        {t('reader.ofPages', { count: pageCount })}
      </span>
      <Tooltip title={compact ? t('reader.next') : null}>
        <Button
          icon={<RightOutlined />}
          iconPlacement="end"
          disabled={pageIndex >= pageCount - 1}
          onClick={() => onPage(pageIndex + 1)}
          aria-label={t('reader.next')}
          data-testid="page-next"
        >
          {compact ? null : t('reader.next')}
        </Button>
      </Tooltip>
      <Divider orientation="vertical" />
      <Tooltip title={t('reader.zoomOut')}>
        <Button icon={<ZoomOutOutlined />} disabled={!canZoomOut(zoom)} onClick={() => onZoom('out')} aria-label={t('reader.zoomOut')} />
      </Tooltip>
      <span className="cd-nums cd-zoom" data-testid="zoom">{Math.round(zoom * 100)}%</span>
      <Tooltip title={t('reader.zoomIn')}>
        <Button icon={<ZoomInOutlined />} disabled={!canZoomIn(zoom)} onClick={() => onZoom('in')} aria-label={t('reader.zoomIn')} />
      </Tooltip>
      <Button icon={<ColumnWidthOutlined />} disabled={zoom === 1 && fit !== 'page'} onClick={() => onZoom('fit')} data-testid="fit-width">
        {t('reader.fitWidth')}
      </Button>
      {fit ? (
        <Tooltip title={t('readerPlus.fitPage')}>
          <Button
            icon={<ColumnHeightOutlined />}
            type={fit === 'page' && zoom === 1 ? 'primary' : 'default'}
            onClick={() => onZoom('page')}
            aria-label={t('readerPlus.fitPage')}
            data-testid="fit-page"
          />
        </Tooltip>
      ) : null}
      {onRotate ? (
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'page', label: <span data-testid="rotate-page">{t('readerPlus.rotatePage')}</span> },
              { key: 'all', label: <span data-testid="rotate-all">{t('readerPlus.rotateAll')}</span> },
            ],
            onClick: ({ key }) => onRotate(key as 'page' | 'all'),
          }}
        >
          <Tooltip title={t('readerPlus.rotate')}>
            <Button icon={<RotateRightOutlined />} aria-label={t('readerPlus.rotate')} data-testid="rotate" />
          </Tooltip>
        </Dropdown>
      ) : null}
    </Space>
  );
}
