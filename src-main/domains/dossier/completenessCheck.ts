import type { Database } from 'better-sqlite3';
import type { CheckItem } from '../../../src-shared/contract/calls/dossierCalls';
import { categoriesFor, categoryRank, findCategory, VOLUME_LABELS, type CategoryDef } from '../../../src-shared/catalogue/categories';
import { classifyDocument } from '../../../src-shared/catalogue/classifyDocument';
import { CASE_STAGES, STAGE_LABELS } from '../../../src-shared/domain/caseStages';
import { caseFacts, documentRows, type CaseFacts, type DocumentRow } from './documentRows';
import { serviceProofItems } from './serviceProofCheck';

export interface CheckResult {
  /** True when no item is an error (warnings ask a person to look but do not block archiving). */
  complete: boolean;
  stage: string;
  items: CheckItem[];
}

const item = (kind: CheckItem['kind'], severity: CheckItem['severity'], message: string, row?: DocumentRow, extra: Partial<CheckItem> = {}): CheckItem => ({
  kind, severity, message, documentId: row?.id ?? null, category: row?.category ?? null, pageIndex: null, ...extra,
});

/** Required categories of the case's type, stage, procedure and parties that have no document. */
function missingItems(facts: CaseFacts, rows: readonly DocumentRow[]): CheckItem[] {
  const stage = CASE_STAGES.indexOf(facts.stage);
  const present = new Set(rows.map((r) => findCategory(facts.caseType, r.category)).filter((d): d is CategoryDef => !!d));
  const hasOrganisation = facts.parties.some((p) => p.kind === 'organization');
  const due = categoriesFor(facts.caseType).filter(({ required: q }) =>
    q && stage >= CASE_STAGES.indexOf(q.from) && (!q.procedures || q.procedures.includes(facts.procedure)) && (!q.organisationParty || hasOrganisation));
  const items: CheckItem[] = [];
  const groupsDone = new Set<string>();
  for (const def of due) {
    const q = def.required!;
    if (q.group) {
      if (groupsDone.has(q.group)) continue;
      groupsDone.add(q.group);
      const members = due.filter((d) => d.required!.group === q.group);
      if (members.some((d) => present.has(d))) continue;
      const names = members.map((d) => `「${d.name}」`).join('或');
      items.push(item('missing_item', 'error', `缺少${q.group}：应有${names}（自${STAGE_LABELS[q.from].zh}阶段起）`, undefined, { category: def.name }));
    } else if (!present.has(def)) {
      items.push(item('missing_item', 'error', `缺少「${def.name}」：${q.why}（自${STAGE_LABELS[q.from].zh}阶段起应有）`, undefined, { category: def.name }));
    }
  }
  return items;
}

/** Documents whose volume is not their category's, or whose own title says they belong to the other volume. */
function wrongVolumeItems(facts: CaseFacts, rows: readonly DocumentRow[], firstTexts: ReadonlyMap<string, string>): CheckItem[] {
  const items: CheckItem[] = [];
  for (const r of rows) {
    const def = findCategory(facts.caseType, r.category);
    if (def && def.volume !== r.volume) {
      items.push(item('wrong_volume', 'error', `「${r.title}」是${VOLUME_LABELS[def.volume]}材料（${def.name}），却归在${VOLUME_LABELS[r.volume]}中`, r));
      continue;
    }
    // The paper itself says otherwise, strongly (a title match): e.g. a 审理报告 filed as 证据材料 in the 正卷.
    const seen = classifyDocument({ title: r.title, firstPageText: firstTexts.get(r.id) ?? '', caseType: facts.caseType });
    if (seen.volume === r.volume || seen.confidence < 0.9) continue;
    const leak = r.volume === 'main';
    items.push(item('wrong_volume', leak ? 'error' : 'warning',
      `「${r.title}」看来是${seen.category}（${VOLUME_LABELS[seen.volume]}材料），却归在${VOLUME_LABELS[r.volume]}「${r.category}」中` +
        (leak ? '：副卷材料不得向当事人公开，请核对' : ''), r));
  }
  return items;
}

/** Documents that sit before a document of an earlier catalogue category, and categories the catalogue does not know. */
function orderItems(facts: CaseFacts, rows: readonly DocumentRow[]): CheckItem[] {
  const items: CheckItem[] = [];
  const known = categoriesFor(facts.caseType).length;
  for (const volume of ['main', 'internal'] as const) {
    let highest: { row: DocumentRow; rank: number } | null = null;
    for (const r of rows.filter((x) => x.volume === volume)) {
      const rank = categoryRank(facts.caseType, r.category);
      if (rank >= known) {
        items.push(item('out_of_order', 'warning', `「${r.title}」的类别「${r.category}」不在${facts.caseType}案件的卷宗目录中，请重新归类`, r));
        continue;
      }
      if (highest && rank < highest.rank) {
        items.push(item('out_of_order', 'warning',
          `「${r.title}」（${r.category}）应排在「${highest.row.title}」（${highest.row.category}）之前`, r));
      } else highest = { row: r, rank };
    }
  }
  return items;
}

/** "第 1、3—5 页" from 0-based page indexes. */
export function pageList(indexes: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < indexes.length; i++) {
    let j = i;
    while (j + 1 < indexes.length && indexes[j + 1] === indexes[j]! + 1) j++;
    parts.push(i === j ? `${indexes[i]! + 1}` : `${indexes[i]! + 1}—${indexes[j]! + 1}`);
    i = j;
  }
  return `第 ${parts.join('、')} 页`;
}

function pageTextItems(db: Database, rows: readonly DocumentRow[]): CheckItem[] {
  const blank = db.prepare(`SELECT page_index FROM pages WHERE document_id = ? AND (text_source = 'none' OR trim(text, char(32, 9, 10, 13, 12288)) = '') ORDER BY page_index`);
  return rows
    .filter((r) => r.no_text > 0)
    .map((r) => {
      const pages = (blank.all(r.id) as { page_index: number }[]).map((p) => p.page_index);
      return item('page_without_text', 'warning', `「${r.title}」${pageList(pages)}没有可检索的文字（空白页或识别失败），请核对或重新扫描`, r, { pageIndex: pages[0] ?? null });
    });
}

/**
 * Unsigned 笔录: a documented no-op until hearings exist. The paperless courtroom (issue 5) records who
 * signed a transcript on the signature pad (or refused); then this reports every 庭审笔录/询问笔录 of
 * the case that is neither signed nor has a recorded refusal. Nothing in the database says so yet.
 */
function unsignedRecordItems(): CheckItem[] {
  return [];
}

/** The completeness check of a case's e-dossier at its stage (dossier.check). */
export function checkDossier(db: Database, caseId: string): CheckResult {
  const facts = caseFacts(db, caseId);
  const rows = documentRows(db, caseId);
  const firstTexts = new Map(
    (db.prepare(`SELECT p.document_id, p.text FROM pages p JOIN documents d ON d.id = p.document_id WHERE d.case_id = ? AND p.page_index = 0`)
      .all(caseId) as { document_id: string; text: string }[]).map((p) => [p.document_id, p.text]),
  );
  const items = [
    ...missingItems(facts, rows),
    ...serviceProofItems(facts, rows, firstTexts),
    ...unsignedRecordItems(),
    ...wrongVolumeItems(facts, rows, firstTexts),
    ...orderItems(facts, rows),
    ...pageTextItems(db, rows),
  ];
  return { complete: items.every((i) => i.severity !== 'error'), stage: facts.stage, items };
}
