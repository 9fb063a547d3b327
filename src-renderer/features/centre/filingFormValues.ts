import type { CallInput } from '../../../src-shared/contract/contract';
import type { CaseType } from '../../../src-shared/domain/caseNumber';
import type { PartyRole, Procedure } from '../../../src-shared/domain/caseStages';
import type { AgentKind, Authority, SpecialPower } from '../../../src-shared/domain/filing/filingRules';

export interface AgentValues {
  name?: string;
  kind?: AgentKind;
  licenseNo?: string;
  idNumber?: string;
  phone?: string;
  authority?: Authority;
  specialPowers?: SpecialPower[];
}

export interface PartyValues {
  role: PartyRole;
  kind: 'person' | 'organization';
  name?: string;
  idNumber?: string;
  legalRepresentative?: string;
  address?: string;
  phone?: string;
  agents?: AgentValues[];
}

export interface FilingValues {
  caseType: CaseType;
  procedure: Procedure;
  cause?: string;
  receivedOn: string;
  claims?: string;
  claimAmount?: number | null;
  fee?: number | null;
  parties: PartyValues[];
}

export const newParty = (role: PartyRole): PartyValues => ({ role, kind: 'person', agents: [] });
export const newAgent = (): AgentValues => ({ kind: 'lawyer', authority: 'general', specialPowers: [] });

export const initialFilingValues = (today: string): FilingValues => ({
  caseType: '民初',
  procedure: 'simplified',
  receivedOn: today,
  parties: [newParty('plaintiff'), newParty('defendant')],
});

/** The form's values as the call's input; the server checks them again (the same schema). */
export function toFilingInput(v: FilingValues): CallInput<'filing.create'> {
  return {
    caseType: v.caseType,
    procedure: v.procedure,
    cause: v.cause ?? '',
    receivedOn: v.receivedOn,
    claims: v.claims ?? '',
    claimAmount: v.claimAmount ?? null,
    fee: v.fee ?? null,
    parties: v.parties.map((p) => ({
      role: p.role,
      kind: p.kind,
      name: p.name ?? '',
      idNumber: (p.idNumber ?? '').trim().toUpperCase(),
      legalRepresentative: p.kind === 'organization' ? (p.legalRepresentative ?? null) : null,
      address: p.address ?? null,
      phone: p.phone ?? null,
      agents: (p.agents ?? []).map((a) => ({
        name: a.name ?? '',
        kind: a.kind ?? 'lawyer',
        licenseNo: a.licenseNo ?? null,
        idNumber: a.idNumber ? a.idNumber.trim().toUpperCase() : null,
        phone: a.phone ?? null,
        authority: a.authority ?? 'general',
        specialPowers: a.authority === 'special' ? (a.specialPowers ?? []) : [],
      })),
    })),
  };
}

/**
 * Splits the server's validation issues (`parties.0.idNumber`) into errors for the form's fields and messages
 * about the whole form or a list (`parties`, `parties.0.agents`), which have no single field to sit under.
 */
export function splitIssues(issues: { path: string; message: string }[]) {
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  const general: string[] = [];
  for (const issue of issues) {
    const name = issue.path.split('.').filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const last = name[name.length - 1];
    if (typeof last === 'string' && last !== 'parties' && last !== 'agents') fields.push({ name, errors: [issue.message] });
    else general.push(issue.message);
  }
  return { fields, general };
}
