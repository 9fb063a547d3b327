/**
 * Bounds that keep every search fast whatever the query (measured by `npm run bench -- search`):
 * - SEARCH_TOTAL_CAP: `total` counts matching pages up to this many; a query matching more (a very common
 *   character such as 的) reports exactly SEARCH_TOTAL_CAP, which a client shows as "1000+" (1000 页以上). Counting on
 *   costs about 1 ms per 10,000 matches of a phrase; a person refines a query long before 1,000 pages.
 * - SEARCH_RANK_POOL: across cases, a query matching up to this many pages is ordered by relevance (bm25, then
 *   the newer case, then dossier order). A broader one (的, 原告, 借款 over a whole court) lists the most recently
 *   added pages first: bm25 over thousands of pages says little about them and costs more than all the rest of
 *   the search (FTS5's bm25 also reads every page of the court holding each term, to weigh it).
 * Inside one case, hits come in dossier order (正卷 then 副卷, catalogue order, page), like find-in-document:
 * that is how a dossier is read, and it costs only the case's own matches, however large the court grows.
 */
export const SEARCH_TOTAL_CAP = 1_000;
export const SEARCH_RANK_POOL = 500;
