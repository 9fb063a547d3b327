import type { EvidenceItem, EvidenceOpinion, OpinionValue } from '../../../src-shared/contract/calls/evidenceCalls';
import { CallFailure } from '../../../src-shared/contract/errors';
import type { Database } from '../../db/openDatabase';
import { evidenceLabel } from './evidenceLabel';

export interface PartyRef { id: string; name: string; role: string }
export interface EvidenceGroup { party: PartyRef | null; items: EvidenceItem[] }

interface ItemRow {
  id: string; party_id: string | null; number: number; name: string; purpose: string; document_id: string | null;
  title: string | null; page_from: number | null; page_to: number | null; version: number;
}
interface OpinionRow {
  id: string; evidence_item_id: string; party_id: string; party_name: string; party_role: string; hearing_id: string | null;
  authenticity: OpinionValue | null; legality: OpinionValue | null; relevance: OpinionValue | null; reason: string;
  transcript_entry_id: string | null; version: number;
}

export const caseParties = (db: Database, caseId: string): PartyRef[] =>
  db.prepare('SELECT id, name, role FROM parties WHERE case_id = ? ORDER BY position, id').all(caseId) as PartyRef[];

/** The 证据目录 of a case: live items grouped by submitting party (party order; court-collected last), with opinions. */
export function evidenceGroups(db: Database, caseId: string): { parties: PartyRef[]; groups: EvidenceGroup[] } {
  if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(caseId)) throw new CallFailure('NOT_FOUND', '案件不存在');
  const parties = caseParties(db, caseId);
  const items = db.prepare(`SELECT e.id, e.party_id, e.number, e.name, e.purpose, e.document_id, d.title, e.page_from, e.page_to, e.version
    FROM evidence_items e LEFT JOIN documents d ON d.id = e.document_id
    WHERE e.case_id = ? AND e.deleted_at IS NULL ORDER BY e.number, e.created_at`).all(caseId) as ItemRow[];
  const opinions = db.prepare(`SELECT o.id, o.evidence_item_id, o.party_id, p.name AS party_name, p.role AS party_role, o.hearing_id,
      o.authenticity, o.legality, o.relevance, o.reason, o.transcript_entry_id, o.version
    FROM evidence_opinions o JOIN evidence_items e ON e.id = o.evidence_item_id JOIN parties p ON p.id = o.party_id
    LEFT JOIN hearings h ON h.id = o.hearing_id
    WHERE e.case_id = ? ORDER BY h.starts_at, p.position, o.created_at`).all(caseId) as OpinionRow[];
  const byItem = new Map<string, EvidenceOpinion[]>();
  for (const o of opinions) {
    const list = byItem.get(o.evidence_item_id) ?? [];
    list.push({
      id: o.id, partyId: o.party_id, partyName: o.party_name, partyRole: o.party_role, hearingId: o.hearing_id,
      authenticity: o.authenticity, legality: o.legality, relevance: o.relevance, reason: o.reason,
      transcriptEntryId: o.transcript_entry_id, version: o.version,
    });
    byItem.set(o.evidence_item_id, list);
  }
  const toItem = (r: ItemRow): EvidenceItem => ({
    id: r.id, partyId: r.party_id, number: r.number, label: evidenceLabel(r.number), name: r.name, purpose: r.purpose,
    documentId: r.document_id, documentTitle: r.title, pageFrom: r.page_from, pageTo: r.page_to, version: r.version,
    opinions: byItem.get(r.id) ?? [],
  });
  const groups: EvidenceGroup[] = parties.map((party) => ({ party, items: items.filter((i) => i.party_id === party.id).map(toItem) }));
  const court = items.filter((i) => i.party_id === null).map(toItem);
  if (court.length > 0) groups.push({ party: null, items: court });
  return { parties, groups: groups.filter((g) => g.items.length > 0 || g.party !== null) };
}

export const caseHearings = (db: Database, caseId: string) =>
  db.prepare('SELECT id, starts_at AS startsAt, courtroom, state FROM hearings WHERE case_id = ? ORDER BY starts_at').all(caseId) as {
    id: string; startsAt: string; courtroom: string; state: string;
  }[];
