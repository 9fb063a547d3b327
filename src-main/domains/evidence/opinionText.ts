import type { OpinionValue } from '../../../src-shared/contract/calls/evidenceCalls';
import { PARTY_ROLE_LABELS, type PartyRole } from '../../../src-shared/domain/caseStages';
import { evidenceLabel } from './evidenceLabel';

export const OPINION_WORDS: Record<OpinionValue, string> = { accept: '认可', reject: '不认可', partial: '部分认可' };

export interface PartyLike { name: string; role: string }

const roleZh = (role: string): string => PARTY_ROLE_LABELS[role as PartyRole]?.zh ?? '';

/** 原告, or 原告张三 when the case has more than one party of that role. */
export function partyCall(party: PartyLike, all: readonly PartyLike[]): string {
  const same = all.filter((p) => p.role === party.role).length;
  return same > 1 ? `${roleZh(party.role)}${party.name}` : roleZh(party.role) || party.name;
}

/** 被告对原告证据一（借条）：真实性认可，合法性认可，关联性不认可，理由：…… */
export function opinionText(o: {
  by: PartyLike;
  submitter: PartyLike | null;
  parties: readonly PartyLike[];
  number: number;
  name: string;
  authenticity: OpinionValue;
  legality: OpinionValue;
  relevance: OpinionValue;
  reason: string;
}): string {
  const owner = o.submitter ? partyCall(o.submitter, o.parties) : '法院调取的';
  const head = `${partyCall(o.by, o.parties)}对${owner}${evidenceLabel(o.number)}（${o.name}）：`;
  const body = `真实性${OPINION_WORDS[o.authenticity]}，合法性${OPINION_WORDS[o.legality]}，关联性${OPINION_WORDS[o.relevance]}`;
  const reason = o.reason.trim();
  return `${head}${body}${reason ? `，理由：${reason.replace(/[。.]$/, '')}` : ''}。`;
}
