import { DesktopOutlined, LeftOutlined, RightOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresentationView } from '../../../src-shared/contract/calls/presentationCalls';
import { api, onEvent } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { useLoad } from '../../ui/useLoad';
import { openPartiesScreen } from './openPartiesScreen';
import { PointerPreview } from './PointerPreview';
import { present, usePresented } from './presentedStore';

/**
 * The clerk's controls for the parties' screen (embedded in the courtroom view): open the screen, present an
 * evidence item page by page, blank it, and let the pointer follow the mouse over the preview.
 */
export function PresentationControls({ hearingId, caseId }: { hearingId: string; caseId: string }) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const { message } = App.useApp();
  const { data, reload } = useLoad(() => api.evidence.list({ caseId }), [caseId]);
  const presented = usePresented(hearingId);
  const [follow, setFollow] = useState(true);

  useEffect(() => onEvent((e) => {
    if (e.topic === 'data' && e.payload.entity === 'evidence' && e.payload.caseId === caseId) reload();
  }), [caseId, reload]);

  const items = (data?.groups ?? []).flatMap((g) =>
    g.items
      .filter((i) => i.documentId !== null && i.pageFrom !== null && i.pageTo !== null)
      .map((i) => ({ ...i, caption: `${g.party?.name ?? t('evidence.court')} ${i.label} ${i.name}` })),
  );
  const item = presented.mode === 'evidence' ? items.find((i) => i.id === presented.evidenceItemId) : undefined;
  const pageIndex = presented.mode === 'evidence' ? presented.pageIndex : 0;

  const show = (view: PresentationView) => present(hearingId, view).catch((err: unknown) => void message.error(errorText(err)));
  const open = () =>
    openPartiesScreen(hearingId).then(
      (opened) => void (opened ? message.success(t('evidence.presentation.opened')) : message.error(t('evidence.presentation.popupBlocked'))),
      (err: unknown) => void message.error(errorText(err)),
    );
  const step = (delta: number) => {
    if (item) void show({ mode: 'evidence', evidenceItemId: item.id, pageIndex: pageIndex + delta });
  };

  return (
    <Card size="small" className="cd-page-card" title={t('evidence.presentation.title')} data-testid="presentation-controls">
      <Space wrap>
        <Button icon={<DesktopOutlined />} onClick={() => void open()} data-testid="present-open">
          {t('evidence.presentation.open')}
        </Button>
        <Select
          style={{ minWidth: 260 }}
          placeholder={t('evidence.present')}
          value={item?.id ?? null}
          options={items.map((i) => ({ value: i.id, label: i.caption }))}
          onChange={(id: string) => {
            const chosen = items.find((i) => i.id === id);
            if (chosen) void show({ mode: 'evidence', evidenceItemId: id, pageIndex: chosen.pageFrom! });
          }}
          data-testid="present-item"
        />
        <Button icon={<LeftOutlined />} disabled={!item || pageIndex <= item.pageFrom!} onClick={() => step(-1)} aria-label={t('evidence.presentation.prev')} data-testid="present-prev" />
        <Button icon={<RightOutlined />} disabled={!item || pageIndex >= item.pageTo!} onClick={() => step(1)} aria-label={t('evidence.presentation.next')} data-testid="present-next" />
        <Button icon={<StopOutlined />} onClick={() => void show({ mode: 'blank' })} data-testid="present-blank">
          {t('evidence.presentation.blank')}
        </Button>
        <Space size={6}>
          <Switch size="small" checked={follow} onChange={setFollow} />
          <span>{t('evidence.presentation.pointer')}</span>
        </Space>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }} data-testid="present-status">
        {item
          ? t('evidence.presentation.showing', { label: item.caption, n: pageIndex - item.pageFrom! + 1, count: item.pageTo! - item.pageFrom! + 1 })
          : t('evidence.presentation.nothing')}
      </Typography.Paragraph>
      {item ? (
        <>
          <Typography.Text type="secondary" className="cd-small">{t('evidence.presentation.preview')}</Typography.Text>
          <div>
            <PointerPreview hearingId={hearingId} documentId={item.documentId!} pageIndex={pageIndex} follow={follow} />
          </div>
        </>
      ) : null}
    </Card>
  );
}
