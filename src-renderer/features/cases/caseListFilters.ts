import type { CaseType } from '../../../src-shared/domain/caseNumber';
import type { CaseStage } from '../../../src-shared/domain/caseStages';

/** What the case list shows: search text, filters and page. Kept by CasesArea so "back" returns to it. */
export interface CaseListFilters {
  query: string;
  stage?: CaseStage;
  caseType?: CaseType;
  judgeId?: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_FILTERS: CaseListFilters = { query: '', page: 1, pageSize: 20 };

export const toListInput = (f: CaseListFilters) => ({
  query: f.query.trim() || undefined,
  stage: f.stage,
  caseType: f.caseType,
  judgeId: f.judgeId,
  limit: f.pageSize,
  offset: (f.page - 1) * f.pageSize,
});
