import { useEffect, useState } from 'react';
import type { User } from '../../../src-shared/contract/schemas';
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
 * The cases area: the list (`#/cases`) or one case (`#/cases/<id>`). The list's search, filters and page
 * are kept per user (for this tab) so "back" and a reload return to the same list.
 */
export function CasesArea({ caseId, user, navigate }: { caseId: string | null; user: User; navigate: (path: string) => void }) {
  const [filters, setFilters] = useState<CaseListFilters>(() => keptFilters(user));
  useEffect(() => sessionStorage.setItem(keyOf(user), JSON.stringify(filters)), [filters, user]);
  if (caseId) return <CaseDetailPage id={caseId} user={user} onBack={() => navigate('/cases')} />;
  return <CaseListPage filters={filters} onFilters={setFilters} onOpen={(id) => navigate(`/cases/${id}`)} />;
}
