import type { Database } from 'better-sqlite3';
import type { LedgerFilter, LedgerRow, LedgerServiceStatus } from '../../../src-shared/contract/calls/ledgerCalls';
import { CASE_STAGES, type CaseStage } from '../../../src-shared/domain/caseStages';
import type { CourtCalendar } from '../../../src-shared/domain/deadlines/courtCalendar';
import { appendTo } from '../../../src-shared/util/appendTo';
import { checkDossier } from '../dossier/completenessCheck';
import { loadLedgerFacts, type ServiceFact } from './ledgerFacts';
import type { Scope } from './ledgerScope';
import { openDeadlines } from './openDeadlines';

const split = (s: string | null) => (s ? s.split('\u001f') : []);
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (ch) => '\\' + ch)}%`;

/**
 * Service status of a case: each paper to each person is one duty (several records when a method failed and
 * another was tried); a duty is served when any of its records is, failed when all its records failed.
 */
export function serviceSummary(records: readonly ServiceFact[]): LedgerRow['service'] {
  const duties = new Map<string, string[]>();
  for (const r of records) {
    if (r.state === 'cancelled') continue;
    appendTo(duties, `${r.party_id}\u001f${r.document_kind}`, r.state);
  }
  let served = 0;
  let failed = 0;
  for (const states of duties.values()) {
    if (states.includes('served')) served += 1;
    else if (!states.includes('pending')) failed += 1;
  }
  const total = duties.size;
  const status: LedgerServiceStatus =
    total === 0 ? 'none' : failed > 0 ? 'failed' : served === total ? 'served' : served > 0 ? 'partial' : 'pending';
  return { status, served, total, failed };
}

/** The SQL part of a ledger filter (what the database can decide), as a condition on `c`. */
function sqlFilter(f: LedgerFilter): { where: string; params: Record<string, unknown> } {
  const where: string[] = ['1'];
  const params: Record<string, unknown> = {};
  if (f.query) {
    params.q = likePattern(f.query);
    where.push(`(c.case_number LIKE @q ESCAPE '\\' OR c.cause LIKE @q ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id AND p.name LIKE @q ESCAPE '\\'))`);
  }
  if (f.stage) { params.stage = f.stage; where.push('c.stage = @stage'); }
  if (f.procedure) { params.procedure = f.procedure; where.push('c.procedure = @procedure'); }
  if (f.judgeId) { params.judgeId = f.judgeId; where.push('c.judge_id = @judgeId'); }
  if (!f.includeClosed && !f.stage) where.push(`c.stage NOT IN ('closed','archived')`);
  return { where: where.join(' AND '), params };
}

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

function sorter(f: LedgerFilter): (a: LedgerRow, b: LedgerRow) => number {
  const sign = f.sort.order === 'asc' ? 1 : -1;
  const key = (r: LedgerRow): string | number => {
    switch (f.sort.field) {
      case 'caseNumber': return r.caseNumber;
      case 'filedOn': return r.filedOn;
      case 'stage': return CASE_STAGES.indexOf(r.stage as CaseStage);
      case 'cause': return r.cause;
      // Cases without an open deadline go last whichever way the column is sorted.
      case 'daysLeft': return r.nextDeadline ? r.nextDeadline.daysLeft : sign * Number.MAX_SAFE_INTEGER;
    }
  };
  return (a, b) => sign * compare(key(a), key(b)) || compare(a.caseNumber, b.caseNumber);
}

/** Every ledger row of the scope that matches the filter, sorted; the e-dossier check is left to the caller. */
export function ledgerRows(db: Database, scope: Scope, filter: LedgerFilter, calendar: CourtCalendar, today: string): LedgerRow[] {
  const { where, params } = sqlFilter(filter);
  const facts = loadLedgerFacts(db, scope, where, params);
  const rows = facts.cases.map((c): LedgerRow => {
    const measures = facts.measures.get(c.id) ?? [];
    const deadlines = openDeadlines({
      row: c, service: facts.service.get(c.id) ?? [], measures, changes: facts.changes.get(c.id) ?? [], hearings: facts.hearings.get(c.id) ?? [],
    }, calendar, today);
    const next = deadlines[0] ?? null;
    const expiry = deadlines.find((d) => d.kind === 'preservation-expiry') ?? null;
    const active = facts.activePreservations.get(c.id) ?? 0;
    return {
      id: c.id,
      caseNumber: c.case_number,
      cause: c.cause,
      plaintiffs: split(c.plaintiffs),
      defendants: split(c.defendants),
      stage: c.stage as LedgerRow['stage'],
      procedure: c.procedure as LedgerRow['procedure'],
      team: c.team_id && c.team_name ? { id: c.team_id, name: c.team_name } : null,
      judge: c.judge_id && c.judge_name ? { id: c.judge_id, name: c.judge_name } : null,
      filedOn: c.filed_on,
      nextDeadline: next,
      openDeadlines: deadlines.length,
      service: serviceSummary(facts.service.get(c.id) ?? []),
      preservation: active > 0 ? { active, nextExpiry: expiry?.due ?? null, level: expiry?.level ?? null } : null,
      dossier: null,
      unknownYears: [...new Set(deadlines.flatMap((d) => d.unknownYears))].sort(),
      version: c.version,
    };
  });
  return rows
    .filter((r) => filter.level === undefined || (r.nextDeadline?.level ?? 'none') === filter.level)
    .filter((r) => filter.serviceStatus === undefined || r.service.status === filter.serviceStatus)
    .filter((r) => filter.preservation === undefined || (r.preservation !== null) === filter.preservation)
    .sort(sorter(filter));
}

type DossierSummary = NonNullable<LedgerRow['dossier']>;
const dossierCache = new WeakMap<Database, Map<string, { key: string; summary: DossierSummary }>>();

/**
 * What the e-dossier check of a case depends on, in one cheap query: the case (stage, parties via its version),
 * its documents (count and versions) and its pages still without text (OCR fills them in later).
 */
function dossierKey(db: Database, r: LedgerRow): string {
  const k = db.prepare(`SELECT count(*) AS n, coalesce(sum(d.version), 0) AS v,
      (SELECT count(*) FROM pages p JOIN documents x ON x.id = p.document_id WHERE x.case_id = @id AND p.text_source = 'none') AS blank,
      (SELECT count(*) FROM parties WHERE case_id = @id) AS parties
    FROM documents d WHERE d.case_id = @id`).get({ id: r.id }) as { n: number; v: number; blank: number; parties: number };
  return `${r.version}:${r.stage}:${k.n}:${k.v}:${k.blank}:${k.parties}`;
}

/**
 * Adds the e-dossier check (the same check as dossier.check) to rows. It reads every document's first page, so
 * its result is kept per case until something it depends on changes: a list shows in milliseconds again.
 */
export function withDossierCheck(db: Database, rows: LedgerRow[]): LedgerRow[] {
  let cache = dossierCache.get(db);
  if (!cache) dossierCache.set(db, (cache = new Map()));
  return rows.map((r) => {
    const key = dossierKey(db, r);
    let hit = cache.get(r.id);
    if (!hit || hit.key !== key) {
      const check = checkDossier(db, r.id);
      const errors = check.items.filter((i) => i.severity === 'error').length;
      hit = { key, summary: { complete: check.complete, errors, warnings: check.items.length - errors } };
      cache.set(r.id, hit);
    }
    return { ...r, dossier: hit.summary };
  });
}
