import type { Database } from 'better-sqlite3';
import type { ServiceRecord } from '../../../src-shared/contract/calls/serviceCalls';
import type { CourtCalendar } from '../../../src-shared/domain/deadlines/courtCalendar';
import { computeDeadline } from '../../../src-shared/domain/deadlines/deadlineKinds';
import { dueStatus } from '../../../src-shared/domain/deadlines/dueStatus';

interface RawService {
  id: string;
  case_id: string;
  case_number: string;
  document_kind: ServiceRecord['documentKind'];
  document_title: string;
  document_id: string | null;
  party_id: string;
  party_name: string;
  party_role: string;
  method: ServiceRecord['method'];
  address: string;
  ems_number: string | null;
  state: ServiceRecord['state'];
  served_on: string | null;
  announcement_published_on: string | null;
  proof_document_id: string | null;
  proof_title: string | null;
  due_on: string;
  assignee_id: string | null;
  assignee_name: string | null;
  has_alternative: number;
  version: number;
}

interface RawAttempt {
  id: string;
  service_id: string;
  at: string;
  result: 'success' | 'failure';
  reason: ServiceRecord['attempts'][number]['reason'];
  note: string;
  recorded_by: string | null;
}

/** Service records with their case, recipient, proof and assignee; `where` filters on `s` (service_records). */
export const SELECT_SERVICE = `
SELECT s.id, s.case_id, c.case_number, s.document_kind, s.document_title, s.document_id, s.party_id, p.name AS party_name,
  p.role AS party_role, s.method, s.address, s.ems_number, s.state, s.served_on, s.announcement_published_on,
  s.proof_document_id, d.title AS proof_title, s.due_on, s.assignee_id, u.display_name AS assignee_name, s.version,
  EXISTS (SELECT 1 FROM service_records o WHERE o.case_id = s.case_id AND o.party_id = s.party_id
    AND o.document_kind = s.document_kind AND o.id <> s.id AND o.state IN ('pending','served')) AS has_alternative
FROM service_records s
JOIN cases c ON c.id = s.case_id
JOIN parties p ON p.id = s.party_id
LEFT JOIN documents d ON d.id = s.proof_document_id
LEFT JOIN users u ON u.id = s.assignee_id`;

/** The day service takes effect: the served day, or for 公告 the deemed day computed from publication. */
export function effectiveServedOn(
  r: { method: string; state: string; served_on: string | null; announcement_published_on: string | null },
  calendar: CourtCalendar,
): string | null {
  if (r.state !== 'served') return null;
  if (r.method === 'announcement' && r.announcement_published_on) {
    return computeDeadline('announcement', r.announcement_published_on, { calendar }).due;
  }
  return r.served_on;
}

export function loadServiceRecords(
  db: Database,
  where: string,
  params: Record<string, unknown>,
  calendar: CourtCalendar,
  today: string,
): ServiceRecord[] {
  const rows = db.prepare(`${SELECT_SERVICE} WHERE ${where} ORDER BY s.due_on, c.case_number, p.position, s.created_at`).all(params) as RawService[];
  if (rows.length === 0) return [];
  const attempts = new Map<string, ServiceRecord['attempts']>();
  const raw = db
    .prepare(`SELECT a.id, a.service_id, a.at, a.result, a.reason, a.note, coalesce(u.display_name, '') AS recorded_by
      FROM service_attempts a LEFT JOIN users u ON u.id = a.recorded_by
      WHERE a.service_id IN (SELECT value FROM json_each(?)) ORDER BY a.at, a.created_at`)
    .all(JSON.stringify(rows.map((r) => r.id))) as RawAttempt[];
  for (const a of raw) {
    const list = attempts.get(a.service_id) ?? [];
    list.push({ id: a.id, at: a.at, result: a.result, reason: a.reason, note: a.note, recordedBy: a.recorded_by ?? '' });
    attempts.set(a.service_id, list);
  }
  return rows.map((r) => {
    const needsOtherMethod = r.state === 'failed' && !r.has_alternative;
    const open = r.state === 'pending' || needsOtherMethod;
    const due = dueStatus(r.due_on, today);
    return {
      id: r.id,
      caseId: r.case_id,
      caseNumber: r.case_number,
      documentKind: r.document_kind,
      documentTitle: r.document_title,
      documentId: r.document_id,
      partyId: r.party_id,
      partyName: r.party_name,
      partyRole: r.party_role,
      method: r.method,
      address: r.address,
      emsNumber: r.ems_number,
      state: r.state,
      servedOn: r.served_on,
      announcementPublishedOn: r.announcement_published_on,
      effectiveServedOn: effectiveServedOn(r, calendar),
      proofDocumentId: r.proof_document_id,
      proofTitle: r.proof_title,
      dueOn: r.due_on,
      dueLevel: open ? due.level : null,
      dueDaysLeft: due.daysLeft,
      needsOtherMethod,
      assignee: r.assignee_id && r.assignee_name ? { id: r.assignee_id, name: r.assignee_name } : null,
      attempts: attempts.get(r.id) ?? [],
      version: r.version,
    };
  });
}
