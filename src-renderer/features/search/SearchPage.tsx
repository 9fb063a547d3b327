import { Card, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readerPath } from '../reader/readerPath';
import { SearchResults } from './SearchResults';

/**
 * 卷宗检索 (`#/search/<query>/<page>`): full-text search across every case the user may see. The query
 * and page live in the address, so going back from a document returns to the same results.
 */
export function SearchPage({ query, page, navigate }: { query: string; page: number; navigate: (path: string) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(query);
  useEffect(() => setTyped(query), [query]);
  const go = (q: string, p = 1) => navigate(q ? `/search/${encodeURIComponent(q)}/${p}` : '/search');

  return (
    <Card className="cd-page-card" title={t('search.title')} data-testid="search-page">
      <Input.Search
        size="large"
        allowClear
        enterButton={t('search.button')}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onSearch={(q) => go(q.trim())}
        placeholder={t('search.placeholder')}
        className="cd-search-box"
        data-testid="global-search"
        autoFocus
      />
      {query ? (
        <SearchResults
          query={query}
          page={page}
          onPage={(p) => go(query, p)}
          onOpen={(hit) => navigate(readerPath(hit.caseId, hit.documentId, hit.pageIndex))}
          onOpenCase={(caseId) => navigate(`/cases/${caseId}/dossier`)}
        />
      ) : (
        <Typography.Paragraph type="secondary" className="cd-search-tip">
          {t('search.tip')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
