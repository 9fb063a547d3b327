import { EditOutlined, ExclamationCircleFilled, FileImageOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip } from 'antd';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierDocument } from '../../../src-shared/contract/calls/documentCalls';
import { needsCheck } from './catalogue';

/**
 * A document in the catalogue tree: title, 起始页, page count, an OCR tag, a warning for pages without
 * text, a 待核对 hint when the automatic category is unsure, and 更正类别 for those who may write.
 */
export function DocumentNodeTitle({ doc, onFix }: { doc: DossierDocument; onFix: ((doc: DossierDocument) => void) | null }) {
  const { t } = useTranslation();
  const fix = (e: MouseEvent) => {
    e.stopPropagation();
    onFix?.(doc);
  };
  const unsure = needsCheck(doc);
  return (
    <span className="cd-doc-node" data-testid="dossier-doc" data-doc-id={doc.id} data-category={doc.category}>
      {doc.mediaType === 'application/pdf' ? <FilePdfOutlined className="cd-doc-icon" /> : <FileImageOutlined className="cd-doc-icon cd-doc-icon-image" />}
      <span className="cd-doc-node-title" title={doc.originalName ?? doc.title}>
        {doc.title}
      </span>
      {doc.ocrPages > 0 ? (
        <Tooltip title={t('dossier.ocrPages', { count: doc.ocrPages })}>
          <Tag color="cyan" className="cd-doc-tag" data-testid="ocr-tag">OCR</Tag>
        </Tooltip>
      ) : null}
      {doc.pagesWithoutText > 0 ? (
        <Tooltip title={t('dossier.pagesWithoutText', { count: doc.pagesWithoutText })}>
          <ExclamationCircleFilled className="cd-doc-warn" aria-label={t('dossier.pagesWithoutText', { count: doc.pagesWithoutText })} />
        </Tooltip>
      ) : null}
      {unsure ? (
        <Tooltip title={t('dossier.unsureHint', { percent: Math.round((doc.confidence ?? 0) * 100) })}>
          <Tag color="gold" className={`cd-doc-tag${onFix ? ' cd-clickable' : ''}`} onClick={onFix ? fix : undefined} data-testid="unsure-tag">
            {t('dossier.unsure')}
          </Tag>
        </Tooltip>
      ) : null}
      <span className="cd-doc-node-spacer" />
      <span className="cd-doc-node-page cd-nums cd-muted">
        {doc.firstPage === null ? t('dossier.unnumbered') : t('dossier.firstPage', { page: doc.firstPage })}
      </span>
      <span className="cd-doc-node-count cd-nums">{t('dossier.pageCount', { count: doc.pageCount })}</span>
      {onFix ? (
        <Tooltip title={t('dossier.fixCategory')}>
          <Button
            type="text"
            size="small"
            icon={<EditOutlined />}
            onClick={fix}
            aria-label={`${t('dossier.fixCategory')}：${doc.title}`}
            data-testid="fix-category"
          />
        </Tooltip>
      ) : null}
    </span>
  );
}
