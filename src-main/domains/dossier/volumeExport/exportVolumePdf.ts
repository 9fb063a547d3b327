import type { Volume } from '../../../../src-shared/contract/calls/documentCalls';
import { categoriesFor, categoryRank, findCategory, isNumbered } from '../../../../src-shared/catalogue/categories';
import { PARTY_ROLE_LABELS, type PartyRole } from '../../../../src-shared/domain/caseStages';
import type { AppContext } from '../../../app/appContext';
import { caseFacts, documentRows, type CaseFacts, type DocumentRow } from '../documentRows';
import { numberVolumes } from '../volumeNumbering';
import { buildVolumePdf } from './buildVolumePdf';
import type { PlannedDocument, VolumePlan } from './volumePlan';

const CASE_KINDS: Record<string, string> = {
  民初: '民事一审', 民终: '民事二审', 刑初: '刑事一审', 行初: '行政一审', 执: '执行', 民特: '民事特别程序', 民辖: '民事管辖',
};

/** Party labels where a case type names the sides differently from the generic role labels. */
const SIDE_NAMES: Record<string, Partial<Record<PartyRole, string>>> = {
  刑初: { defendant: '被告人' },
  执: { applicant: '申请执行人', respondent: '被执行人' },
};

function partyLines(facts: CaseFacts): VolumePlan['parties'] {
  const lines: VolumePlan['parties'] = [];
  for (const p of facts.parties) {
    const label = SIDE_NAMES[facts.caseType]?.[p.role] ?? PARTY_ROLE_LABELS[p.role]?.zh ?? p.role;
    const line = lines.find((l) => l.label === label);
    if (line) line.names.push(p.name);
    else lines.push({ label, names: [p.name] });
  }
  return lines;
}

function plannedDocument(app: AppContext, facts: CaseFacts, r: DocumentRow, firstPage: number | null, notesRank: number): PlannedDocument {
  // An image document is exported through its PDF rendition; a PDF as it came.
  const sha = r.rendition_sha256 ?? (r.media_type === 'application/pdf' ? r.blob_sha256 : null);
  return {
    id: r.id,
    title: r.title,
    category: r.category,
    numbered: isNumbered(facts.caseType, r.category),
    firstPage,
    pageCount: r.page_count,
    readPdf: () => (sha ? app.blobs.read(sha) : null),
    missingReason: sha ? undefined : '图片材料尚无 PDF 版本',
    // Only the volume's own closing items (a scanned 卷底); a stray or unknown category stays among the documents.
    afterNotes: findCategory(facts.caseType, r.category)?.volume === r.volume && categoryRank(facts.caseType, r.category) > notesRank,
  };
}

/** Gathers a volume's facts and documents (catalogue order) from the database. */
export function planVolume(app: AppContext, caseId: string, volume: Volume): VolumePlan {
  const facts = caseFacts(app.db, caseId);
  const rows = documentRows(app.db, caseId).filter((r) => r.volume === volume);
  const numbers = numberVolumes(rows, facts.caseType);
  const list = categoriesFor(facts.caseType);
  const notes = list.find((c) => c.volume === volume && c.generated && c.name.endsWith('备考表'));
  const notesRank = notes ? list.indexOf(notes) : list.length;
  const documents = rows.map((r) => plannedDocument(app, facts, r, numbers.get(r.id)?.firstPage ?? null, notesRank));
  return {
    courtName: facts.courtName,
    caseNumber: facts.caseNumber,
    cause: facts.cause,
    caseKind: CASE_KINDS[facts.caseType] ?? facts.caseType,
    volume,
    parties: partyLines(facts),
    judgeName: facts.judgeName,
    filedOn: facts.filedOn,
    closedAt: facts.closedAt,
    numberedPages: documents.reduce((n, d) => n + (d.firstPage === null ? 0 : d.pageCount), 0),
    documents,
    createdAt: app.now(),
  };
}

/**
 * dossier.exportVolume: the volume as one PDF, built in this process with progress events
 * (`progress` topic, task dossier.exportVolume) and a yield to the event loop after each document.
 */
export async function exportVolumePdf(app: AppContext, caseId: string, volume: Volume): Promise<Uint8Array<ArrayBuffer>> {
  const plan = planVolume(app, caseId, volume);
  const started = performance.now();
  const built = await buildVolumePdf(plan, (done, total) =>
    app.events.emit({ topic: 'progress', payload: { task: 'dossier.exportVolume', caseId, volume, done, total } }),
  );
  app.logger.info(
    { caseId, volume, pages: built.pageCount, documents: plan.documents.length, unmerged: built.problems.length, ms: Math.round(performance.now() - started) },
    'volume exported',
  );
  // pdf-lib writes into a plain ArrayBuffer, never a shared one.
  return built.bytes as Uint8Array<ArrayBuffer>;
}
