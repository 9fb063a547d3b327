import { ColumnWidthOutlined, LeftOutlined, RightOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Button, Divider, InputNumber, Space, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canZoomIn, canZoomOut } from './zoomSteps';

/** The viewer's toolbar: 上一页 / page number / 下一页, zoom out / zoom / zoom in, fit width. */
export function PageNavigator({
  pageIndex,
  pageCount,
  zoom,
  onPage,
  onZoom,
}: {
  pageIndex: number;
  pageCount: number;
  zoom: number;
  onPage: (index: number) => void;
  onZoom: (change: 'in' | 'out' | 'fit') => void;
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
      <Button icon={<LeftOutlined />} disabled={pageIndex <= 0} onClick={() => onPage(pageIndex - 1)} data-testid="page-prev">
        {t('reader.prev')}
      </Button>
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
      <Button icon={<RightOutlined />} iconPlacement="end" disabled={pageIndex >= pageCount - 1} onClick={() => onPage(pageIndex + 1)} data-testid="page-next">
        {t('reader.next')}
      </Button>
      <Divider orientation="vertical" />
      <Tooltip title={t('reader.zoomOut')}>
        <Button icon={<ZoomOutOutlined />} disabled={!canZoomOut(zoom)} onClick={() => onZoom('out')} aria-label={t('reader.zoomOut')} />
      </Tooltip>
      <span className="cd-nums cd-zoom" data-testid="zoom">{Math.round(zoom * 100)}%</span>
      <Tooltip title={t('reader.zoomIn')}>
        <Button icon={<ZoomInOutlined />} disabled={!canZoomIn(zoom)} onClick={() => onZoom('in')} aria-label={t('reader.zoomIn')} />
      </Tooltip>
      <Button icon={<ColumnWidthOutlined />} disabled={zoom === 1} onClick={() => onZoom('fit')}>
        {t('reader.fitWidth')}
      </Button>
    </Space>
  );
}
