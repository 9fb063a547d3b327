import { CallFailure } from '../../../src-shared/contract/errors';
import type { EvidenceItem } from '../../../src-shared/contract/calls/evidenceCalls';
import type { Database } from '../../db/openDatabase';
import { evidenceGroups } from './evidenceQueries';
import { OPINION_WORDS, partyCall } from './opinionText';

/** One row of the 证据清单及质证意见, as both the PDF and the .docx print it. */
export interface EvidenceTableRow {
  label: string;
  name: string;
  pages: string;
  purpose: string;
  /** One line per opinion: 被告：真实性认可，合法性认可，关联性不认可。理由：…… */
  opinions: string[];
}

export interface EvidenceTable {
  court: string;
  caseNumber: string;
  cause: string;
  sections: { heading: string; rows: EvidenceTableRow[] }[];
}

export const EVIDENCE_TABLE_TITLE = '证据清单及质证意见';

function pagesText(i: EvidenceItem): string {
  if (i.pageFrom === null || i.pageTo === null) return i.documentTitle ?? '—';
  const range = i.pageFrom === i.pageTo ? `第 ${i.pageFrom + 1} 页` : `第 ${i.pageFrom + 1}–${i.pageTo + 1} 页`;
  return `${i.documentTitle ?? ''} ${range}`.trim();
}

export function evidenceTable(db: Database, caseId: string): EvidenceTable {
  const facts = db.prepare('SELECT c.case_number, c.cause, co.name AS court FROM cases c JOIN courts co ON co.id = c.court_id WHERE c.id = ?')
    .get(caseId) as { case_number: string; cause: string; court: string } | undefined;
  if (!facts) throw new CallFailure('NOT_FOUND', '案件不存在');
  const { parties, groups } = evidenceGroups(db, caseId);
  const hearingDates = new Map((db.prepare('SELECT id, starts_at FROM hearings WHERE case_id = ?').all(caseId) as { id: string; starts_at: string }[])
    .map((h) => [h.id, h.starts_at.slice(0, 10)]));
  const sections = groups.filter((g) => g.items.length > 0).map((g) => ({
    heading: g.party ? `${partyCall(g.party, parties)}${partyCall(g.party, parties).endsWith(g.party.name) ? '' : g.party.name}提交的证据` : '法院调取的证据',
    rows: g.items.map((i): EvidenceTableRow => {
      const manyHearings = new Set(i.opinions.map((o) => o.hearingId)).size > 1;
      return {
        label: i.label,
        name: i.name,
        pages: pagesText(i),
        purpose: i.purpose,
        opinions: i.opinions.map((o) => {
          const when = manyHearings && o.hearingId ? `（${hearingDates.get(o.hearingId) ?? ''}庭审）` : '';
          const word = (v: keyof typeof OPINION_WORDS | null) => (v ? OPINION_WORDS[v] : '未表态');
          const body = `真实性${word(o.authenticity)}，合法性${word(o.legality)}，关联性${word(o.relevance)}。`;
          return `${partyCall({ name: o.partyName, role: o.partyRole }, parties)}${when}：${body}${o.reason ? `理由：${o.reason}` : ''}`;
        }),
      };
    }),
  }));
  return { court: facts.court, caseNumber: facts.case_number, cause: facts.cause, sections };
}
