/**
 * Every entity the write path may change. `synced` entities go to the outbox for the hub;
 * local ones (sessions, settings) stay on this device but are still audited.
 */
export const ENTITIES = {
  court: { table: 'courts', key: 'id', synced: true, versioned: true },
  team: { table: 'teams', key: 'id', synced: true, versioned: true },
  user: { table: 'users', key: 'id', synced: true, versioned: true },
  case: { table: 'cases', key: 'id', synced: true, versioned: true },
  party: { table: 'parties', key: 'id', synced: true, versioned: true },
  case_event: { table: 'case_events', key: 'id', synced: true, versioned: true },
  blob: { table: 'blobs', key: 'sha256', synced: true, versioned: false },
  document: { table: 'documents', key: 'id', synced: true, versioned: true },
  page: { table: 'pages', key: 'id', synced: true, versioned: true },
  category_correction: { table: 'category_corrections', key: 'id', synced: true, versioned: true },
  annotation: { table: 'annotations', key: 'id', synced: true, versioned: true },
  bookmark: { table: 'bookmarks', key: 'id', synced: true, versioned: true },
  hearing: { table: 'hearings', key: 'id', synced: true, versioned: true },
  hearing_participant: { table: 'hearing_participants', key: 'id', synced: true, versioned: true },
  transcript: { table: 'transcripts', key: 'id', synced: true, versioned: true },
  transcript_entry: { table: 'transcript_entries', key: 'id', synced: true, versioned: true },
  evidence_item: { table: 'evidence_items', key: 'id', synced: true, versioned: true },
  evidence_opinion: { table: 'evidence_opinions', key: 'id', synced: true, versioned: true },
  transcript_signature: { table: 'transcript_signatures', key: 'id', synced: true, versioned: true },
  quick_phrase: { table: 'quick_phrases', key: 'id', synced: true, versioned: true },
  scan_job: { table: 'scan_jobs', key: 'id', synced: false, versioned: false },
  service_record: { table: 'service_records', key: 'id', synced: true, versioned: true },
  service_attempt: { table: 'service_attempts', key: 'id', synced: true, versioned: true },
  preservation: { table: 'preservations', key: 'id', synced: true, versioned: true },
  preservation_measure: { table: 'preservation_measures', key: 'id', synced: true, versioned: true },
  work_order: { table: 'work_orders', key: 'id', synced: true, versioned: true },
  trial_limit_change: { table: 'trial_limit_changes', key: 'id', synced: true, versioned: true },
  ledger_view: { table: 'ledger_views', key: 'id', synced: true, versioned: true },
  party_agent: { table: 'party_agents', key: 'id', synced: true, versioned: true },
  case_assignment: { table: 'case_assignments', key: 'id', synced: true, versioned: true },
  calendar_year: { table: 'calendar_years', key: 'year', synced: true, versioned: true },
  // Device-local: the numbering device's counters (the sync hub keeps its own for official numbers).
  case_number_counter: { table: 'case_number_counters', key: 'id', synced: false, versioned: false },
  session: { table: 'sessions', key: 'id', synced: false, versioned: false },
  setting: { table: 'settings', key: 'key', synced: false, versioned: false },
} as const;

export type EntityName = keyof typeof ENTITIES;

/** Fields that never leave the device in an outbox row or an audit digest in clear text. */
export const SECRET_FIELDS = new Set(['token_hash']);
