import type { CheckItem } from '../../../src-shared/contract/calls/dossierCalls';
import { findCategory, type CategoryDef } from '../../../src-shared/catalogue/categories';
import { squash } from '../../../src-shared/catalogue/catalogueText';
import { CASE_STAGES, STAGE_LABELS } from '../../../src-shared/domain/caseStages';
import type { CaseFacts, DocumentRow } from './documentRows';

/** Words that make a paper a proof of service rather than the document served. */
const PROOF_WORDS = ['送达回证', '送达回执', '回执', '送达凭证', '签收', '法院专递', '邮件详情', '电子送达', '送达笔录', '公告送达'];

interface Paper {
  row: DocumentRow;
  def: CategoryDef | undefined;
  /** Title and first page, squashed: what the paper says it is and what it names. */
  says: string;
  /** Title and the heading of the first page only: what the paper itself is. */
  is: string;
  empty: boolean;
}

const mentions = (where: string, words: readonly string[]) => words.some((w) => where.includes(squash(w)));

/** A proof: anything filed in a proof-only category (送达回证), or a proof-like paper in a category holding proofs. */
const isProof = (p: Paper): boolean => !!p.def?.proof && (!p.def.served || mentions(p.is, PROOF_WORDS));

/**
 * The service-proof rule (送达回证 missing for a served document), kept simple on purpose:
 * - served documents are those of a category marked `served` (应诉通知书, 传票, 判决书/裁定书, 调解书…)
 *   whose title or heading names a served kind (a 撤诉申请书 in the 调解书 slot is not served);
 * - once the case has reached the category's service stage, each needs a proof: a paper filed in the
 *   same category as a proof (the 回证 stapled behind the 应诉通知书), or any proof that names the
 *   served kind (送达文书：民事判决书), or an unreadable proof in the 送达回证 slot (benefit of the doubt;
 *   the page-without-text item asks a person to look);
 * - a missing proof is a warning during the service stage (the 回证 may still be in the post) and an
 *   error after it.
 * Once service attempts are recorded (issue 6, 集约送达), the rule should use them instead of words.
 */
export function serviceProofItems(facts: CaseFacts, rows: readonly DocumentRow[], firstTexts: ReadonlyMap<string, string>): CheckItem[] {
  const stageIndex = CASE_STAGES.indexOf(facts.stage);
  const papers: Paper[] = rows.map((row) => {
    const text = squash(firstTexts.get(row.id) ?? '');
    const title = squash(row.title);
    return { row, def: findCategory(facts.caseType, row.category), says: title + text, is: title + text.slice(0, 48), empty: text === '' };
  });
  const proofs = papers.filter(isProof);
  const items: CheckItem[] = [];
  for (const p of papers) {
    const served = p.def?.served;
    if (!served || isProof(p) || !mentions(p.is, served.words)) continue;
    const due = CASE_STAGES.indexOf(served.stage);
    if (stageIndex < due) continue;
    const covered = proofs.some(
      (q) => q.row.category === p.row.category || mentions(q.says, served.words) || (q.empty && !q.def?.served),
    );
    if (covered) continue;
    const late = stageIndex > due;
    items.push({
      kind: 'missing_service_proof',
      severity: late ? 'error' : 'warning',
      message: late
        ? `「${p.row.title}」应已送达，但卷中没有相应的送达回证（或送达回执）`
        : `「${p.row.title}」尚无送达回证：送达回证收回后请扫描入卷（${STAGE_LABELS[served.stage].zh}阶段）`,
      documentId: p.row.id,
      category: p.row.category,
      pageIndex: null,
    });
  }
  return items;
}
