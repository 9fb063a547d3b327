import { CheckCircleFilled, CloseCircleFilled, CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import type { ImportBatch } from './useImportBatches';

/** How far a batch is: finished files plus the share of the current file's pages. */
export function batchPercent(b: ImportBatch): number {
  if (!b.running) return 100;
  const c = b.current;
  const inFile = c && c.pages > 0 && (c.phase === 'text' || c.phase === 'ocr') ? Math.min(1, c.page / c.pages) * 0.9 : 0;
  const files = b.done + inFile;
  return Math.min(99, Math.floor((files / Math.max(1, b.total)) * 100));
}

/** What the batch is doing now: the file (n of N), its phase and page; or the background OCR still to come. */
function statusLine(b: ImportBatch, t: TFunction): string {
  const c = b.current;
  const pages = c && c.pages > 0 && (c.phase === 'text' || c.phase === 'ocr') ? t('dossier.import.page', { page: c.page, pages: c.pages }) : '';
  const file = c ? t('dossier.import.current', { index: c.index + 1, total: b.total, name: c.name, phase: t(`dossier.phase.${c.phase}`) }) + pages : '';
  if (b.sending) return file || t('dossier.import.sending');
  const waiting = t('dossier.import.recognising', { count: b.recognising });
  return c?.phase === 'ocr' ? `${waiting} · ${file}` : waiting;
}

/** One import batch: a progress bar while it runs (file n of N, phase, page of pages), then each file's outcome. */
export function ImportBatchView({ batch, onDismiss }: { batch: ImportBatch; onDismiss: () => void }) {
  const { t } = useTranslation();
  const refused = batch.outcomes.filter((o) => !o.ok).length;
  return (
    <div className="cd-import-batch" data-testid="import-batch" data-running={batch.running ? 'true' : 'false'}>
      <div className="cd-import-batch-head">
        <Typography.Text strong>{t('dossier.import.batch', { count: batch.total })}</Typography.Text>
        <Typography.Text type="secondary" className="cd-small cd-nums">{formatDateTime(batch.startedAt.toISOString())}</Typography.Text>
        <span className="cd-toolbar-spacer" />
        {batch.sending ? null : (
          <Button type="text" size="small" icon={<CloseOutlined />} onClick={onDismiss} aria-label={t('dossier.import.dismiss')} />
        )}
      </div>
      <Progress
        percent={batchPercent(batch)}
        status={batch.error ? 'exception' : batch.running ? 'active' : refused > 0 ? 'normal' : 'success'}
        format={() => `${batch.done}/${batch.total}`}
        data-testid="import-progress"
      />
      {batch.running ? (
        <Typography.Text type="secondary" className="cd-small cd-import-status" data-testid="import-status">
          {statusLine(batch, t)}
        </Typography.Text>
      ) : null}
      {batch.error ? <Alert type="error" showIcon title={t('dossier.import.failed')} description={batch.error} role="alert" /> : null}
      {batch.outcomes.length > 0 ? (
        <ul className="cd-plain-list cd-import-outcomes" data-testid="import-outcomes">
          {batch.outcomes.map((o, i) => (
            <li key={i} className="cd-import-outcome" data-testid="import-outcome" data-ok={o.ok ? 'true' : 'false'}>
              {o.ok ? <CheckCircleFilled className="cd-ok" /> : <CloseCircleFilled className="cd-bad" />}
              <span className="cd-import-name" title={o.name}>{o.name}</span>
              <span className={o.ok ? 'cd-import-result' : 'cd-import-result cd-bad-text'}>
                {o.ok
                  ? t('dossier.import.ok', { category: o.category, count: o.pageCount }) + (o.duplicateOf ? t('dossier.import.duplicate') : '')
                  : o.message}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
