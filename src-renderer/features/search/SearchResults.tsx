import { FileTextOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Button, Empty, Pagination, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';
import { groupHits, type SearchHit } from './groupHits';
import { Snippet } from './Snippet';

export const PAGE_SIZE = 20;

/**
 * Full-text hits for `query` (in one case, or in every case the user may see), grouped by case and
 * document, with the matched words marked; a click opens the page. Paged on the server.
 */
export function SearchResults({
  query,
  caseId,
  page,
  onPage,
  onOpen,
  onOpenCase,
}: {
  query: string;
  caseId?: string;
  page: number;
  onPage: (page: number) => void;
  onOpen: (hit: SearchHit) => void;
  /** Shown for a search across cases: a link to the case's e-dossier. */
  onOpenCase?: (caseId: string) => void;
}) {
  const { t } = useTranslation();
  const result = useLoad(
    () => api.search.pages({ query, caseId, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    [query, caseId, page],
  );
  if (result.error) return <LoadError error={result.error} onRetry={result.reload} />;
  if (!result.data) return <Skeleton active paragraph={{ rows: 4 }} />;
  const { total, hits } = result.data;
  if (total === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.none', { query })} data-testid="search-empty" />;

  return (
    <div className="cd-search-results" data-testid="search-results" data-loading={result.loading ? 'true' : 'false'}>
      <Typography.Text type="secondary" className="cd-small" data-testid="search-total">
        {t('search.total', { total, query })}
      </Typography.Text>
      {groupHits(hits).map((c) => (
        <section key={c.caseId} className="cd-search-case">
          {onOpenCase ? (
            <div className="cd-search-case-head">
              <FolderOpenOutlined />
              <Button type="link" className="cd-case-number" onClick={() => onOpenCase(c.caseId)}>
                {c.caseNumber}
              </Button>
            </div>
          ) : null}
          {c.documents.map((d) => (
            <div key={d.documentId} className="cd-search-doc">
              <div className="cd-search-doc-head">
                <FileTextOutlined className="cd-doc-icon" />
                <Typography.Text strong>{d.documentTitle}</Typography.Text>
                <Tag>{d.category}</Tag>
              </div>
              {d.hits.map((hit) => (
                <button
                  type="button"
                  key={`${hit.documentId}:${hit.pageIndex}`}
                  className="cd-search-hit"
                  onClick={() => onOpen(hit)}
                  data-testid="search-hit"
                  data-page-index={hit.pageIndex}
                >
                  <span className="cd-search-hit-page cd-nums">
                    {t('search.page', { page: hit.pageIndex + 1 })}
                    {hit.volumePage === null ? null : <span className="cd-muted">{t('search.volumePage', { page: hit.volumePage })}</span>}
                  </span>
                  <Snippet parts={hit.snippet} />
                </button>
              ))}
            </div>
          ))}
        </section>
      ))}
      {total > PAGE_SIZE ? (
        <Pagination className="cd-search-pages" current={page} pageSize={PAGE_SIZE} total={total} showSizeChanger={false} onChange={onPage} size="small" />
      ) : null}
    </div>
  );
}
