import { useEffect, useState } from 'react';
import type { User } from '../../../src-shared/contract/schemas';
import { ReaderPage } from '../reader/ReaderPage';
import { readerPath } from '../reader/readerPath';
import { CaseDetailPage } from './CaseDetailPage';
import { CaseListPage } from './CaseListPage';
import { DEFAULT_FILTERS, type CaseListFilters } from './caseListFilters';

const keyOf = (user: User): string => `courtDesk.caseFilters.${user.id}`;

const keptFilters = (user: User): CaseListFilters => {
  try {
    return { ...DEFAULT_FILTERS, ...(JSON.parse(sessionStorage.getItem(keyOf(user)) ?? '{}') as Partial<CaseListFilters>) };
  } catch {
    return DEFAULT_FILTERS;
  }
};

/**
 * The cases area: the list (`#/cases`), one case (`#/cases/<id>`, its e-dossier `#/cases/<id>/dossier[/<query>]`)
 * or one of its documents in the reader (`#/cases/<id>/read/<document>/<page>`). The list's search, filters
 * and page are kept per user (for this tab) so "back" and a reload return to the same list.
 */
export function CasesArea({ path, user, navigate }: { path: string[]; user: User; navigate: (path: string) => void }) {
  const [filters, setFilters] = useState<CaseListFilters>(() => keptFilters(user));
  useEffect(() => sessionStorage.setItem(keyOf(user), JSON.stringify(filters)), [filters, user]);
  const [caseId, view, arg, page] = path;
  if (caseId && view === 'read' && arg) {
    return (
      <ReaderPage
        key={`${arg}:${page}`}
        caseId={caseId}
        documentId={arg}
        pageNumber={Math.max(1, Number.parseInt(page ?? '1', 10) || 1)}
        onDossier={() => navigate(`/cases/${caseId}/dossier`)}
        onOpenDocument={(id) => navigate(readerPath(caseId, id))}
      />
    );
  }
  if (caseId) {
    return (
      <CaseDetailPage
        id={caseId}
        user={user}
        tab={view === 'dossier' ? 'dossier' : 'overview'}
        query={view === 'dossier' ? (arg ?? '') : ''}
        onBack={() => navigate('/cases')}
        navigate={navigate}
      />
    );
  }
  return <CaseListPage filters={filters} onFilters={setFilters} onOpen={(id) => navigate(`/cases/${id}`)} />;
}
